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
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots made from export counts, and their merge with YAML snapshots of the same period. */
class FeedbackSnapshotsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);
    private static final Cell PHONE = Cell.of(LocalDate.of(2026, 9, 10), "phone", "household", "sv");
    private static final Cell UNKNOWN = Cell.of(LocalDate.of(2026, 9, 11), "", "", "");

    @TempDir
    Path dir;

    private static FeedbackData exports(Map<Cell, Counts> cells) {
        return new FeedbackData(Topics.NONE, new TreeMap<>(cells), Map.of(), List.of(),
                List.of("content/feedback/a.csv"), 0, 0, 0, Map.of());
    }

    private static Snapshot september(List<Snapshot> snapshots, Optional<String> segment) {
        return snapshots.stream().filter(s -> s.period().equals(Period.month(2026, 9)) && s.segment().equals(segment))
                .findFirst().orElseThrow();
    }

    private Metrics load(String site, FeedbackData exports, Problems problems) throws IOException {
        TestSite.write(dir, site);
        return MetricsLoader.load(dir, exports, TODAY, problems);
    }

    @Test
    void topicCellsAreNotCountedAgainInTheTotals() {
        List<Snapshot> snapshots = FeedbackSnapshots.of(exports(Map.of(PHONE, Counts.of(10, 3),
                PHONE.about("billing"), Counts.of(10, 2), PHONE.about("app"), Counts.of(10, 1))));
        assertEquals(3, september(snapshots, Optional.empty()).nps().orElseThrow().responses());
    }

    @Test
    void unknownChannelsAndSegmentsCountInTheTotalOnly() {
        List<Snapshot> snapshots = FeedbackSnapshots.of(exports(Map.of(PHONE, Counts.of(10, 3), UNKNOWN,
                Counts.of(0, 1))));
        Snapshot all = september(snapshots, Optional.empty());
        assertEquals(Nps.ofCounts(3, 0, 1), all.nps().orElseThrow());
        assertEquals(Map.of("phone", Nps.ofCounts(3, 0, 0)), all.npsByChannel(), "no channel named \"\"");
        assertEquals(Nps.ofCounts(3, 0, 0), september(snapshots, Optional.of("household")).nps().orElseThrow());
        assertEquals(List.of("2026-09", "2026-09 household", "2026-W37", "2026-W37 household"), snapshots.stream()
                .map(s -> s.period().key() + s.segment().map(x -> " " + x).orElse("")).toList(),
                "a month and a week, each for all customers and for the one segment named");
        assertEquals(1, september(snapshots, Optional.empty()).months());
    }

    @Test
    void csatAndCesComeFromTheAnswersThatHaveThem() {
        Counts satisfied = Counts.of(10, OptionalDouble.of(5), OptionalDouble.of(2));
        Counts not = Counts.of(3, OptionalDouble.of(2), OptionalDouble.of(5));
        Counts silent = Counts.of(8, OptionalDouble.empty(), OptionalDouble.empty());
        Snapshot all = september(FeedbackSnapshots.of(exports(Map.of(PHONE, satisfied.plus(not), UNKNOWN, silent))),
                Optional.empty());
        assertEquals(OptionalDouble.of(0.5), all.csat());
        assertEquals(OptionalDouble.of(3.5), all.ces());
    }

    @Test
    void theSnapshotWinsACsatConflictAndTheExportsFillWhatItLacks() throws IOException {
        Problems problems = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                csat: 0.8
                """, exports(Map.of(PHONE, Counts.of(10, java.util.OptionalDouble.of(2), OptionalDouble.empty()))),
                problems);
        Snapshot september = metrics.get(Period.month(2026, 9), Optional.empty()).orElseThrow();
        assertEquals(OptionalDouble.of(0.8), september.csat());
        assertEquals(Nps.ofCounts(1, 0, 0), september.nps().orElseThrow(), "the exports' NPS fills in");
        assertEquals("content/metrics/2026-09.yaml and the exports in content/feedback/", september.source());
        assertEquals(List.of("content/metrics/2026-09.yaml:1:1: warning: CSAT for 2026-09 is 0.8 here but 0.000 in"
                + " the exports in content/feedback/; this file wins"),
                problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void aScoreOnlySnapshotAgreesWithinRoundingAndOtherwiseWinsWithAWarning() throws IOException {
        // The exports: 2 promoters of 3 answers, NPS 66.67.
        FeedbackData exports = exports(Map.of(PHONE, Counts.of(10, 2).plus(Counts.of(7, 1))));
        Problems agree = new Problems();
        load("""
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                nps: {score: 66.7, responses: 3}
                """, exports, agree);
        assertEquals(List.of(), agree.sorted(), "66.7 is 66.67 as far as a snapshot can say");
        Problems differ = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                nps: {score: 60, responses: 3}
                """, exports, differ);
        assertEquals(60.0, metrics.get(Period.month(2026, 9), Optional.empty()).orElseThrow().nps().orElseThrow()
                .score());
        List<String> warnings = differ.sorted().stream().map(Problem::format).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("NPS for 2026-09 is 60.0 here but 2/1/0 promoters/passives/detractors in"
                + " the exports"), warnings.get(0));
        assertTrue(metrics.get(Period.parse("2026-W37").orElseThrow(), Optional.empty()).isPresent(),
                "weeks the snapshots do not have come from the exports");
    }
}
