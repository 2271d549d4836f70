package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code kpis:}: the site's own KPIs, each mistake an error at its line and column. */
class CustomKpiConfigTest {
    private static final String UNITS = "; a unit is count, percent, days, hours, minutes, seconds, a currency code"
            + " such as SEK, or a word such as purchases";
    private static final String RULES = "; a KPI rolls up from months as one of mean, sum, last, weighted-mean, min,"
            + " max";

    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://x.example/\nlanguages: [en, sv, nb]\n" + yaml);
        return ConfigLoader.load(dir, problems);
    }

    @Test
    void aKpiIsReadWithItsNamesUnitDirectionRuleAndDecimals() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                kpis:
                  purchaseFrequency:
                    name: {en: Purchase frequency, sv: Köpfrekvens, nb: Kjøpsfrekvens}
                    unit: purchases
                    higherIsBetter: true
                    rollUp: weighted-mean
                    decimals: 2
                  daysBetweenPurchases: {name: Time between purchases, unit: days, higherIsBetter: false, rollUp: mean}
                  orderValue: {name: Order value, unit: SEK, higherIsBetter: true, rollUp: max}
                """, problems);
        assertEquals(List.of(), problems.sorted());
        CustomKpi frequency = config.kpis().get("purchaseFrequency");
        assertEquals(new CustomKpi("purchaseFrequency", Map.of("", "Purchase frequency", "en", "Purchase frequency",
                "sv", "Köpfrekvens", "nb", "Kjøpsfrekvens"), "purchases", CustomKpi.Measure.OTHER, true,
                CustomKpi.Rule.WEIGHTED_MEAN, 2), frequency);
        assertEquals("Köpfrekvens", frequency.name("sv"));
        CustomKpi days = config.kpis().get("daysBetweenPurchases");
        assertEquals("Time between purchases", days.name("nb"), "a plain name serves every language");
        assertEquals(CustomKpi.Measure.DAYS, days.measure());
        assertEquals(1, days.decimals(), "one decimal unless told");
        assertEquals(CustomKpi.Measure.CURRENCY, config.kpis().get("orderValue").measure());
        assertEquals(0, config.kpis().get("orderValue").decimals(), "money in whole units unless told");
        assertEquals(List.of("purchaseFrequency", "daysBetweenPurchases", "orderValue"),
                List.copyOf(config.kpis().keySet()), "in the order declared");
    }

    @Test
    void everyMistakeIsAnErrorAtItsLineAndColumn() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                kpis:
                  csat: {name: Mine, unit: percent, higherIsBetter: true, rollUp: mean}
                  a: {name: A, unit: percentage, higherIsBetter: true, rollUp: avg}
                  b: {name: B, unit: sek, higherIsBetter: yes, rollUp: sum, decimals: 9}
                  c: {name: {en: C, de: C}, unit: "%", higherIsBetter: false, rollUp: weighted-man}
                  d: {name: {sv: D}, unit: XYZ, higherIsBetter: false, rollUp: last, colour: red}
                  e: {unit: hour, rollUp: min}
                  Bad-Key: {name: X, unit: count, higherIsBetter: true, rollUp: sum}
                  ok: {name: OK, unit: count, higherIsBetter: true, rollUp: sum}
                """, problems);
        assertEquals(List.of(
                "site.yaml:5:3: error: 'csat' is already a built-in KPI or a snapshot key (nps, csat, ces,"
                        + " firstResponseTime, resolutionTime, retentionRate, churnRate, contacts, clv, period, segment,"
                        + " targets, benchmarks); give your KPI another key",
                "site.yaml:6:22: error: unknown unit 'percentage' (did you mean 'percent'?)" + UNITS,
                "site.yaml:6:64: error: unknown rollUp 'avg'" + RULES,
                "site.yaml:7:22: error: unknown unit 'sek' (did you mean 'SEK'? currency codes are written in capitals)" + UNITS,
                "site.yaml:7:43: error: 'higherIsBetter' is true (a rise is good news) or false (a fall is), found yes",
                "site.yaml:7:71: error: 'decimals' is a whole number from 0 to 6, found 9",
                "site.yaml:8:21: error: KPI 'c' has a name for 'de', which is not one of the site's languages (en, sv, nb)",
                "site.yaml:8:35: error: unknown unit '%' (did you mean 'percent'? shares are written 0.84 for 84 %)" + UNITS,
                "site.yaml:8:71: error: unknown rollUp 'weighted-man' (did you mean 'weighted-mean'?)" + RULES,
                "site.yaml:9:13: error: KPI 'd' needs a name in the site's language 'en', shown where no other"
                        + " language's fits",
                "site.yaml:9:28: error: unknown currency code 'XYZ', not an ISO 4217 code such as SEK, NOK or EUR" + UNITS,
                "site.yaml:9:70: error: unknown key 'colour' in KPI 'd'; known keys: name, unit, higherIsBetter, rollUp,"
                        + " decimals",
                "site.yaml:10:3: error: KPI 'e' needs 'higherIsBetter:' (true or false)",
                "site.yaml:10:3: error: KPI 'e' needs a 'name:', one text or one per language such as {en: Purchase"
                        + " frequency, sv: Köpfrekvens}",
                "site.yaml:10:13: error: unknown unit 'hour' (did you mean 'hours'?)" + UNITS,
                "site.yaml:11:3: error: KPI key 'Bad-Key' must start with a lower-case letter and go on with letters"
                        + " and digits, such as purchaseFrequency"),
                problems.sorted().stream().map(Problem::format).toList());
        assertEquals(List.of("ok"), List.copyOf(config.kpis().keySet()), "a KPI with a mistake is left out");
    }

    @Test
    void aBenchmarkInSiteYamlMayBeForAnOwnKpiInItsUnit() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                kpis:
                  repeatRate: {name: Repeat rate, unit: percent, higherIsBetter: true, rollUp: mean}
                benchmarks:
                  repeatRate: {value: 0.4, source: Panel, year: 2026}
                  repeatRat: {value: 0.4, source: Panel, year: 2026}
                """, problems);
        assertEquals(Map.of("repeatRate", new Benchmark(0.4, "Panel", 2026)), config.benchmarks());
        assertEquals(List.of("site.yaml:8:3: error: unknown KPI 'repeatRat' in benchmarks (did you mean 'repeatRate'?);"
                + " a benchmark is for one of nps, csat, ces, retentionRate, churnRate, repeatRate"),
                problems.sorted().stream().map(Problem::format).toList());
        Problems more = new Problems();
        load("""
                kpis:
                  repeatRate: {name: Repeat rate, unit: percent, higherIsBetter: true, rollUp: mean}
                benchmarks:
                  repeatRate: {value: 40, source: Panel, year: 2026}
                """, more);
        assertEquals(List.of("site.yaml:7:23: error: 'value' of the repeatRate benchmark is a share from 0 to 1 (0.84"
                + " for 84 %), found 40"), more.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void theKeysRefusedAreTheBuiltInKpisAndASnapshotsOwnKeys() {
        List<String> expected = new java.util.ArrayList<>(java.util.Arrays.stream(io.cxsite.metrics.Kpi.values())
                .map(io.cxsite.metrics.Kpi::key).toList());
        expected.addAll(List.of("period", "segment", "targets", "benchmarks"));
        assertEquals(expected, CustomKpiRules.TAKEN, "a new built-in KPI must be refused as an own KPI's key too");
    }
}
