package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.NpsGroup;
import io.cxsite.feedback.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/metrics.json: rounding, what is left out, and the feedback section's tables. */
class MetricsJsonTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    private String json(String site) throws IOException {
        TestSite.write(dir, site);
        return compact(MetricsLoader.load(dir, TODAY, new Problems()));
    }

    private static String compact(Metrics metrics) {
        return new String(MetricsJson.write(metrics), StandardCharsets.UTF_8).replaceAll("\\s", "");
    }

    @Test
    void roundingIsHalfUpOnTheDecimalAsWrittenWithoutTrailingZeros() {
        assertEquals("0.3", MetricsJson.round(0.25, 1).toPlainString(), "half up, where half even gives 0.2");
        assertEquals("-0.3", MetricsJson.round(-0.25, 1).toPlainString(), "away from zero below it too");
        assertEquals("2.68", MetricsJson.round(2.675, 2).toPlainString(), "2.675, not the binary 2.67499...");
        assertEquals("30", MetricsJson.round(30.0, 1).toPlainString());
    }

    @Test
    void npsIsRoundedToOneDecimalAndAScoreAloneHasNoMarginOrCounts() throws IOException {
        String json = json("""
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                nps: {promoters: 1, passives: 399, detractors: 0}
                -- content/metrics/2026-10.yaml --
                period: 2026-10
                nps: {score: 12.25, responses: 80}
                """);
        assertTrue(json.contains("\"period\":\"2026-09\",\"kind\":\"month\",\"rolledUp\":false,\"responses\":400,"
                + "\"promoters\":1,\"passives\":399,\"detractors\":0,\"nps\":0.3,\"npsMarginOfError\":0.5}"), json);
        assertTrue(json.contains("\"period\":\"2026-10\",\"kind\":\"month\",\"rolledUp\":false,\"responses\":80,"
                + "\"nps\":12.3}"), json);
    }

    @Test
    void durationsAreSecondsAndRatesKeepFourDecimals() throws IOException {
        String json = json("""
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                firstResponseTime: {chat: 45s, phone: 3.5h}
                retentionRate: 0.987654
                targets: {csat: 0.85}
                """);
        assertTrue(json.contains("\"firstResponseTime\":{\"chat\":45,\"phone\":12600}"), json);
        assertTrue(json.contains("\"retentionRate\":0.9877,\"churnRate\":0.0123"), json);
        assertTrue(json.contains("\"targets\":{\"csat\":0.85}"), json);
        assertFalse(json.contains("\"feedback\""), "no exports, no feedback section");
    }

    @Test
    void theFeedbackSectionCountsMonthQuarterAndWeekButNoCommentText() {
        Cell monday = Cell.of(LocalDate.of(2026, 9, 28), "phone", "household", "sv");
        TreeMap<Cell, Counts> cells = new TreeMap<>(Map.of(monday, Counts.of(10, 2).plus(Counts.of(0, 1)),
                monday.about("billing"), Counts.of(0, 1),
                Cell.of(LocalDate.of(2026, 10, 1), "phone", "household", "sv"), Counts.of(8, 1)));
        FeedbackData.Comment secret = new FeedbackData.Comment(LocalDate.of(2026, 9, 28), 0, "phone", "sv",
                "Do not publish this sentence", List.of("billing"), "content/feedback/a.csv", 3);
        FeedbackData exports = new FeedbackData(Topics.NONE, cells,
                Map.of(new FeedbackData.VerbatimKey("billing", NpsGroup.DETRACTOR), List.of(secret)), List.of(secret),
                List.of("content/feedback/a.csv"), 4, 1, 0, Map.of());
        String json = compact(new Metrics(List.of(), exports));

        assertFalse(json.contains("publish"), "comments never reach metrics.json");
        assertTrue(json.contains("\"responses\":4,\"unfinished\":1,\"badRows\":0"), json);
        List<String> counts = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"period\":\"([^\"]+)\",\"channel\":\"phone\",\"segment\":\"household\","
                + "\"language\":\"sv\",\"promoters\":(\\d+),\"passives\":(\\d+),\"detractors\":(\\d+)}").matcher(json);
        while (m.find()) {
            counts.add(m.group(1) + " " + m.group(2) + "/" + m.group(3) + "/" + m.group(4));
        }
        assertEquals(List.of("2026-Q3 2/0/1", "2026-09 2/0/1", "2026-W40 2/1/1", "2026-Q4 0/1/0", "2026-10 0/1/0"),
                counts, "in time order; week 40 runs into October");
        assertTrue(json.contains("\"topics\":[{\"period\":\"2026-09\",\"topic\":\"billing\",\"promoters\":0,"
                + "\"passives\":0,\"detractors\":1}]"), json);
    }
}
