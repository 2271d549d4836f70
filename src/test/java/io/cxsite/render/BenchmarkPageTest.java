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

/** site.yaml's industry benchmark on a report page: named on the KPI card, a reference line on the trend. */
class BenchmarkPageTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Reports
            baseUrl: https://acme.example/cx/
            languages: [en, sv]
            audience: all
            benchmarks:
              nps: {value: 12, source: "Nordic CX Index", year: 2026}
              csat: {value: 0.82, source: "Retail & Energy Panel", year: 2025}
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
            -- content/reports/nps.md --
            ---
            title: NPS
            ---
            ```cx-kpi nps csat ces period=2026-08
            ```

            ```cx-chart nps-trend
            ```
            -- content/sv/reports/_index.md --
            ---
            title: Rapporter
            ---
            -- content/sv/reports/nps.md --
            ---
            title: NPS
            audience: internal
            ---
            ```cx-kpi nps csat period=2026-08
            ```
            -- content/metrics/2026-07.yaml --
            period: 2026-07
            nps: {promoters: 40, passives: 30, detractors: 30}
            csat: 0.80
            ces: 5.2
            targets: {nps: 20}
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            nps: {promoters: 45, passives: 30, detractors: 25}
            csat: 0.85
            ces: 5.4
            targets: {nps: 20}
            """;

    private TestSite build() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(List.of(), site.build().problems().stream().filter(Problem::isError).map(Problem::format).toList());
        return site;
    }

    @Test
    void theCardNamesTheBenchmarkWithItsSourceAndYear() {
        TestSite site = build();
        String page = site.read("reports/nps/index.html");
        assertTrue(page.contains("<p class=\"kpi-card__benchmark\">Benchmark +12.0 · Nordic CX Index 2026</p>"), page);
        assertTrue(page.contains("<p class=\"kpi-card__benchmark\">Benchmark 82.0 % · Retail &amp; Energy Panel 2025</p>"),
                "a share reads as per cent, and the source is escaped");
        assertEquals(2, count(page, "kpi-card__benchmark"), "CES has no benchmark, so its card names none");
        String sv = site.read("sv/reports/nps/index.html");
        assertTrue(sv.contains("Branschjämförelse +12,0 · Nordic CX Index 2026"), "Swedish words and numbers");
    }

    @Test
    void theTrendDrawsTheBenchmarkAsALabelledLineAndItsTableHasAColumn() {
        String page = build().read("reports/nps/index.html");
        Matcher svg = Pattern.compile("<svg[^>]*id=\"nps-trend-[^\"]*\".*?</svg>", Pattern.DOTALL).matcher(page);
        assertTrue(svg.find(), "the NPS trend is drawn");
        String chart = svg.group();
        assertTrue(chart.contains("<line class=\"cx-reference\""), chart);
        assertTrue(chart.contains("<title>Benchmark +12.0 (Nordic CX Index, 2026)</title>"), chart);
        assertTrue(chart.contains(">Benchmark +12.0</text>"), "labelled beside its line or in the legend");
        assertTrue(chart.contains("Target +20.0; Benchmark +12.0 (Nordic CX Index, 2026).</desc>"), chart);
        assertTrue(page.contains("<th scope=\"col\">Benchmark (Nordic CX Index, 2026)</th>"), "a column in the data table");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
