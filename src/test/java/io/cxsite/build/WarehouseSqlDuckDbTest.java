package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.ExportReader;
import io.cxsite.feedback.ExportSink;
import io.cxsite.feedback.Response;
import io.cxsite.feedback.SqlDialect;
import io.cxsite.feedback.TopicsLoader;
import io.cxsite.feedback.WarehouseSql;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that a warehouse can stand in for the exports: the sample site's answers, as cxsite
 * reads them, go into a DuckDB table; the SQL of {@code cxsite sql --dialect duckdb} turns them into
 * an aggregate and a verbatims file; and a site built from those has the same metrics.json as the
 * site built from the raw exports: counts, NPS and its margin, by channel and segment, and per topic.
 */
class WarehouseSqlDuckDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path raw;
    @TempDir
    Path warehouse;

    @Test
    void aSiteBuiltFromDuckDbsAggregatesHasTheMetricsOfTheRawExports() throws Exception {
        site(raw);
        site(warehouse);
        try (Stream<Path> exports = Files.list(TestSite.REPO.resolve("content/feedback"))) {
            for (Path export : exports.sorted().toList()) {
                Files.copy(export, raw.resolve("content/feedback").resolve(export.getFileName()));
            }
        }
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(raw, problems);
        String sql = WarehouseSql.of(SqlDialect.DUCKDB, TopicsLoader.load(raw, problems), config.feedback().timeZone(),
                "answers", 20);
        assertEquals(List.of(), problems.sorted());

        List<String> statements = statements(sql);
        assertEquals(2, statements.size(), "the aggregate, then the verbatims");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            List<Response> answers = parsedAnswers(raw, config);
            assertTrue(answers.size() > 1000, "the sample exports hold over a thousand answers");
            load(db, answers, config);
            Path aggregate = warehouse.resolve("content/feedback/warehouse.agg.csv");
            try (Statement s = db.createStatement()) {
                s.execute("COPY (" + statements.get(0) + ") TO '" + aggregate + "' (HEADER)");
            }
            Files.write(warehouse.resolve("content/feedback/warehouse.verbatims.jsonl"), jsonLines(db, statements.get(1)));
        }

        BuildResult fromRaw = TestSite.write(raw, "").build();
        BuildResult fromWarehouse = TestSite.write(warehouse, "").build();
        assertEquals(List.of(), fromWarehouse.problems().stream().filter(p -> p.isError()).toList());
        JsonNode expected = metrics(raw);
        JsonNode actual = metrics(warehouse);
        assertTrue(expected.path("feedback").path("topics").size() > 10, "the raw build has topic counts to compare");
        assertTrue(expected.path("periods").size() > 10, "and periods of NPS counts by channel and segment");
        assertEquals(List.of("content/feedback/warehouse.agg.csv", "content/feedback/warehouse.verbatims.jsonl"),
                JSON.convertValue(actual.path("feedback").path("sources"), List.class));
        assertEquals(0, actual.path("feedback").path("unfinished").asLong(), "an aggregate counts finished answers");
        // Which files the figures came from, and the unfinished answers that no aggregate carries, differ
        // by design; every other value must be the same.
        for (JsonNode metrics : List.of(expected, actual)) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) metrics.path("feedback")).remove(List.of("sources",
                    "unfinished"));
        }
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
        // Every chart (SVG and its CSV) of the report, trend, groups, channels, segments and drivers alike.
        Map<String, byte[]> charts = TestSite.snapshot(raw.resolve("public/charts"));
        assertTrue(charts.size() >= 8, "the report's charts: " + charts.keySet());
        Map<String, byte[]> fromAggregate = TestSite.snapshot(warehouse.resolve("public/charts"));
        assertEquals(charts.keySet(), fromAggregate.keySet());
        charts.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(fromAggregate.get(path), StandardCharsets.UTF_8), path));
        assertTrue(fromRaw.problems().stream().noneMatch(p -> p.isError()));
    }

    /** A site of the sample's site.yaml and topics, and a home page: every figure comes from feedback. */
    private static void site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("content/feedback"));
        Files.copy(TestSite.REPO.resolve("site.yaml"), dir.resolve("site.yaml"));
        Files.copy(TestSite.REPO.resolve("content/topics.yaml"), dir.resolve("content/topics.yaml"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
        Files.createDirectories(dir.resolve("content/reports"));
        Files.writeString(dir.resolve("content/reports/proof.md"), """
                ---
                title: Proof
                ---
                ```cx-chart nps-trend
                ```

                ```cx-chart nps-groups
                ```

                ```cx-chart nps-by-channel from=2026-07 to=2026-11
                ```

                ```cx-chart nps-by-segment from=2026-07 to=2026-11
                ```

                ```cx-drivers period=2026-10
                ```
                """);
    }

    /** The statements of the generated SQL: split where a line ends in ';'. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            if (line.endsWith(";")) {
                current.append(line, 0, line.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        assertEquals("", current.toString().strip(), "nothing after the last ';'");
        return statements;
    }

    /** Every answer cxsite reads in the site's exports, as it reads it (codes, day in the site's zone). */
    private static List<Response> parsedAnswers(Path site, SiteConfig config) throws IOException {
        List<Response> answers = new ArrayList<>();
        ExportSink sink = new ExportSink() {
            @Override
            public void accept(Response response) {
                answers.add(response);
            }

            @Override
            public void badRow(String source, long line, String reason) {
            }

            @Override
            public void unfinished(String source, long line) {
            }

            @Override
            public void leftOut(String source, long line, String reason) {
            }
        };
        try (Stream<Path> exports = Files.list(site.resolve("content/feedback"))) {
            for (Path export : exports.sorted().toList()) {
                ExportReader.read(export, export.getFileName().toString(), config.feedback().timeZone(),
                        Optional.empty(), sink, new Problems());
            }
        }
        return answers;
    }

    /** A table of the generic shape; each answer at noon of its day in the site's zone. */
    private static void load(Connection db, List<Response> answers, SiteConfig config) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE answers (date TIMESTAMPTZ, score INTEGER, comment VARCHAR, channel VARCHAR,"
                    + " segment VARCHAR, language VARCHAR)");
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO answers VALUES (CAST(? AS TIMESTAMPTZ), ?, ?, ?, ?, ?)")) {
            for (Response r : answers) {
                insert.setString(1, r.date().atTime(12, 0).atZone(config.feedback().timeZone())
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")));
                insert.setInt(2, r.score().orElseThrow());
                insert.setString(3, r.comment());
                insert.setString(4, r.channel());
                insert.setString(5, r.segment());
                insert.setString(6, r.language());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> jsonLines(Connection db, String statement) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(statement)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        assertTrue(lines.size() > 10, "verbatims for the sample's topics");
        return lines;
    }

    private static JsonNode metrics(Path site) throws IOException {
        return JSON.readTree(Files.readString(site.resolve("public/data/metrics.json"), StandardCharsets.UTF_8));
    }
}
