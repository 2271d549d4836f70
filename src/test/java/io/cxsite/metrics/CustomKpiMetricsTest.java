package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.config.Benchmark;
import io.cxsite.config.CustomKpi;
import io.cxsite.config.CustomKpi.Measure;
import io.cxsite.config.CustomKpi.Rule;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's own KPIs in snapshots: read and checked, rolled up by their rule, their targets and benchmarks. */
class CustomKpiMetricsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    private static CustomKpi kpi(String key, Measure measure, Rule rule) {
        return new CustomKpi(key, Map.of("", key), measure == Measure.OTHER ? "purchases" : measure.keyword(), measure,
                true, rule, 1);
    }

    private static KpiSettings settings(Map<String, Benchmark> benchmarks, CustomKpi... kpis) {
        Map<String, CustomKpi> custom = new LinkedHashMap<>();
        Arrays.stream(kpis).forEach(k -> custom.put(k.key(), k));
        return new KpiSettings(custom, benchmarks);
    }

    private static final KpiSettings RULES = settings(Map.of(), kpi("avg", Measure.COUNT, Rule.MEAN),
            kpi("total", Measure.COUNT, Rule.SUM), kpi("latest", Measure.DAYS, Rule.LAST),
            kpi("weighted", Measure.OTHER, Rule.WEIGHTED_MEAN), kpi("low", Measure.HOURS, Rule.MIN),
            kpi("high", Measure.PERCENT, Rule.MAX));

    private Metrics load(String files, KpiSettings settings, Problems problems) throws IOException {
        TestSite.write(dir, files);
        return MetricsLoader.load(dir, TODAY, settings, problems);
    }

    private static double value(Metrics metrics, String period, String key) {
        OptionalDouble v = metrics.get(Period.parse(period).orElseThrow(), Optional.empty()).orElseThrow().value(key);
        assertTrue(v.isPresent(), key + " in " + period);
        return v.getAsDouble();
    }

    private static final String QUARTER = """
            -- content/metrics/2026-09.yaml --
            period: 2026-09
            avg: 9
            total: 35
            latest: 5
            weighted: {value: 4.0, n: 100}
            low: 2
            high: 0.2
            -- content/metrics/2026-07.yaml --
            period: 2026-07
            avg: 2
            total: 10
            latest: 7
            weighted: {value: 1.0, n: 100}
            low: 3
            high: 0.3
            targets: {total: 20, avg: 4}
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            total: 20
            latest: 3
            weighted: {value: 2.0, n: 300}
            low: 1
            high: 0.1
            """;

    @Test
    void eachRuleRollsMonthsUpToTheQuarterAndYearAsComputedByHand() throws IOException {
        Problems problems = new Problems();
        Metrics metrics = load(QUARTER, RULES, problems);
        assertEquals(List.of(), problems.sorted());
        for (String period : List.of("2026-Q3", "2026")) {
            assertEquals(5.5, value(metrics, period, "avg"), 1e-9, "(2 + 9) / 2: August has no value and is left out");
            assertEquals(65, value(metrics, period, "total"), 1e-9, "10 + 20 + 35");
            assertEquals(5, value(metrics, period, "latest"), 1e-9, "September's, the last month");
            assertEquals(2.2, value(metrics, period, "weighted"), 1e-9, "(1.0 x 100 + 2.0 x 300 + 4.0 x 100) / 500");
            assertEquals(1, value(metrics, period, "low"), 1e-9, "August's 1");
            assertEquals(0.3, value(metrics, period, "high"), 1e-9, "July's 0.3");
        }
        Snapshot q3 = metrics.get(Period.parse("2026-Q3").orElseThrow(), Optional.empty()).orElseThrow();
        assertEquals(500, q3.sample("weighted").orElseThrow().n(), "the weighted mean's n adds up");
        assertEquals(OptionalDouble.of(60), q3.target("total"), "a monthly target of a sum counts three times");
        assertEquals(OptionalDouble.of(4), q3.target("avg"), "a mean's target stays as it is");
    }

    @Test
    void snapshotMistakesAreErrorsAtTheirLineAndColumn() throws IOException {
        Problems problems = new Problems();
        KpiSettings settings = settings(Map.of(), kpi("purchaseFrequency", Measure.OTHER, Rule.WEIGHTED_MEAN),
                kpi("repeatRate", Measure.PERCENT, Rule.MEAN), kpi("daysBetween", Measure.DAYS, Rule.MEAN));
        Metrics metrics = load("""
                -- content/metrics/2026-10.yaml --
                period: 2026-10
                purchaseFrequncy: 1.4
                purchaseFrequency: 1.4
                repeatRate: 41
                daysBetween: {value: -3, n: 20}
                loyaltyPoints: 12
                targets: {repeatRat: 0.5, daysBetween: thirty}
                benchmarks:
                  daysBetween: {value: 30, source: Panel}
                """, settings, problems);
        assertEquals(List.of(
                "content/metrics/2026-10.yaml:2:1: error: unknown snapshot key 'purchaseFrequncy' (did you mean"
                        + " 'purchaseFrequency'?); known keys: period, segment, nps, csat, ces, firstResponseTime, resolutionTime,"
                        + " retentionRate, churnRate, contacts, clv, targets, benchmarks, purchaseFrequency,"
                        + " repeatRate, daysBetween",
                "content/metrics/2026-10.yaml:3:20: error: 'purchaseFrequency' rolls up as a weighted mean by n, so"
                        + " each month needs its n: write {value: 1.4, n: <answers or customers>}",
                "content/metrics/2026-10.yaml:4:13: error: 'repeatRate' must be a share from 0 to 1 (0.84 for 84 %),"
                        + " found 41",
                "content/metrics/2026-10.yaml:5:22: error: 'daysBetween' must be a number of days, 0 or more, found -3",
                "content/metrics/2026-10.yaml:6:1: error: unknown snapshot key 'loyaltyPoints'; a KPI of your own"
                        + " needs declaring under 'kpis:' in site.yaml first; known keys: period, segment, nps, csat,"
                        + " ces, firstResponseTime, resolutionTime, retentionRate, churnRate, contacts, clv, targets,"
                        + " benchmarks, purchaseFrequency, repeatRate, daysBetween",
                "content/metrics/2026-10.yaml:7:11: error: unknown target key 'repeatRat' (did you mean"
                        + " 'repeatRate'?); known keys: nps, csat, ces, firstResponseTime, resolutionTime, retentionRate, churnRate,"
                        + " contacts, clv, purchaseFrequency, repeatRate, daysBetween",
                "content/metrics/2026-10.yaml:7:40: error: expected a number of days, 0 or more, found 'thirty'",
                "content/metrics/2026-10.yaml:9:3: error: the daysBetween benchmark needs a 'year:', the year it was"
                        + " measured as four digits such as 2026"),
                problems.sorted().stream().map(Problem::format).toList());
        Snapshot october = metrics.get(Period.parse("2026-10").orElseThrow(), Optional.empty()).orElseThrow();
        assertEquals(Map.of(), october.custom(), "a wrong value is left out, not guessed");
    }

    @Test
    void aSnapshotBenchmarkAppliesFromItsPeriodOnOverSiteYaml() throws IOException {
        Benchmark site = new Benchmark(20, "Index", 2025);
        Benchmark panel = new Benchmark(1.2, "Panel", 2026);
        KpiSettings settings = settings(Map.of("nps", site), kpi("purchaseFrequency", Measure.OTHER, Rule.MEAN));
        Problems problems = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                purchaseFrequency: 1.1
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                purchaseFrequency: 1.3
                benchmarks:
                  nps: {value: 25, source: "New index", year: 2026}
                  purchaseFrequency: {value: 1.2, source: Panel, year: 2026}
                -- content/metrics/2026-09.yaml --
                period: 2026-09
                purchaseFrequency: 1.4
                """, settings, problems);
        assertEquals(List.of(), problems.sorted());
        Map<String, Benchmark> july = get(metrics, "2026-07").benchmarks();
        assertEquals(Map.of("nps", site), july, "before any snapshot names one, site.yaml's");
        Map<String, Benchmark> later = Map.of("nps", new Benchmark(25, "New index", 2026), "purchaseFrequency", panel);
        assertEquals(later, get(metrics, "2026-08").benchmarks(), "the snapshot's own over site.yaml's");
        assertEquals(later, get(metrics, "2026-09").benchmarks(), "and carried on to the months after");
        assertEquals(later, get(metrics, "2026-Q3").benchmarks(), "a quarter reads the one in effect at its end");
    }

    @Test
    void metricsJsonListsOwnKpisBesideTheBuiltInOnesWithTheirDeclarationAndBenchmarks() throws IOException {
        CustomKpi frequency = new CustomKpi("purchaseFrequency", Map.of("", "Purchase frequency", "en",
                "Purchase frequency", "sv", "Köpfrekvens"), "purchases", Measure.OTHER, true, Rule.WEIGHTED_MEAN, 2);
        Map<String, CustomKpi> custom = new LinkedHashMap<>();
        custom.put(frequency.key(), frequency);
        custom.put("daysBetween", new CustomKpi("daysBetween", Map.of("", "Days between"), "days", Measure.DAYS, false,
                Rule.MEAN, 0));
        Problems problems = new Problems();
        Metrics metrics = load("""
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                csat: 0.8
                purchaseFrequency: {value: 1.25, n: 100}
                daysBetween: 30
                targets: {daysBetween: 28}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                purchaseFrequency: {value: 1.5, n: 300}
                benchmarks:
                  purchaseFrequency: {value: 1.2, source: Panel, year: 2026}
                """, new KpiSettings(custom, Map.of()), problems);
        assertEquals(List.of(), problems.sorted());
        String json = new String(MetricsJson.write(metrics), StandardCharsets.UTF_8).replaceAll("\\s", "");
        assertTrue(json.contains("{\"period\":\"2026-07\",\"kind\":\"month\",\"rolledUp\":false,\"csat\":0.8,"
                + "\"purchaseFrequency\":1.25,\"daysBetween\":30,\"targets\":{\"daysBetween\":28}}"), json);
        assertTrue(json.contains("{\"period\":\"2026-08\",\"kind\":\"month\",\"rolledUp\":false,\"purchaseFrequency\":1.5,"
                + "\"targets\":{\"daysBetween\":28},\"benchmarks\":{\"purchaseFrequency\":{\"value\":1.2,\"source\":"
                + "\"Panel\",\"year\":2026}}}"), json);
        assertTrue(json.contains("{\"period\":\"2026-Q3\",\"kind\":\"quarter\",\"rolledUp\":true,\"csat\":0.8,"
                + "\"purchaseFrequency\":1.4375,\"daysBetween\":30,"), "(1.25 x 100 + 1.5 x 300) / 400: " + json);
        assertTrue(json.contains("\"kpis\":{\"purchaseFrequency\":{\"name\":{\"en\":\"Purchasefrequency\",\"sv\":"
                + "\"Köpfrekvens\"},\"unit\":\"purchases\",\"higherIsBetter\":true,\"rollUp\":\"weighted-mean\","
                + "\"decimals\":2},\"daysBetween\":{\"name\":\"Daysbetween\",\"unit\":\"days\",\"higherIsBetter\":false,"
                + "\"rollUp\":\"mean\",\"decimals\":0}}"), json);
    }

    private static Snapshot get(Metrics metrics, String period) {
        return metrics.get(Period.parse(period).orElseThrow(), Optional.empty()).orElseThrow();
    }
}
