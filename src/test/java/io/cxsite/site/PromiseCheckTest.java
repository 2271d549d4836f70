package io.cxsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A help centre that promises a first answer sooner than the snapshots measure is warned about at its site.yaml line. */
class PromiseCheckTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: T
            baseUrl: https://x.example/
            audience: all
            responseExpectations: {email: 1h, default: 24h}
            contact:
              - channel: email
                value: help@x.example
              - channel: phone
                value: "0701740660"
                responseTime: %s
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/reports/_index.md --
            ---
            title: Reports
            audience: internal
            ---
            ```cx-kpi firstResponseTime period=2026-10
            ```
            -- content/metrics/2026-09.yaml --
            period: 2026-09
            firstResponseTime: {email: 1.3h, phone: 3m}
            -- content/metrics/2026-10.yaml --
            period: 2026-10
            firstResponseTime: {email: 1.6h, phone: 3m}
            targets: {firstResponseTime: {email: 4h}}
            """;

    private static List<String> warnings(TestSite site) {
        return site.build().problems().stream().map(Problem::format).filter(p -> p.contains("promises")).toList();
    }

    @Test
    void aPromiseTheNewestMonthBreaksIsWarnedAtTheLineThatMakesIt() {
        TestSite site = TestSite.write(dir, SITE.formatted("2m"));
        // E-mail falls back to responseExpectations (line 4, column 31); phone's own responseTime is line 10.
        assertEquals(List.of("site.yaml:4:31: warning: the help centre promises a first answer by email within 1 h,"
                + " but October 2026 measured 1.6 h; promise what is kept (set this channel's responseTime to at"
                + " least 1.6 h) or fix the answer time",
                "site.yaml:10:19: warning: the help centre promises a first answer by phone within 2 min, but October"
                + " 2026 measured 3 min; promise what is kept (set this channel's responseTime to at least 3 min) or"
                + " fix the answer time"), warnings(site));
        String report = site.read("reports/index.html");
        assertTrue(report.contains("<tr class=\"kpi-promises__broken\"><th scope=\"row\">email</th><td>1 h</td>"
                + "<td>1.6 h <span class=\"kpi-promises__gap\">(+36 min late)</span></td></tr>"), report);
    }

    @Test
    void aKeptPromiseIsNotWarnedAbout() {
        TestSite site = TestSite.write(dir, SITE.formatted("5m").replace("{email: 1h,", "{email: 4h,"));
        assertEquals(List.of(), warnings(site));
        assertTrue(site.read("reports/index.html").contains("<tr class=\"kpi-promises__kept\"><th scope=\"row\">email"
                + "</th><td>4 h</td><td>1.6 h</td></tr>"));
    }
}
