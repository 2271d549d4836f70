package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.config.Durations;
import io.cxsite.config.Statistics;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Periods, durations, NPS statistics and roll-ups, against values worked out by hand. */
public class MetricsTest {
    /** The day these tests run on: after every snapshot they write. */
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    @Test
    void periodsParseInFourFormsAndSortByTheirFirstDay() {
        assertEquals(Optional.of(Period.month(2026, 10)), Period.parse("2026-10"));
        assertEquals("2026-Q3", Period.parse("2026-Q3").orElseThrow().key());
        assertEquals("2026-W41", Period.parse("2026-W41").orElseThrow().key());
        assertEquals("2026-10-05", Period.parse("2026-W41").orElseThrow().start().toString());
        assertEquals("2026", Period.parse("2026").orElseThrow().key());
        assertEquals(Optional.empty(), Period.parse("2026-13"));
        assertEquals(Optional.empty(), Period.parse("2026-Q5"));
        assertEquals(Optional.empty(), Period.parse("2026-W54"));
        assertEquals(Optional.empty(), Period.parse("Oct 2026"));
        List<String> sorted = java.util.stream.Stream.of("2026-10", "2026-Q4", "2026", "2026-W40", "2026-09")
                .map(k -> Period.parse(k).orElseThrow()).sorted().map(Period::key).toList();
        assertEquals(List.of("2026", "2026-09", "2026-W40", "2026-Q4", "2026-10"), sorted);
        assertEquals("2025-12", Period.month(2026, 1).previous().key());
        assertEquals("2026-W01", Period.parse("2026-W02").orElseThrow().previous().key());
    }

    @Test
    void durationsReadWithTheirUnitAndPrintInTheLargestUnitThatFits() {
        assertEquals(OptionalDouble.of(45), Durations.parse("45s"));
        assertEquals(OptionalDouble.of(240), Durations.parse("4m"));
        assertEquals(OptionalDouble.of(12600), Durations.parse("3.5h"));
        assertEquals(OptionalDouble.of(172800), Durations.parse("2d"));
        assertEquals(OptionalDouble.empty(), Durations.parse("4"));
        assertEquals(OptionalDouble.empty(), Durations.parse("-4m"));
        assertEquals("45 s", Durations.format(45));
        assertEquals("4.5 min", Durations.format(270));
        assertEquals("3.5 h", Durations.format(12600));
        assertEquals("2 d", Durations.format(172800));
    }

    @Test
    void npsMarginOfErrorAndNoiseMatchTheFormulaWorkedByHand() {
        // 400 answers, p = 0.5, d = 0.2: variance 0.7 - 0.09 = 0.61, se = 100 * sqrt(0.61 / 400) = 3.905
        Nps september = Nps.ofCounts(200, 120, 80);
        assertEquals(30.0, september.score(), 1e-9);
        assertEquals(7.654, september.marginOfError(), 0.001);
        // 20.0 with margin 7.96: a 10-point fall is inside the combined margin sqrt(7.65^2 + 7.96^2) = 11.04
        Statistics at95 = new Statistics(95);
        assertEquals(Verdict.WITHIN_NOISE, Significance.nps(Nps.ofCounts(180, 120, 100), september, at95).verdict());
        // 10.0 with margin 8.14: a 20-point fall is outside the combined 11.17
        assertEquals(Verdict.LIKELY_REAL, Significance.nps(Nps.ofCounts(160, 120, 120), september, at95).verdict());
        assertTrue(Double.isNaN(Nps.ofScore(30, 400).marginOfError()), "no margin without counts");
    }

    public static final String QUARTER = """
            -- content/metrics/2026-07.yaml --
            period: 2026-07
            nps: {promoters: 200, passives: 120, detractors: 80}
            retentionRate: 0.99
            churnRate: 0.01
            contacts: {phone: 100, chat: 50}
            firstResponseTime: {phone: 4m}
            targets: {nps: 25, churnRate: 0.01}
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            nps: {promoters: 100, passives: 50, detractors: 50}
            retentionRate: 0.98
            contacts: {phone: 120}
            firstResponseTime: {phone: 6m}
            targets: {nps: 30}
            -- content/metrics/2026-09.yaml --
            period: 2026-09
            nps: {promoters: 150, passives: 100, detractors: 50}
            churnRate: 0.01
            contacts: {phone: 80, chat: 70}
            -- content/metrics/2026-09.business.yaml --
            period: 2026-09
            segment: business
            nps: {score: 12.5, responses: 80}
            """;

    @Test
    void quartersRollUpFromMonthsBySummingCountsNotAveragingScores() throws IOException {
        TestSite.write(dir, QUARTER);
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, TODAY, problems);
        assertEquals(List.of(), problems.sorted());
        Snapshot q3 = metrics.get(Period.parse("2026-Q3").orElseThrow(), Optional.empty()).orElseThrow();
        assertTrue(q3.rolledUp());
        // (450 - 180) / 900 = +30.0; the mean of the monthly scores would be +29.4
        assertEquals(30.0, q3.nps().orElseThrow().score(), 1e-9);
        assertEquals(900, q3.nps().orElseThrow().responses());
        // retention compounds: 0.99 * 0.98 * 0.99
        assertEquals(0.960498, q3.retentionRate().getAsDouble(), 1e-9);
        assertEquals(0.039502, q3.churnRate().getAsDouble(), 1e-9);
        assertEquals(300L, q3.contacts().get("phone"));
        assertEquals(120L, q3.contacts().get("chat"));
        assertEquals(300.0, q3.firstResponseTime().get("phone"), 1e-9, "mean of 4 and 6 minutes");
        assertEquals(List.of("2026", "2026-Q3", "2026-07", "2026-08", "2026-09"), // a year, then its quarter, then months
                metrics.periods().stream().map(Period::key).toList());
        // Targets carry forward: September has no targets of its own.
        Snapshot september = metrics.get(Period.month(2026, 9), Optional.empty()).orElseThrow();
        assertEquals(OptionalDouble.of(30), september.target("nps"));
        assertEquals(OptionalDouble.of(0.01), september.target("churnRate"));
        assertEquals(OptionalDouble.of(25), metrics.get(Period.month(2026, 7), Optional.empty()).orElseThrow()
                .target("nps"));
        assertEquals(java.util.Set.of("business"), metrics.segments());
        // A monthly churn target of 1 % is 1 - 0.99^3 over a quarter, not 1 %.
        assertEquals(0.029701, q3.target("churnRate").getAsDouble(), 1e-9);
        assertFalse(q3.partial());
        Snapshot year = metrics.get(Period.parse("2026").orElseThrow(), Optional.empty()).orElseThrow();
        assertTrue(year.partial(), "2026 so far is 3 of 12 months");
        assertEquals(3, year.months());
    }

    @Test
    void metricsJsonListsEveryPeriodInOrderWithCountsScoreAndMargin() throws IOException {
        TestSite.write(dir, QUARTER);
        Metrics metrics = MetricsLoader.load(dir, TODAY, new Problems());
        String json = new String(MetricsJson.write(metrics), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.indexOf("\"period\" : \"2026-07\"") < json.indexOf("\"period\" : \"2026-08\""), json);
        String compact = json.replaceAll("\\s", "");
        assertTrue(compact.contains("""
                    "period" : "2026-07",
                    "kind" : "month",
                    "rolledUp" : false,
                    "responses" : 400,
                    "promoters" : 200,
                    "passives" : 120,
                    "detractors" : 80,
                    "nps" : 30,
                    "npsMarginOfError" : 7.7,""".replaceAll("\\s", "")), json);
        assertTrue(compact.contains("\"bySegment\":{\"business\":{\"responses\":80,\"nps\":12.5}}"), json);
        assertEquals(json, new String(MetricsJson.write(MetricsLoader.load(dir, TODAY, new Problems())),
                java.nio.charset.StandardCharsets.UTF_8), "deterministic");
    }

    @Test
    void everySchemaMistakeIsAnErrorAtItsLineAndColumn() throws IOException {
        TestSite.write(dir, """
                -- content/metrics/2026-10.yaml --
                period: 2026-11
                nps:
                  promoters: -3
                  passives: 10
                  detractors: 5
                csat: 84
                ces: 9
                firstResponseTime:
                  phone: 4
                retentionRate: 0.9
                churnRate: 0.2
                contacs:
                  phone: 10
                clv: {amount: 100, currency: kronor}
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                nps: {promoters: 10, passives: 5, detractors: 5, byChannel: {phone: {promoters: 9, passives: 5, detractors: 5}}}
                -- content/metrics/october.yaml --
                period: 2026-10
                -- content/metrics/2026-09.yml --
                period: 2026-09
                """);
        Problems problems = new Problems();
        MetricsLoader.load(dir, TODAY, problems);
        List<String> errors = new java.util.ArrayList<>(problems.sorted().stream().map(Problem::format).toList());
        assertTrue(errors.remove("content/metrics/2026-09.yml:1:1: error: period 2026-09 already comes from"
                + " content/metrics/2026-09.yaml; keep one file per period"), errors.toString());
        assertEquals(List.of(
                "content/metrics/2026-09.yaml:2:61: error: NPS by channel adds up to 9/5/5 promoters/passives/detractors"
                        + " but the totals are 10/5/5; every answer belongs to exactly one channel",
                "content/metrics/2026-10.yaml:1:9: error: 'period' is 2026-11 but the file name says 2026-10;"
                        + " rename the file or fix the period",
                "content/metrics/2026-10.yaml:3:14: error: 'promoters' cannot be negative, found -3",
                "content/metrics/2026-10.yaml:6:7: error: 'csat' must be a share from 0 to 1 (0.84 for 84 %), found 84",
                "content/metrics/2026-10.yaml:7:6: error: 'ces' must be a mean on the 1-7 scale, found 9",
                "content/metrics/2026-10.yaml:9:10: error: 'phone' must be a duration such as 45s, 4m, 3.5h or 2d, found 4",
                "content/metrics/2026-10.yaml:11:12: error: retentionRate 0.9 and churnRate 0.2 must add up to 1;"
                        + " give one of them, or fix the other",
                "content/metrics/2026-10.yaml:12:1: error: unknown snapshot key 'contacs' (did you mean 'contacts'?);"
                        + " known keys: period, segment, nps, csat, ces, firstResponseTime, resolutionTime, retentionRate,"
                        + " churnRate, contacts, clv, targets, benchmarks",
                "content/metrics/2026-10.yaml:14:30: error: 'currency' must be a three-letter ISO code such as SEK,"
                        + " found 'kronor'",
                "content/metrics/october.yaml:1:1: error: a snapshot file is named after its period, optionally with a"
                        + " segment: 2026-10.yaml, 2026-Q3.yaml, 2026-W41.yaml, 2026.yaml or 2026-10.business.yaml"),
                errors);
    }
}
