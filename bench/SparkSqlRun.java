import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's side of bench/spark-sql-check.sh, on Spark's class path only: loads WORK/answers.jsonl
 * into a table {@code answers} of the generic shape, runs the statements of WORK/cxsite.sql (the
 * session time zone, the aggregate, the verbatims) and writes what they select as
 * WORK/warehouse/content/feedback/warehouse.agg.csv and warehouse.verbatims.jsonl.
 */
public class SparkSqlRun {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("cxsite-sql-check")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        StructType schema = new StructType().add("date", DataTypes.TimestampType).add("score", DataTypes.IntegerType)
                .add("comment", DataTypes.StringType).add("channel", DataTypes.StringType)
                .add("segment", DataTypes.StringType).add("language", DataTypes.StringType);
        spark.read().schema(schema).json(work.resolve("answers.jsonl").toString()).createOrReplaceTempView("answers");
        List<String> statements = statements(Files.readString(work.resolve("cxsite.sql")));
        long started = System.nanoTime();
        spark.sql(statements.get(0));
        List<String> csv = new ArrayList<>(List.of("day,channel,segment,language,topic,score,count"));
        for (Row r : spark.sql(statements.get(1)).collectAsList()) {
            csv.add(r.get(0) + "," + quote(r.getString(1)) + "," + quote(r.getString(2)) + "," + quote(r.getString(3))
                    + "," + r.getString(4) + "," + r.get(5) + "," + r.get(6));
        }
        List<String> json = new ArrayList<>();
        for (Row r : spark.sql(statements.get(2)).collectAsList()) {
            json.add(r.getString(0));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Path feedback = work.resolve("warehouse/content/feedback");
        Files.write(feedback.resolve("warehouse.agg.csv"), csv);
        Files.write(feedback.resolve("warehouse.verbatims.jsonl"), json);
        System.out.printf("spark %s: %d statements; %d aggregate rows and %d verbatims in %.1f s%n", spark.version(),
                statements.size(), csv.size() - 1, json.size(), seconds);
        spark.stop();
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                statements.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        return statements;
    }
}
