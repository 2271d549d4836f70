package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The SQL of {@code cxsite sql} matches comments as {@link Topics#match} does (checked on DuckDB,
 * comment by comment, on text chosen to break folding and word boundaries), and each dialect's text
 * has the constructs it relies on. BigQuery cannot run here: its SQL is tested as text only.
 */
class WarehouseSqlTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Topics TOPICS = new Topics(List.of(
            new Topics.Topic("billing", Map.of("en", "Bills"), Map.of("en", List.of("bill*", "price"),
                    "sv", List.of("räkning*", "faktura"), "nb", List.of("strømpris*")), false),
            new Topics.Topic("waiting", Map.of("en", "Waiting"), Map.of("en", List.of("on hold", "wi-fi",
                    "queue*"), "sv", List.of("kö", "väntetid*")), false),
            new Topics.Topic("staff", Map.of("en", "Staff"), Map.of("en", List.of("très bien", "Æble", "straße")),
                    false),
            new Topics.Topic("quiet", Map.of("en", "None"), Map.of("en", List.of()), false)));

    private static final List<String[]> COMMENTS = List.of(
            new String[] {"en", "The BILL was wrong"}, new String[] {"en", "billing?!"}, new String[] {"en", "rebill"},
            new String[] {"en", "prices"}, new String[] {"en", "price."}, new String[] {"en", "I was on\thold"},
            new String[] {"en", "on holding"}, new String[] {"en", "WI FI, wifi, wi-fi"},
            new String[] {"sv", "Räkningen kom sent"}, new String[] {"sv", "rakningar"},
            new String[] {"sv", "Ra\u0308kning"}, new String[] {"sv", "köa"}, new String[] {"sv", "i kö!"},
            new String[] {"sv", "VÄNTETIDEN"}, new String[] {"sv", "the bill"}, new String[] {"sv", "on hold"},
            new String[] {"nb", "Strømprisen"}, new String[] {"nb", "STROMPRIS"}, new String[] {"nb", "bill"},
            new String[] {"", "bill"}, new String[] {"", "räkning"}, new String[] {"de", "kö"},
            new String[] {"en", "Tres   BIEN"}, new String[] {"en", "très-bien"}, new String[] {"en", "aeble"},
            new String[] {"en", "ÆBLE"}, new String[] {"en", "STRASSE"}, new String[] {"en", "straße"},
            new String[] {"en", "bill\u00ADing"}, new String[] {"en", "bi\u0301ll"}, new String[] {"en", "x_bill"},
            new String[] {"en", "bill2"}, new String[] {"en", "2bill"}, new String[] {"en", "ｂｉｌｌ"},
            new String[] {"en", "b.i.l.l"}, new String[] {"en", "Queue—bill"}, new String[] {"en", ""},
            new String[] {"en", "'; DROP TABLE answers; --"}, new String[] {"sv", "Ångest, ÖL och ÄPPLE"});

    @Test
    void duckDbFindsTheTopicsCxsiteFindsCommentByComment() throws Exception {
        List<String> statements = statements(WarehouseSql.of(SqlDialect.DUCKDB, TOPICS, ZONE, "answers", 5));
        Map<LocalDate, List<String>> expected = new TreeMap<>();
        Map<LocalDate, List<String>> actual = new TreeMap<>();
        LocalDate first = LocalDate.of(2026, 1, 1);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE answers (date TIMESTAMPTZ, score INTEGER, comment VARCHAR, channel VARCHAR,"
                        + " segment VARCHAR, language VARCHAR)");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO answers VALUES (CAST(? AS TIMESTAMPTZ), 9, ?, 'web', '', ?)")) {
                for (int i = 0; i < COMMENTS.size(); i++) {
                    LocalDate day = first.plusDays(i);
                    insert.setString(1, day + " 23:30:00+01");
                    insert.setString(2, COMMENTS.get(i)[1]);
                    insert.setString(3, COMMENTS.get(i)[0]);
                    insert.execute();
                    expected.put(day, new ArrayList<>(List.of("")));
                    TOPICS.match(COMMENTS.get(i)[1], COMMENTS.get(i)[0])
                            .forEach(t -> expected.get(day).add(TOPICS.all().get(t).id()));
                }
            }
            try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(statements.get(0))) {
                while (rows.next()) {
                    actual.computeIfAbsent(rows.getObject("day", LocalDate.class), d -> new ArrayList<>())
                            .add(rows.getString("topic"));
                    assertEquals(1, rows.getLong("count"));
                }
            }
        }
        assertTrue(expected.values().stream().filter(t -> t.size() > 1).count() > 20, "most comments mention a topic");
        assertEquals(expected, actual, "23:30 in UTC+1 is the same day in Stockholm; topics as cxsite finds them");
    }

    @Test
    void everyDialectWritesTwoStatementsEachEndingInASemicolonAtTheEndOfALine() {
        for (SqlDialect dialect : SqlDialect.values()) {
            String sql = WarehouseSql.of(dialect, TOPICS, ZONE, "analytics.answers", 20);
            List<String> statements = statements(sql);
            assertEquals(dialect == SqlDialect.SPARK ? 3 : 2, statements.size(), dialect.name());
            for (String line : sql.split("\n")) {
                assertFalse(line.contains(";") && !line.endsWith(";") && !line.startsWith("--"),
                        dialect + ": ';' only at the end of a line: " + line);
            }
            assertTrue(statements.get(statements.size() - 2).contains("FROM analytics.answers"));
            assertTrue(statements.get(statements.size() - 1).contains("WHERE newest <= 20"));
        }
    }

    @Test
    void bigQueryUsesItsOwnZoneDateNormalisationUnnestAndJson() {
        String sql = WarehouseSql.of(SqlDialect.BIGQUERY, TOPICS, ZONE, "answers", 20);
        assertTrue(sql.contains("DATE(`date`, 'Europe/Stockholm') AS day"), "the day in the site's zone");
        assertTrue(sql.contains("CURRENT_DATE('Europe/Stockholm')"), "today in the site's zone");
        assertTrue(sql.contains(", NFD), r'\\p{M}+', '')"), "diacritics removed after NFD");
        assertTrue(sql.contains("r'[^\\p{L}\\p{Nd}]+', ' ')"), "words are runs of letters and digits");
        assertTrue(sql.contains("CROSS JOIN UNNEST(["), "one row per topic");
        assertTrue(sql.contains("STRPOS(words, ' on hold ') > 0"), "a phrase of whole words");
        assertTrue(sql.contains("STRPOS(words, ' bill') > 0"), "a prefix");
        assertTrue(sql.contains("STRPOS(words, ' strasse ') > 0"), "ß folded to ss, as cxsite folds it");
        assertTrue(sql.contains("TO_JSON_STRING(STRUCT(FORMAT_TIMESTAMP('%Y-%m-%dT%H:%M:%SZ', answered_at, 'UTC')"));
        assertTrue(sql.contains("tested for its text only"), "says it has not been run");
    }

    @Test
    void sparkSetsTheSessionZoneAndFoldsThroughATableCompiledFromCxsite() {
        String sql = WarehouseSql.of(SqlDialect.SPARK, TOPICS, ZONE, "answers", 20);
        assertTrue(sql.contains("SET TIME ZONE 'Europe/Stockholm';\n"));
        assertTrue(sql.contains("CAST(`date` AS DATE) AS day"));
        assertTrue(sql.contains("translate(") && sql.contains("replace(") && sql.contains("explode(array("));
        assertTrue(SparkFolding.TABLE.size() > 500, "the letters of the Basic Multilingual Plane that cxsite folds");
        String folded = SparkFolding.TABLE.apply("x");
        assertTrue(folded.matches("(?s).*replace\\(.*, 'æ', 'ae'\\).*"), "æ is folded to two letters, as in cxsite");
        assertTrue(folded.contains("é") && !folded.contains("'x', '"), "é is in the table, x is not");
    }

    /** The statements of the generated SQL, comment lines left out, split where a line ends in ';'. */
    static List<String> statements(String sql) {
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
        assertEquals("", current.toString().strip(), "nothing after the last ';'");
        return statements;
    }
}
