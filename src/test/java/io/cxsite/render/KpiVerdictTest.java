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
}
