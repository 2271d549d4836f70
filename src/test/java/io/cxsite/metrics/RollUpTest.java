package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quarters and years made of months: which files count, what is summed, averaged or left out. */
class RollUpTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    private Metrics load(String site) throws IOException {
        TestSite.write(dir, site);
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, TODAY, problems);
        assertEquals(List.of(), problems.sorted());
        return metrics;
    }

    private static Snapshot get(Metrics metrics, String period, Optional<String> segment) {
        return metrics.get(Period.parse(period).orElseThrow(), segment).orElseThrow();
    }

    @Test
    void aQuarterWithAFileOfItsOwnIsNotRolledUpAndTheYearStillAddsMonths() throws IOException {
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                nps: {promoters: 6, passives: 2, detractors: 2}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                nps: {promoters: 2, passives: 4, detractors: 4}
                -- content/metrics/2026-Q3.yaml --
                period: 2026-Q3
                nps: {score: 55, responses: 1000}
                """);
        Snapshot q3 = get(metrics, "2026-Q3", Optional.empty());
        assertFalse(q3.rolledUp());
        assertEquals(55.0, q3.nps().orElseThrow().score(), "the file's own figure, not the months' +10");
        Snapshot year = get(metrics, "2026", Optional.empty());
        assertTrue(year.rolledUp());
        assertEquals(20, year.nps().orElseThrow().responses(), "made of the two months, not of the quarter");
        assertEquals(2, year.months());
    }

    @Test
    void aQuarterOfTwoMonthsIsPartialAndSaysWhereItCameFrom() throws IOException {
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                csat: 0.8
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                csat: 0.9
                ces: 3
                """);
        Snapshot q3 = get(metrics, "2026-Q3", Optional.empty());
        assertTrue(q3.partial());
        assertEquals(2, q3.months());
        assertEquals(0.85, q3.csat().getAsDouble(), 1e-9, "the mean of the months that have it");
        assertEquals(OptionalDouble.of(3), q3.ces(), "one month's CES is the quarter's");
        assertEquals("rolled up from 2 months: content/metrics/2026-07.yaml, content/metrics/2026-09.yaml",
                q3.source());
        assertEquals(Optional.empty(), q3.nps(), "no month has an NPS, so neither has the quarter");
    }

    @Test
    void customerLifetimeValueIsAveragedOnlyInOneCurrency() throws IOException {
        Metrics metrics = load("""
                -- content/metrics/2026-01.yaml --
                period: 2026-01
                clv: {amount: 100, currency: SEK}
                -- content/metrics/2026-02.yaml --
                period: 2026-02
                clv: {amount: 200, currency: SEK}
                -- content/metrics/2026-04.yaml --
                period: 2026-04
                clv: {amount: 30, currency: EUR}
                """);
        assertEquals(Optional.of(new Snapshot.Money(150, "SEK")), get(metrics, "2026-Q1", Optional.empty()).clv());
        assertEquals(Optional.empty(), get(metrics, "2026", Optional.empty()).clv(), "kronor and euros do not mix");
    }

    @Test
    void segmentsRollUpApartFromAllCustomers() throws IOException {
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                nps: {promoters: 10, passives: 0, detractors: 0}
                -- content/metrics/2026-07.business.yaml --
                period: 2026-07
                segment: business
                nps: {promoters: 0, passives: 0, detractors: 4}
                -- content/metrics/2026-08.business.yaml --
                period: 2026-08
                segment: business
                nps: {promoters: 4, passives: 0, detractors: 0}
                """);
        assertEquals(100.0, get(metrics, "2026-Q3", Optional.empty()).nps().orElseThrow().score());
        assertEquals(0.0, get(metrics, "2026-Q3", Optional.of("business")).nps().orElseThrow().score());
        assertEquals(List.of("2026", "2026-Q3", "2026-07"), metrics.periods().stream().map(Period::key).toList(),
                "August has figures for business customers only, so it is no period of all customers");
    }

    @Test
    void latestIsTheNewestMonthAndRangesKeepWholePeriods() throws IOException {
        Metrics metrics = load("""
                -- content/metrics/2026-05.yaml --
                period: 2026-05
                csat: 0.8
                -- content/metrics/2026-06.yaml --
                period: 2026-06
                csat: 0.8
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                csat: 0.8
                -- content/metrics/2026-W40.yaml --
                period: 2026-W40
                csat: 0.8
                """);
        assertEquals(Optional.of(Period.month(2026, 7)), metrics.latest(), "a newer week does not make it");
        assertEquals(List.of("2026-06", "2026-07"), metrics.range(Period.Kind.MONTH, Period.parse("2026-06"),
                Optional.empty()).stream().map(Period::key).toList());
        assertEquals(List.of("2026-Q2"), metrics.range(Period.Kind.QUARTER, Optional.empty(), Period.parse("2026-08"))
                .stream().map(Period::key).toList(), "Q3 does not end by August");
    }
}
