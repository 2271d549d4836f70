import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxsite.build.BuildRequest;
import io.cxsite.build.SiteBuild;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.ExportReader;
import io.cxsite.feedback.ExportSink;
import io.cxsite.feedback.Response;
import io.cxsite.feedback.SqlDialect;
import io.cxsite.feedback.TopicsLoader;
import io.cxsite.feedback.WarehouseSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * cxsite's side of bench/spark-sql-check.sh, on cxsite's class path only (Spark brings an older
 * Jackson). {@code prepare WORK DIALECT}: two sites under WORK (raw/ with the sample exports,
 * warehouse/ without), the answers as cxsite reads them in WORK/answers.jsonl and the SQL in
 * WORK/cxsite.sql. {@code compare WORK}: builds both sites and compares their metrics.json.
 */
public class WarehouseCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path work = Path.of(args[1]);
        if (args[0].equals("prepare")) {
            prepare(repo, work, SqlDialect.valueOf(args[2].toUpperCase(java.util.Locale.ROOT)));
        } else {
            System.exit(compare(work.resolve("raw"), work.resolve("warehouse")) ? 0 : 1);
        }
    }

    private static void prepare(Path repo, Path work, SqlDialect dialect) throws Exception {
        Path raw = site(repo, work.resolve("raw"));
        site(repo, work.resolve("warehouse"));
        try (Stream<Path> exports = Files.list(repo.resolve("content/feedback"))) {
            for (Path export : exports.sorted().toList()) {
                Files.copy(export, raw.resolve("content/feedback").resolve(export.getFileName()));
            }
        }
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(raw, problems);
        Files.writeString(work.resolve("cxsite.sql"), WarehouseSql.of(dialect, TopicsLoader.load(raw, problems),
                config.feedback().timeZone(), "answers", 20));
        List<String> lines = new ArrayList<>();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        ExportSink sink = new ExportSink() {
            public void accept(Response r) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", r.date().atTime(12, 0).atZone(config.feedback().timeZone()).format(iso));
                row.put("score", r.score().orElseThrow());
                row.put("comment", r.comment());
                row.put("channel", r.channel());
                row.put("segment", r.segment());
                row.put("language", r.language());
                try {
                    lines.add(JSON.writeValueAsString(row));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            public void badRow(String source, long line, String reason) {
            }

            public void unfinished(String source, long line) {
            }

            public void leftOut(String source, long line, String reason) {
            }
        };
        try (Stream<Path> exports = Files.list(raw.resolve("content/feedback"))) {
            for (Path export : exports.sorted().toList()) {
                ExportReader.read(export, export.getFileName().toString(), config.feedback().timeZone(),
                        Optional.empty(), sink, new Problems());
            }
        }
        Files.write(work.resolve("answers.jsonl"), lines);
        System.out.println("cxsite: " + lines.size() + " answers from the sample exports");
    }

    private static Path site(Path repo, Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/feedback"));
        Files.copy(repo.resolve("site.yaml"), dir.resolve("site.yaml"));
        Files.copy(repo.resolve("content/topics.yaml"), dir.resolve("content/topics.yaml"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
        return dir;
    }

    private static boolean compare(Path raw, Path warehouse) throws Exception {
        SiteBuild.run(BuildRequest.of(raw));
        var built = SiteBuild.run(BuildRequest.of(warehouse));
        built.problems().stream().filter(p -> p.isError()).forEach(p -> System.out.println(p.format()));
        JsonNode expected = JSON.readTree(raw.resolve("public/data/metrics.json").toFile());
        JsonNode actual = JSON.readTree(warehouse.resolve("public/data/metrics.json").toFile());
        for (JsonNode m : List.of(expected, actual)) {
            ((ObjectNode) m.path("feedback")).remove(List.of("sources", "unfinished"));
        }
        for (var side : List.of(Map.entry("raw exports", expected), Map.entry("warehouse aggregate", actual))) {
            JsonNode f = side.getValue().path("feedback");
            System.out.printf("%-20s %3d periods, %d responses, %d cell counts, %d topic counts%n", side.getKey() + ":",
                    side.getValue().path("periods").size(), f.path("responses").asLong(), f.path("counts").size(),
                    f.path("topics").size());
        }
        boolean same = expected.equals(actual);
        System.out.println(same ? "metrics.json: identical (counts, NPS, margins, by channel and segment, topic counts;"
                + " sources and unfinished left out)" : "metrics.json: DIFFERENT");
        if (!same) {
            Files.writeString(raw.resolveSibling("expected.json"), expected.toPrettyString());
            Files.writeString(raw.resolveSibling("actual.json"), actual.toPrettyString());
            System.out.println("see " + raw.resolveSibling("expected.json") + " and actual.json beside it");
        }
        return same;
    }
}
