import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The yardstick of the feedback benchmark: DuckDB computing NPS by month and channel from the
 * same CSV that cxsite imports. Needs the DuckDB JDBC jar on the class path:
 *
 * <pre>java -cp duckdb_jdbc.jar bench/DuckNps.java EXPORT.csv</pre>
 *
 * The CSV's columns are those GenerateExport.java writes: date (ISO instant), score, channel.
 */
public class DuckNps {
    public static void main(String[] args) throws Exception {
        String csv = args[0].replace("'", "''");
        String sql = "SELECT strftime(timezone('Europe/Stockholm', CAST(date AS TIMESTAMPTZ)), '%Y-%m') AS month, channel,"
                + " count(*) FILTER (WHERE score >= 9) AS promoters,"
                + " count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives,"
                + " count(*) FILTER (WHERE score <= 6) AS detractors,"
                + " round(100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*), 1)"
                + " AS nps"
                + " FROM read_csv('" + csv + "', header = true, auto_detect = true)"
                + " WHERE score IS NOT NULL GROUP BY ALL ORDER BY ALL";
        long rows = 0;
        long answers = 0;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows++;
                answers += result.getLong("promoters") + result.getLong("passives") + result.getLong("detractors");
            }
        }
        System.out.println("duckdb: " + rows + " month x channel groups, " + answers + " answers");
    }
}
