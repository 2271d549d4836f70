package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.Topics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export counts become monthly and weekly snapshots, merged with the YAML snapshots. */
class FeedbackMergeTest {
    @TempDir
    Path dir;

    private static FeedbackData exports() {
        Map<Cell, Counts> cells = new HashMap<>();
        put(cells, "2026-09-29", "phone", "household", 3, 1, 1);   // ISO week 40
        put(cells, "2026-09-30", "chat", "business", 2, 0, 2);     // week 40
        put(cells, "2026-10-01", "phone", "household", 5, 2, 1);   // week 40, but October
        return new FeedbackData(Topics.NONE, new TreeMap<>(cells), Map.of(), List.of(), List.of("content/feedback/a.csv"),
                17, 0, 0, Map.of());
    }

    private static void put(Map<Cell, Counts> cells, String day, String channel, String segment, int p, int pa,
            int d) {
        cells.put(Cell.of(LocalDate.parse(day), channel, segment, "sv"), new Counts(p, pa, d, 0, 0, 0, 0, 0));
    }

    @Test
    void exportsFillMonthsWeeksChannelsAndSegmentsAndTheSnapshotWinsAConflict() throws Exception {
        TestSite.write(dir, """
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                nps: {promoters: 5, passives: 1, detractors: 2}
                csat: 0.8
                -- content/metrics/2026-10.yaml --
                period: 2026-10
                nps: {promoters: 50, passives: 20, detractors: 10}
                """);
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, exports(), java.time.LocalDate.of(2027, 1, 1), problems);

        Snapshot september = metrics.get(Period.month(2026, 9), Optional.empty()).orElseThrow();
        assertEquals(8, september.nps().orElseThrow().responses(), "the snapshot's own counts stay");
        assertEquals(List.of("chat", "phone"), List.copyOf(september.npsByChannel().keySet()), "channels from the exports");
        assertEquals(0.8, september.csat().getAsDouble());
        Snapshot business = metrics.get(Period.month(2026, 9), Optional.of("business")).orElseThrow();
        assertEquals(4, business.nps().orElseThrow().responses());
        Snapshot week40 = metrics.get(Period.parse("2026-W40").orElseThrow(), Optional.empty()).orElseThrow();
        assertEquals(List.of(10L, 3L, 4L), List.of(week40.nps().get().promoters(), week40.nps().get().passives(),
                week40.nps().get().detractors()), "a week across the month boundary has all its days");

        List<String> warnings = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(List.of("content/metrics/2026-10.yaml:1:1: warning: NPS for 2026-10 is 50/20/10"
                + " promoters/passives/detractors here but 5/2/1 promoters/passives/detractors in the exports in"
                + " content/feedback/; this file wins. Remove 'nps:' here to use the exports",
                "content/metrics/2026-09.yaml:1:1: warning: NPS for 2026-09 is 5/1/2 promoters/passives/detractors here"
                + " but 5/1/3 promoters/passives/detractors in the exports in content/feedback/; this file wins."
                + " Remove 'nps:' here to use the exports").stream().sorted().toList(), warnings);
        assertTrue(metrics.get(Period.parse("2026-Q3").orElseThrow(), Optional.empty()).isPresent());
    }
}
