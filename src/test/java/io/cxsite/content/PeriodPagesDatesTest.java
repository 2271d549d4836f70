package io.cxsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.MetricsLoader;
import io.cxsite.metrics.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated period pages: never dated after the build day, none for periods not begun, and where they list. */
class PeriodPagesDatesTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: T
            baseUrl: https://x.example/
            audience: all
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/guides/_index.md --
            ---
            title: Guides
            ---
            -- content/guides/nps.md --
            ---
            title: Reading NPS
            date: 2026-08-01
            ---
            Text.
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            nps: {promoters: 60, passives: 20, detractors: 20}
            -- content/metrics/2026-09.yaml --
            period: 2026-09
            nps: {promoters: 50, passives: 30, detractors: 20}
            -- content/metrics/2026-10.yaml --
            period: 2026-10
            nps: {promoters: 55, passives: 25, detractors: 20}
            -- content/metrics/2026-W40.yaml --
            period: 2026-W40
            nps: {promoters: 5, passives: 3, detractors: 2}
            -- content/metrics/2026-W41.yaml --
            period: 2026-W41
            nps: {promoters: 5, passives: 3, detractors: 2}
            """;

    private Map<String, LocalDate> dates(LocalDate today) throws Exception {
        TestSite.write(dir, SITE);
        Metrics metrics = MetricsLoader.load(dir, LocalDate.of(2027, 1, 1), new Problems());
        return PeriodPages.generate(metrics, new ContentSet(List.of(), List.of()), today, new Problems()).stream()
                .filter(p -> PeriodPages.isPeriodPage(p.contentPath()))
                .collect(Collectors.toMap(PageSource::contentPath, p -> p.meta().date().orElseThrow()));
    }

    @Test
    void aRunningPeriodIsDatedTodayAndOneNotBegunIsNotMade() throws Exception {
        Map<String, LocalDate> dates = dates(LocalDate.of(2026, 10, 3));
        assertEquals(LocalDate.of(2026, 9, 30), dates.get("reports/periods/2026-09.md"), "an ended month: its last day");
        assertEquals(LocalDate.of(2026, 10, 3), dates.get("reports/periods/2026-10.md"), "October runs: today");
        assertEquals(LocalDate.of(2026, 10, 3), dates.get("reports/periods/2026-Q4.md"));
        assertEquals(LocalDate.of(2026, 10, 3), dates.get("reports/periods/2026.md"), "not 31 December");
        assertFalse(dates.containsKey("reports/periods/2026-W41.md"), "week 41 starts on 5 October: not begun");
        assertTrue(dates.values().stream().noneMatch(d -> d.isAfter(LocalDate.of(2026, 10, 3))), dates.toString());
    }

    @Test
    void periodPagesStepWithinTheirKindAndStayOutOfRecentPagesAndTheFeed() {
        TestSite site = TestSite.write(dir, SITE);
        site.build();
        String october = site.read("reports/periods/2026-10/index.html");
        assertTrue(october.contains("href=\"/reports/periods/2026-09/\" rel=\"prev\"><span class=\"pager__label\">Previous"
                + "</span> <span class=\"pager__title\">September 2026</span>"), october);
        assertFalse(october.contains("rel=\"next\""), "no month after October");
        String september = site.read("reports/periods/2026-09/index.html");
        assertTrue(september.contains("rel=\"next\"><span class=\"pager__label\">Next</span> <span class=\"pager__title\">"
                + "October 2026</span>"), september);
        String week = site.read("reports/periods/2026-W41/index.html");
        assertTrue(week.contains("pager__title\">Week 40, 2026</span>"), week);
        assertFalse(week.contains("pager__title\">October 2026"), "weeks step among weeks");
        assertTrue(october.contains("NPS trend"), "the month's page shows the trend up to it");
        String home = site.read("index.html");
        assertTrue(home.contains("Reading NPS"), home);
        assertFalse(home.contains("reports/periods/"), "no generated period page among Recent pages");
        assertFalse(site.read("feed.xml").contains("reports/periods/"));
        assertEquals(Period.month(2026, 10), PeriodPages.periodOf("reports/periods/2026-10.md").orElseThrow());
    }
}
