package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a KPI card says of a change: likely real, within noise or too few answers, in the page's language. */
class KpiVerdictTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Reports
            baseUrl: https://acme.example/cx/
            languages: [en, sv]
            audience: all
            statistics: {confidence: %d}
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
            -- content/reports/csat.md --
            ---
            title: CSAT
            ---
            ```cx-kpi csat ces firstResponseTime period=2026-08
            ```
            -- content/sv/reports/_index.md --
            ---
            title: Rapporter
            ---
            -- content/sv/reports/csat.md --
            ---
            title: CSAT
            audience: internal
            ---
            ```cx-kpi csat ces period=2026-08
            ```
            -- content/metrics/2026-07.yaml --
            period: 2026-07
            csat: {value: 0.80, n: 500}
            ces: {value: 5.2, n: 20, sd: 1.4}
            firstResponseTime:
              email: {value: 2h, n: 100, sd: 1h}
              chat: {value: 2m, n: 100, sd: 1m}
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            csat: {value: 0.85, n: 500}
            ces: {value: 5.4, n: 350, sd: 1.2}
            firstResponseTime:
              email: {value: 1h, n: 300, sd: 30m}
              chat: {value: 110s, n: 100, sd: 1m}
            """;

    private TestSite build(int confidence) {
        TestSite site = TestSite.write(dir, SITE.formatted(confidence));
        assertEquals(List.of(), site.build().problems().stream().filter(Problem::isError).map(Problem::format).toList());
        return site;
    }

    @Test
    void eachChangeSaysWhatItsTestFound() {
        TestSite site = build(95);
        String page = site.read("reports/csat/index.html");
        // CSAT 80 % -> 85 % of 500 each: z = 2.08 > 1.96 (SignificanceTest).
        assertTrue(page.contains("+5.0 pp vs Jul 2026, <span class=\"kpi-card__verdict kpi-card__verdict--likely-real\">"
                + "likely real</span>"), page);
        // CES had 20 answers in July, under the 30 a test needs.
        assertTrue(page.contains("+0.2 vs Jul 2026, <span class=\"kpi-card__verdict kpi-card__verdict--too-few\">"
                + "too few answers to tell</span>"), page);
        // E-mail 2 h -> 1 h: t = -9.6; chat 2 min -> 110 s: t = -10 / sqrt(3600 / 100 * 2) = -1.18, noise.
        assertTrue(page.contains("kpi-card__verdict--likely-real\">−1 h, likely real</span>"), page);
        assertTrue(page.contains("kpi-card__verdict--within-noise\">−10 s, within noise</span>"), page);
        String sv = site.read("sv/reports/csat/index.html");
        assertTrue(sv.contains(">troligen verklig</span>"), sv);
        assertTrue(sv.contains(">för få svar för att avgöra</span>"), sv);
    }

    @Test
    void aStricterLevelTurnsTheSameChangeIntoNoise() {
        String page = build(99).read("reports/csat/index.html");
        // z = 2.08 < 2.5758 at 99 %.
        assertTrue(page.contains("+5.0 pp vs Jul 2026, <span class=\"kpi-card__verdict kpi-card__verdict--within-noise\">"
                + "within noise</span>"), page);
    }

    @Test
    void theNpsBandIsDrawnAtTheSitesConfidenceLevel() {
        String site = """
                -- site.yaml --
                title: Reports
                baseUrl: https://acme.example/cx/
                audience: all
                statistics: {confidence: 99}
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/reports/_index.md --
                ---
                title: Reports
                ---
                -- content/reports/nps.md --
                ---
                title: NPS
                ---
                ```cx-chart nps-trend
                ```
                -- content/metrics/2026-07.yaml --
                period: 2026-07
                nps: {promoters: 50, passives: 30, detractors: 20}
                -- content/metrics/2026-08.yaml --
                period: 2026-08
                nps: {promoters: 50, passives: 30, detractors: 20}
                """;
        TestSite built = TestSite.write(dir, site);
        assertEquals(List.of(), built.build().problems().stream().filter(Problem::isError).map(Problem::format).toList());
        String page = built.read("reports/nps/index.html");
        // p = 0.5, d = 0.2, n = 100: 100 * sqrt((0.7 - 0.09) / 100) = 7.81; at 99 % z = 2.5758 gives
        // ±20.1 around +30.0, so the band runs from 9.9 to 50.1 (at 95 % it would be 14.7 to 45.3).
        assertTrue(page.contains("99 % margin of error") && !page.contains("95 % margin of error"), page);
        assertTrue(page.contains("50.1") && page.contains("9.9") && !page.contains("45.3"), page);
    }
}
