package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.FeedbackLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers dated before 2000 or after the build's day, and snapshots of periods not begun: skipped
 * with a warning at their file and line, and never the latest period.
 */
class FeedbackDatesTest {
    /** The build's day, as SOURCE_DATE_EPOCH 1796515200 gives it in Stockholm. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void answersOutsideTwoThousandToTodayAreSkippedAtTheirLineAndMoveNothing() throws IOException {
        TestSite.write(dir, """
                -- content/feedback/answers.csv --
                Date,Score,Comment
                2026-10-05,9,Fine.
                9999-12-31,10,The last day there is.
                0001-01-01,3,The first day there is.
                2999-01-15,10,One answer from the future.
                1999-12-31,8,Before the millennium.
                2026-12-07,7,Tomorrow.
                2026-12-06,6,Today.
                """);
        Problems problems = new Problems();
        FeedbackData feedback = FeedbackLoader.load(dir, FeedbackConfig.DEFAULTS, TODAY, problems);
        Metrics metrics = MetricsLoader.load(dir, feedback, TODAY, problems);

        assertEquals(Optional.of(Period.month(2026, 12)), metrics.latest());
        assertEquals(List.of("2026-10", "2026-12"), metrics.periods(Period.Kind.MONTH).stream().map(Period::key)
                .toList());
        assertEquals(2, feedback.responses());
        assertEquals(5, feedback.badRows());
        String file = "content/feedback/answers.csv";
        String fix = "; fix the row in the export, or build with --strict to stop on bad rows";
        assertEquals(List.of(
                file + ":1:1: warning: 2 more bad rows skipped (5 in all); the first 3 are listed above",
                file + ":3:1: warning: row skipped: the answer is dated 9999-12-31, after today (2026-12-06); an answer"
                        + " from the future would become the newest month" + fix,
                file + ":4:1: warning: row skipped: the answer is dated 0001-01-01, before 2000-01-01; a date this early"
                        + " is a placeholder or a lost century" + fix,
                file + ":5:1: warning: row skipped: the answer is dated 2999-01-15, after today (2026-12-06); an answer"
                        + " from the future would become the newest month" + fix),
                problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void aSnapshotOfAPeriodNotBegunIsLeftOutWithAWarning() throws IOException {
        TestSite.write(dir, """
                -- content/metrics/2026-11.yaml --
                period: 2026-11
                nps: {promoters: 5, passives: 1, detractors: 2}
                -- content/metrics/2026-Q4.yaml --
                period: 2026-Q4
                nps: {promoters: 5, passives: 1, detractors: 2}
                -- content/metrics/2999-01.yaml --
                period: 2999-01
                nps: {promoters: 5, passives: 1, detractors: 2}
                -- content/metrics/0001-01.yaml --
                period: 0001-01
                nps: {promoters: 1, passives: 1, detractors: 1}
                """);
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, FeedbackData.EMPTY, TODAY, problems);

        assertEquals(Optional.of(Period.month(2026, 11)), metrics.latest());
        assertEquals(List.of("content/metrics/2999-01.yaml:1:1: warning: period 2999-01 has not begun (today is"
                + " 2026-12-06); the file is left out until it has, so the dashboard stays on the latest period with"
                + " figures"), problems.sorted().stream().map(Problem::format).toList());
    }
}
