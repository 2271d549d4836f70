package io.cxsite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A whole Markdown page, front matter and body, with the {@code cx-kpi}, {@code cx-chart} and
 * {@code cx-troubleshoot} blocks (the seeds hold each), beside a metric snapshot for the report
 * blocks to draw on; checked as {@code cxsite check} does, rendering included.
 */
class MarkdownFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();
    private static final byte[] SNAPSHOT = """
            period: 2026-03
            nps: {promoters: 50, passives: 30, detractors: 20, byChannel: {phone: {promoters: 5, passives: 3, detractors: 2}}}
            csat: 0.8
            ces: 5.2
            firstResponseTime: {phone: 4m, chat: 70s}
            contacts: {phone: 100, chat: 50}
            targets: {nps: 25}
            """.getBytes(StandardCharsets.UTF_8);

    @FuzzTest
    void markdown(byte[] page) throws Exception {
        SITE.write(Map.of("site.yaml", Pipeline.SITE_YAML,
                "content/reports/page.md", page,
                "content/help/contact.md", "---\ntitle: Contact\n---\n\n## Call us\n".getBytes(StandardCharsets.UTF_8),
                "content/metrics/2026-03.yaml", SNAPSHOT));
        Pipeline.check(SITE);
    }
}
