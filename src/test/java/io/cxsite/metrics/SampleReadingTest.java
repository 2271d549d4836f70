package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.config.Statistics;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.Counts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots that say how many answers a KPI came from ({@code n:}) and their spread ({@code sd:}). */
class SampleReadingTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    private Metrics load(String site, Problems problems) throws IOException {
        TestSite.write(dir, site);
        return MetricsLoader.load(dir, TODAY, problems);
    }

    private static Snapshot get(Metrics metrics, String period) {
        return metrics.get(Period.parse(period).orElseThrow(), Optional.empty()).orElseThrow();
    }

    @Test
    void valuesWithTheirSamplesAreTestedAndPooledInRollUps() throws IOException {
        Problems problems = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                csat: {value: 0.80, n: 500}
                ces: {value: 5.2, n: 400, sd: 1.4}
                firstResponseTime:
                  email: {value: 2h, n: 100, sd: 1h}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                csat: {value: 0.85, n: 500}
                ces: {value: 5.4, n: 350, sd: 1.2}
                firstResponseTime:
                  email: {value: 1h, n: 300, sd: 30m}
                """, problems);
        assertEquals(List.of(), problems.sorted());
        Snapshot july = get(metrics, "2026-07");
        Snapshot august = get(metrics, "2026-08");
        assertEquals(OptionalDouble.of(5.2), july.ces());
        assertEquals(Sample.ofMean(400, 1.4), july.sample("ces").orElseThrow());
        Statistics level = Statistics.DEFAULTS;
        // The same figures as SignificanceTest: z = 2.0806 and t = 2.1065, both past the 95 % line.
        assertEquals(Verdict.LIKELY_REAL, ChangeVerdict.of(Kpi.CSAT, july, august, level).verdict());
        assertEquals(Verdict.LIKELY_REAL, ChangeVerdict.of(Kpi.CES, july, august, level).verdict());
        // E-mail 2 h (sd 1 h, n 100) to 1 h (sd 30 min, n 300): t = -3600 / sqrt(3600^2 / 100 + 1800^2 / 300)
        // = -3600 / sqrt(129600 + 10800) = -3600 / 374.70 = -9.608.
        assertEquals(-9.608, ChangeVerdict.ofChannel(Kpi.FIRST_RESPONSE_TIME, "email", july, august, level)
                .statistic(), 0.01);
        // The quarter weighs each month by its answers: CSAT (400 + 425) / 1000 = 0.825;
        // CES (5.2 * 400 + 5.4 * 350) / 750 = 5.29333; e-mail (2 h * 100 + 1 h * 300) / 400 = 1.25 h;
        // CES spread sqrt((399 * 1.96 + 349 * 1.44 + 400 * 0.09333^2 + 350 * 0.10667^2) / 749)
        // = sqrt((782.04 + 502.56 + 3.4844 + 3.9822) / 749) = sqrt(1292.0667 / 749) = 1.3134.
        Snapshot quarter = get(metrics, "2026-Q3");
        assertEquals(0.825, quarter.csat().getAsDouble(), 1e-9);
        assertEquals(5.29333, quarter.ces().getAsDouble(), 1e-5);
        assertEquals(4500, quarter.firstResponseTime().get("email"), 1e-9);
        assertEquals(750, quarter.sample("ces").orElseThrow().n());
        assertEquals(1.3134, quarter.sample("ces").orElseThrow().sd().getAsDouble(), 1e-4);
        assertEquals(Sample.ofShare(1000), quarter.sample("csat").orElseThrow());
    }

    @Test
    void aMonthWithoutItsSampleKeepsTheOldUnweightedMeanAndNoTest() throws IOException {
        Problems problems = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                ces: {value: 5.0, n: 400, sd: 1.4}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                ces: 6.0
                """, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(5.5, get(metrics, "2026-Q3").ces().getAsDouble(), 1e-9);
        assertEquals(Optional.empty(), get(metrics, "2026-Q3").sample("ces"));
        assertEquals(Verdict.UNKNOWN, ChangeVerdict.of(Kpi.CES, get(metrics, "2026-07"), get(metrics, "2026-08"),
                Statistics.DEFAULTS).verdict());
    }

    @Test
    void tooFewAnswersAreSaidToBeTooFew() throws IOException {
        Problems problems = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                ces: {value: 3.0, n: 12, sd: 1.0}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                ces: {value: 6.0, n: 12}
                """, problems);
        assertEquals(Verdict.TOO_FEW, ChangeVerdict.of(Kpi.CES, get(metrics, "2026-07"), get(metrics, "2026-08"),
                Statistics.DEFAULTS).verdict());
    }

    @Test
    void mistakesInASampleAreErrorsAtTheirLineAndColumn() throws IOException {
        Problems problems = new Problems();
        load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                csat: {value: 0.8, n: 500, sd: 0.1}
                ces: {n: 400, sd: 1.4}
                firstResponseTime:
                  email: {value: 2h, n: -3, sd: fast}
                  chat: {value: 1m, sd: 20s, count: 9}
                """, problems);
        assertEquals(List.of(
                "content/metrics/2026-07.yaml:2:32: error: 'csat' is a share: its spread follows from the share and 'n';"
                        + " remove 'sd'",
                "content/metrics/2026-07.yaml:3:6: error: 'ces' written as a mapping needs 'value:' (with 'n:' answers"
                        + " and, for a mean, their 'sd:'), such as {value: 5.4, n: 950, sd: 1.3}",
                "content/metrics/2026-07.yaml:5:25: error: 'n' cannot be negative, found -3",
                "content/metrics/2026-07.yaml:5:33: error: 'sd' needs 'n:' beside it, the number of answers it was"
                        + " measured over",
                "content/metrics/2026-07.yaml:6:25: error: 'sd' needs 'n:' beside it, the number of answers it was"
                        + " measured over",
                "content/metrics/2026-07.yaml:6:30: error: unknown 'chat' key 'count'; known keys: value, n, sd"),
                problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void exportsGiveTheSpreadOfTheirCesAnswers() {
        // Answers 2, 5 and 6: mean 13 / 3 = 4.3333; squares 4 + 25 + 36 = 65;
        // sd = sqrt((65 - 13^2 / 3) / 2) = sqrt(8.6667 / 2) = 2.0817.
        Counts counts = Counts.of(9, OptionalDouble.empty(), OptionalDouble.of(2))
                .plus(Counts.of(9, OptionalDouble.empty(), OptionalDouble.of(5)))
                .plus(Counts.of(9, OptionalDouble.empty(), OptionalDouble.of(6)));
        assertEquals(2.0817, counts.cesSpread().getAsDouble(), 1e-4);
        assertEquals(OptionalDouble.empty(), Counts.of(9, OptionalDouble.empty(), OptionalDouble.of(6)).cesSpread());
    }
}
