package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's own KPIs on a built report page, in English and Swedish: cards with value, change,
 * target and benchmark, trend charts with their target and a snapshot's benchmark as a reference line.
 */
class CustomKpiPageTest {
    private static final char NBSP = '\u00a0';

    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Reports
            baseUrl: https://acme.example/cx/
            languages: [en, sv]
            audience: all
            kpis:
              purchaseFrequency:
                name: {en: Purchase frequency, sv: Köpfrekvens}
                unit: purchases
                higherIsBetter: true
                rollUp: weighted-mean
                decimals: 2
              daysBetween:
                name: {en: Time between purchases, sv: Tid mellan köp}
                unit: days
                higherIsBetter: false
                rollUp: mean
              orderValue: {name: Order value, unit: SEK, higherIsBetter: true, rollUp: max}
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/sv/_index.md --
            ---
            title: Hem
            ---
            -- content/reports/_index.md --
            ---
            title: Reports
            ---
            -- content/reports/buying.md --
            ---
            title: Buying
            ---
            ```cx-kpi purchaseFrequency daysBetween orderValue period=2026-08
            ```

            ```cx-chart purchaseFrequency-trend
            ```
            -- content/sv/reports/_index.md --
            ---
            title: Rapporter
            ---
            -- content/sv/reports/buying.md --
            ---
            title: Köp
            audience: internal
            ---
            ```cx-kpi daysBetween orderValue period=2026-08
            ```

            ```cx-chart daysBetween-trend
            ```
            -- content/metrics/2026-07.yaml --
            period: 2026-07
            nps: {promoters: 40, passives: 30, detractors: 30}
            purchaseFrequency: {value: 1.35, n: 2000}
            daysBetween: 34.5
            orderValue: 1180
            targets: {purchaseFrequency: 1.4, daysBetween: 30}
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            nps: {promoters: 45, passives: 30, detractors: 25}
            purchaseFrequency: {value: 1.42, n: 2100}
            daysBetween: 31.25
            orderValue: 12500
            benchmarks:
              purchaseFrequency: {value: 1.3, source: "Retail & Energy Panel", year: 2026}
            """;

    private TestSite build() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(List.of(), site.build().problems().stream().map(Problem::format).toList());
        return site;
    }

    @Test
    void anOwnKpiHasACardWithValueChangeTargetAndBenchmarkInEnglish() {
        String page = build().read("reports/buying/index.html");
        String frequency = card(page, "Purchase frequency");
        assertTrue(frequency.contains("<article class=\"kpi-card kpi-card--met\">"), "1.42 meets 1.40: " + frequency);
        assertTrue(frequency.contains("<p class=\"kpi-card__value\">1.42</p>"), frequency);
        assertTrue(frequency.contains("kpi-card__change--better\"><span aria-hidden=\"true\">▲</span> +0.07 vs Jul"
                + " 2026</p>"), frequency);
        assertTrue(frequency.contains("<p class=\"kpi-card__target\">Target 1.40 · met</p>"), frequency);
        assertTrue(frequency.contains("<p class=\"kpi-card__benchmark\">Benchmark 1.30 · Retail &amp; Energy"
                + " Panel 2026</p>"), "the snapshot's benchmark, escaped: " + frequency);
        assertTrue(frequency.contains("<svg"), "a sparkline");
        String days = card(page, "Time between purchases");
        assertTrue(days.contains("<article class=\"kpi-card kpi-card--missed\">"), "lower is better: 31.3 misses 30");
        assertTrue(days.contains("<p class=\"kpi-card__value\">31.3 days</p>"), days);
        assertTrue(days.contains("kpi-card__change--better\"><span aria-hidden=\"true\">▼</span> −3.3 days vs Jul 2026</p>"),
                "a fall is better news when lower is better: " + days);
        assertTrue(days.contains("Target 30.0 days · not met"), days);
        String money = card(page, "Order value");
        assertTrue(money.contains("<p class=\"kpi-card__value\">12,500 SEK</p>"), money);
        assertTrue(money.contains("+11,320 SEK vs Jul 2026"), money);
    }

    @Test
    void aSwedishPageNamesAndWritesOwnKpisTheSwedishWay() {
        String page = build().read("sv/reports/buying/index.html");
        String days = card(page, "Tid mellan köp");
        assertTrue(days.contains("<p class=\"kpi-card__value\">31,3 dagar</p>"), days);
        assertTrue(days.contains("−3,3 dagar"), days);
        assertTrue(days.contains("30,0 dagar"), days);
        assertTrue(card(page, "Order value").contains("<p class=\"kpi-card__value\">12" + NBSP + "500 SEK</p>"),
                "a plain name serves every language; digits grouped with a no-break space");
        String chart = chart(page, "daysBetween-trend");
        assertTrue(chart.contains("Tid mellan köp (dagar), July 2026 to August 2026</title>"), chart);
        assertTrue(chart.contains(">31,3<") || chart.contains(">31,3 <") || chart.contains("31,3</text>"),
                "the last value labelled in Swedish: " + chart);
    }

    @Test
    void theTrendChartShowsTheTargetAndTheSnapshotsBenchmarkAsALabelledReferenceLine() {
        String page = build().read("reports/buying/index.html");
        String chart = chart(page, "purchaseFrequency-trend");
        assertTrue(chart.contains("Purchase frequency (purchases), July 2026 to August 2026</title>"), chart);
        assertTrue(chart.contains("class=\"cx-target\""), "the target as a dashed line: " + chart);
        assertTrue(chart.contains("<line class=\"cx-reference\""), chart);
        assertTrue(chart.contains("<title>Benchmark 1.30 (Retail &amp; Energy Panel, 2026)</title>"), chart);
        assertTrue(chart.contains(">Benchmark 1.30</text>"), "labelled beside its line or in the legend");
        assertTrue(chart.contains("quarters and years are the mean of their months weighted by each month&#39;s n"),
                "the description says how it rolls up: " + chart);
        assertTrue(page.contains("<th scope=\"col\">Benchmark (Retail &amp; Energy Panel, 2026)</th>"),
                "a column in the data table");
    }

    @Test
    void aBlockNamingAnOwnKpiOrItsTrendWronglyIsAnErrorWithTheNearestName() {
        TestSite site = TestSite.write(dir, SITE.replace("```cx-chart purchaseFrequency-trend",
                "```cx-chart purchaseFrequncy-trend").replace("```cx-kpi purchaseFrequency daysBetween orderValue",
                "```cx-kpi purchaseFrequency daysBetwen"));
        List<String> errors = site.build().problems().stream().filter(Problem::isError).map(Problem::format).toList();
        assertEquals(List.of("content/reports/buying.md:4:1: error: unknown KPI 'daysBetwen' (did you mean 'daysBetween'?);"
                + " cx-kpi takes nps, csat, ces, firstResponseTime, resolutionTime, retentionRate, churnRate, contacts,"
                + " clv, purchaseFrequency, daysBetween, orderValue",
                "content/reports/buying.md:7:1: error: cx-chart takes one chart name, found 'purchaseFrequncy-trend' (did"
                + " you mean 'purchaseFrequency-trend'?); charts: nps-trend, nps-groups, nps-by-channel,"
                + " nps-by-segment, contacts-by-channel, first-response-time, csat-trend, ces-trend,"
                + " purchaseFrequency-trend, daysBetween-trend, orderValue-trend"), errors);
    }

    @Test
    void aSnapshotsBenchmarkForABuiltInKpiTakesOverFromSiteYamlOnCardAndChart() {
        TestSite site = TestSite.write(dir, SITE.replace("audience: all\n", "audience: all\nbenchmarks:\n"
                + "  nps: {value: 12, source: \"Nordic CX Index\", year: 2025}\n")
                .replace("```cx-kpi purchaseFrequency", "```cx-kpi nps purchaseFrequency")
                .replace("```cx-chart purchaseFrequency-trend", "```cx-chart nps-trend")
                .replace("benchmarks:\n  purchaseFrequency:", "benchmarks:\n  nps: {value: 15, source: \"Snapshot"
                        + " Index\", year: 2026}\n  purchaseFrequency:"));
        assertEquals(List.of(), site.build().problems().stream().map(Problem::format).toList());
        String page = site.read("reports/buying/index.html");
        assertTrue(card(page, "NPS").contains("<p class=\"kpi-card__benchmark\">Benchmark +15.0 · Snapshot Index"
                + " 2026</p>"), "August's own benchmark over site.yaml's");
        String chart = chart(page, "nps-trend");
        assertTrue(chart.contains("<title>Benchmark +15.0 (Snapshot Index, 2026)</title>"), chart);
        assertTrue(!chart.contains("Nordic CX Index"), "one line: the benchmark in effect at the last period shown");
    }

    @Test
    void aChangeOfAnOwnShareIsTestedAndSaidInTheSameWordsAsTheBuiltInOnes() {
        TestSite site = TestSite.write(dir, """
                -- site.yaml --
                title: Reports
                baseUrl: https://acme.example/cx/
                audience: all
                kpis:
                  repeatRate: {name: Repeat rate, unit: percent, higherIsBetter: true, rollUp: mean}
                  returnRate: {name: Return rate, unit: percent, higherIsBetter: false, rollUp: mean}
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/reports/_index.md --
                ---
                title: Reports
                ---
                ```cx-kpi repeatRate returnRate period=2026-08
                ```
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                repeatRate: {value: 0.40, n: 2000}
                returnRate: {value: 0.040, n: 2000}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                repeatRate: {value: 0.45, n: 2000}
                returnRate: {value: 0.042, n: 2000}
                """);
        assertEquals(List.of(), site.build().problems().stream().map(Problem::format).toList());
        String page = site.read("reports/index.html");
        // Two proportions: pooled 0.425, standard error sqrt(0.425 x 0.575 x 2 / 2000) = 0.0156, z = 3.2
        String repeat = card(page, "Repeat rate");
        assertTrue(repeat.contains("<p class=\"kpi-card__value\">45.0 %</p>"), repeat);
        assertTrue(repeat.contains("kpi-card__change--better\"><span aria-hidden=\"true\">▲</span> +5.0 pp vs Jul 2026,"
                + " <span class=\"kpi-card__verdict kpi-card__verdict--likely-real\">likely real</span>"), repeat);
        // 0.040 to 0.042: z = 0.32, well within noise, so the rise is not coloured as worse
        String returns = card(page, "Return rate");
        assertTrue(returns.contains("kpi-card__change--neutral\"><span aria-hidden=\"true\">▲</span> +0.2 pp vs Jul"
                + " 2026, <span class=\"kpi-card__verdict kpi-card__verdict--within-noise\">within noise</span>"), returns);
    }

    /** The card whose name is {@code name}. */
    private static String card(String page, String name) {
        Matcher m = Pattern.compile("<article class=\"kpi-card[^\"]*\">\\s*<h[23] class=\"kpi-card__name\">"
                + Pattern.quote(name) + "</h[23]>.*?</article>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "a card for " + name);
        return m.group();
    }

    private static String chart(String page, String name) {
        Matcher svg = Pattern.compile("<svg[^>]*id=\"" + name + "-[^\"]*\".*?</svg>", Pattern.DOTALL).matcher(page);
        assertTrue(svg.find(), name + " is drawn");
        return svg.group();
    }
}
