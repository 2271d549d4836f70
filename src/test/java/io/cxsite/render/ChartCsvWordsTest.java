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
 * A chart's CSV has English headers whatever the page's words: an English site that renames a
 * chart word in its i18n/en.yaml shows its word in the chart and keeps the English one in the CSV,
 * and a site that keeps the English words gets the same CSV from the chart it drew.
 */
class ChartCsvWordsTest {
    private static final String SITE = """
            -- site.yaml --
            title: Words
            baseUrl: https://example.org/
            audience: all
            -- content/_index.md --
            ---
            title: Home
            ---
            Home.
            -- content/q3.md --
            ---
            title: Q3
            audience: internal
            ---
            ## Groups

            ```cx-chart nps-groups from=2026-08 to=2026-09
            ```
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            nps: {promoters: 45, passives: 30, detractors: 25}
            -- content/metrics/2026-09.yaml --
            period: 2026-09
            nps: {promoters: 48, passives: 30, detractors: 22}
            """;

    @TempDir
    Path dir;

    private static String csvOf(TestSite site) {
        Matcher id = Pattern.compile("href=\"/charts/(nps-groups-[0-9a-f]+)\\.csv\"").matcher(site.read("q3/index.html"));
        assertTrue(id.find(), site.read("q3/index.html"));
        return site.read("charts/" + id.group(1) + ".csv");
    }

    private static TestSite built(Path dir, String site) {
        TestSite written = TestSite.write(dir, site);
        assertEquals(List.of(), written.build().problems().stream().map(Problem::format).toList());
        return written;
    }

    @Test
    void aSiteWordShowsInTheChartAndNotInItsCsv() {
        TestSite plain = built(dir.resolve("plain"), SITE);
        TestSite renamed = built(dir.resolve("renamed"), SITE + """
                -- i18n/en.yaml --
                chartDetractors: Critics
                """);
        assertTrue(renamed.read("q3/index.html").contains("<th scope=\"col\">Critics</th>"), "the site's word shows");
        assertTrue(csvOf(plain).startsWith("Period,Detractors (%),Passives (%),Promoters (%)\r\n"), csvOf(plain));
        assertEquals(csvOf(plain), csvOf(renamed));
    }
}
