package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildResult;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import io.cxsite.metrics.MetricsTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx-kpi and cx-chart blocks on report pages: cards, figures, chart files, period pages and their errors. */
class ReportPagesTest {
    @TempDir
    Path dir;

    private static final String REPORTS = """
            -- site.yaml --
            title: Reports
            baseUrl: https://acme.example/cx/
            audience: all
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/reports/_index.md --
            ---
            title: Reports
            audience: internal
            ---
            -- content/reports/q3.md --
            ---
            title: Q3
            ---
            ```cx-kpi nps churnRate firstResponseTime period=2026-09
            ```

            ```cx-chart nps-trend
            NPS stayed above target.
            ```
            """ + MetricsTest.QUARTER;

    private static List<String> errors(BuildResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void kpiCardsAndChartsRenderFromTheSnapshots() {
        TestSite site = TestSite.write(dir, REPORTS);
        assertEquals(List.of(), errors(site.build()));
        String page = site.read("reports/q3/index.html");
        // September: (150 - 50) / 300 = +33.3, margin 1.96 * 100 * sqrt((0.5 + 0.1667 - 0.1111) / 300) = 8.4
        assertTrue(page.contains("<p class=\"kpi-card__value\">+33.3</p>"), page);
        assertTrue(page.contains("±8.4 · 300 responses"), page);
        // August was 100/50/50 = +25.0 (margin 10.7): +8.3 is within the combined margin of 13.6
        assertTrue(page.contains("+8.3 vs Aug 2026, <span class=\"kpi-card__verdict kpi-card__verdict--within-noise\">within noise</span>"), page);
        assertTrue(page.contains("Target +30.0 · met"), page);
        assertTrue(page.contains("<p class=\"kpi-card__value\">1.0 %</p>"), "churn as a percentage");
        // No heading comes before the cards, so their names sit right below the page's h1.
        assertTrue(page.contains("First response time</h2>\n<p class=\"kpi-card__value\">no data</p>"),
                "September has no response times, and July's are not passed off as September's");
        assertTrue(site.read("reports/periods/2026-07/index.html").contains("kpi-card__channel\">phone</span> 4 min"));
        Matcher figure = Pattern.compile("<svg[^>]* id=\"(nps-trend-[0-9a-f]{10})\"").matcher(page);
        assertTrue(figure.find(), page);
        String id = figure.group(1);
        assertTrue(page.contains("<title id=\"" + id + "-title\">"), page);
        assertTrue(page.contains("<strong>NPS, July 2026 to September 2026</strong> NPS stayed above target."), page);
        assertTrue(page.contains("<details class=\"cx-figure__data\"><summary>Data table</summary>"), page);
        assertTrue(page.contains("href=\"/cx/charts/" + id + ".csv\""), page);
        assertTrue(site.read("charts/" + id + ".csv").contains("33.3"), "the CSV holds the values");
        assertTrue(site.read("charts/" + id + ".svg").startsWith("<?xml"), "a standalone SVG file");
        assertTrue(page.contains("<a href=\"/cx/charts/" + id + ".png\" download>PNG</a>"), page);
        assertTrue(site.exists("charts/" + id + ".png"), "the PNG the figure links to");
        assertTrue(site.read("data/metrics.json").contains("\"period\" : \"2026-Q3\""));
        assertTrue(site.exists("reports/periods/2026-09/index.html"), "one page per period");
        assertTrue(site.read("reports/periods/2026-Q3/index.html").contains("rolled up from 3 months"));
    }

    @Test
    void everyChartParsesAndCarriesItsValuesAndTextAlternatives() throws Exception {
        StringBuilder page = new StringBuilder("-- content/reports/all.md --\n---\ntitle: All\n---\n");
        for (String chart : io.cxsite.metrics.KpiChart.keys()) {
            page.append("```cx-chart ").append(chart).append("\n```\n\n");
        }
        TestSite site = TestSite.write(dir, REPORTS + page);
        assertEquals(List.of(), errors(site.build()));
        String html = site.read("reports/all/index.html");
        Matcher ids = Pattern.compile("<svg[^>]* id=\"([a-z-]+)-[0-9a-f]{10}\"").matcher(html);
        List<String> drawn = new java.util.ArrayList<>();
        while (ids.find()) {
            drawn.add(ids.group(1));
        }
        assertEquals(io.cxsite.metrics.KpiChart.keys(), drawn);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String file : TestSite.snapshot(site.output()).keySet()) {
            if (file.startsWith("charts/") && file.endsWith(".svg")) {
                org.w3c.dom.Document svg = factory.newDocumentBuilder()
                        .parse(site.output().resolve(file).toFile());
                assertFalse(svg.getElementsByTagName("title").item(0).getTextContent().isBlank(), file);
                assertFalse(svg.getElementsByTagName("desc").item(0).getTextContent().isBlank(), file);
                // Its PNG for slides: twice the SVG's viewBox, which is "0 0 width height".
                String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
                java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(
                        site.output().resolve(file.replace(".svg", ".png")).toFile());
                assertEquals(2 * Math.ceil(Double.parseDouble(box[2])), png.getWidth(), file);
                assertEquals(2 * Math.ceil(Double.parseDouble(box[3])), png.getHeight(), file);
            }
        }
        // Values as hand-computed from the snapshots, in the charts' tooltips and tables:
        assertTrue(html.contains("<title>NPS, Sep 2026: +33.3</title>"), "September NPS (150 - 50) / 300");
        assertTrue(html.contains("<title>Promoters, Sep 2026: 50 %</title>"), "September promoters 150 of 300");
        assertTrue(html.contains("<title>Sep 2026: +12.5</title>"), "the business segment's score");
        assertTrue(html.contains("<title>phone, Sep 2026: 80</title>"), "September phone contacts");
        assertTrue(html.contains("<title>Median, phone: 6 min</title>"), "August, the newest month with response times");
        assertTrue(html.contains("<title>Target, phone: 5 min</title>"), "the default expectation for phone");
    }

    @Test
    void aSwedishPageWritesNumbersAndMonthsTheSwedishWay() {
        TestSite site = TestSite.write(dir, REPORTS.replace("baseUrl: https://acme.example/cx/\n",
                "baseUrl: https://acme.example/cx/\nlanguages: [en, sv]\n") + """
                -- content/sv/reports/q3-sv.md --
                ---
                title: Q3 på svenska
                audience: internal
                ---
                ```cx-kpi nps churnRate period=2026-09
                ```

                ```cx-chart nps-trend
                ```
                """);
        assertEquals(List.of(), errors(site.build()));
        String page = site.read("sv/reports/q3-sv/index.html");
        assertTrue(page.contains("<p class=\"kpi-card__value\">+33,3</p>"), "a decimal comma on the card");
        assertTrue(page.contains("±8,4 · 300 svar"), page);
        assertTrue(page.contains("<p class=\"kpi-card__value\">1,0 %</p>"), "churn as a Swedish percentage");
        assertTrue(page.contains("<title>NPS, sep. 2026: +33,3</title>"), "the chart's months and values in Swedish");
        assertTrue(site.read("reports/q3/index.html").contains("<title>NPS, Sep 2026: +33.3</title>"),
                "English stays English");
    }

    @Test
    void aPublicBuildCarriesNoReportChartOrData() {
        TestSite site = TestSite.write(dir, REPORTS);
        assertEquals(List.of(), errors(site.build(AudienceScope.PUBLIC)));
        Map<String, byte[]> files = TestSite.snapshot(site.output());
        assertTrue(files.keySet().stream().noneMatch(p -> p.startsWith("reports/") || p.startsWith("charts/")
                || p.startsWith("data/") || p.startsWith("metrics/")), files.keySet().toString());
        assertFalse(new String(files.get("search-index.json")).contains("reports"));
    }

    @Test
    void withoutAReportsIndexTheDashboardIsGeneratedAndReportsAreInternalByDefault() {
        TestSite site = TestSite.write(dir, """
                -- site.yaml --
                title: Dashboard
                baseUrl: https://acme.example/
                audience: all
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/reports/notes.md --
                ---
                title: Notes
                ---
                No audience anywhere: reports are internal all the same.
                """ + MetricsTest.QUARTER);
        assertEquals(List.of(), errors(site.build()));
        String dashboard = site.read("reports/index.html");
        assertTrue(dashboard.contains("<h1>CX reports</h1>"), dashboard);
        assertTrue(dashboard.contains("<p class=\"kpi-card__value\">+33.3</p>"), "the latest month's NPS");
        assertTrue(dashboard.contains("id=\"nps-trend-"), "the standard charts");
        assertTrue(site.read("reports/notes/index.html").contains("Internal"), "marked internal");
        assertEquals(List.of(), errors(site.build(AudienceScope.PUBLIC)));
        assertFalse(site.exists("reports/notes/index.html"), "internal by default");
        assertFalse(site.exists("reports/index.html"));
    }

    @Test
    void chartsAreByteIdenticalFromBuildToBuild() {
        TestSite site = TestSite.write(dir, REPORTS);
        site.build();
        Map<String, byte[]> first = TestSite.snapshot(site.output());
        site.build();
        Map<String, byte[]> second = TestSite.snapshot(site.output());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void aRebuildRedrawsOnlyTheChartsWhoseDataChanged() throws Exception {
        TestSite site = TestSite.write(dir, REPORTS);
        site.build();
        long before = ReportHtml.DRAWN.drawn();
        site.build();
        assertEquals(before, ReportHtml.DRAWN.drawn(), "nothing changed, nothing drawn");
        java.nio.file.Files.writeString(dir.resolve("content/metrics/2026-09.yaml"), java.nio.file.Files
                .readString(dir.resolve("content/metrics/2026-09.yaml")).replace("promoters: 150", "promoters: 160"));
        site.build();
        long redrawn = ReportHtml.DRAWN.drawn() - before;
        assertTrue(redrawn > 0 && redrawn < 8, "only the charts that show September's NPS: " + redrawn);
    }

    @Test
    void mistakesInBlocksAreErrorsAtTheirLine() {
        TestSite site = TestSite.write(dir, REPORTS + """
                -- content/reports/bad.md --
                ---
                title: Bad
                ---
                ```cx-chart nps-trnd
                ```
                ```cx-kpi nps period=2027-01 colour=red
                ```
                ```cx-chart csat-trend from=2026-09 to=2026-07 segment=vip
                ```
                -- content/help/leak.md --
                ---
                title: Leak
                ---
                ```cx-kpi nps
                ```
                """);
        assertEquals(List.of(
                "content/help/leak.md:4:1: error: cx-kpi shows figures from content/metrics/, which are internal;"
                        + " put it on a page under reports/ or mark the page 'audience: internal'",
                "content/reports/bad.md:4:1: error: cx-chart takes one chart name, found 'nps-trnd' (did you mean"
                        + " 'nps-trend'?); charts: nps-trend, nps-groups, nps-by-channel, nps-by-segment,"
                        + " contacts-by-channel, first-response-time, csat-trend, ces-trend",
                "content/reports/bad.md:6:1: error: no figures for 2027-01; content/metrics/ covers 2026 to 2026-09",
                "content/reports/bad.md:6:1: error: unknown option 'colour'; cx-kpi takes period=, segment=",
                "content/reports/bad.md:8:1: error: 'from=2026-09' is after 'to=2026-07'",
                "content/reports/bad.md:8:1: error: no segment 'vip' in content/metrics/; segments there: business"),
                errors(site.build()));
    }

    @Test
    void blockHeadingsFollowThePagesOutline() {
        TestSite site = TestSite.write(dir, REPORTS.replace("""
                ```cx-chart nps-trend""", """
                ## The quarter in figures

                ```cx-kpi nps period=2026-09
                ```

                #### Deep down

                ```cx-kpi csat period=2026-09
                ```

                ```cx-chart nps-trend"""));
        assertEquals(List.of(), errors(site.build()));
        String page = site.read("reports/q3/index.html");
        List<String> levels = Pattern.compile("<(h[1-6])[ >]").matcher(page.substring(page.indexOf("<main")))
                .results().map(m -> m.group(1)).toList();
        // h1 title; the first cards before any heading: h2; under "## The quarter": h3; under "####": h5.
        assertEquals(List.of("h1", "h2", "h2", "h2", "h2", "h3", "h4", "h5"), levels, page);
        assertEquals("<section><h6>a</h6><h6>b</h6></section>", BlockOutline.nest("<section><h3>a</h3><h5>b</h5></section>", 6),
                "never past h6");
        assertEquals("<p>&lt;h3&gt;</p>", BlockOutline.nest("<p>&lt;h3&gt;</p>", 2), "escaped text is not a heading");
    }
}
