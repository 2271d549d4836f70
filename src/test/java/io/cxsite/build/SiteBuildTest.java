package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
    @TempDir
    Path dir;

    static final String SMALL_SITE = """
            -- site.yaml --
            title: Small
            baseUrl: https://acme.example/
            -- content/_index.md --
            ---
            title: Welcome
            ---
            Start with the [guides](guides/_index.md).
            -- content/guides/_index.md --
            ---
            title: Guides
            weight: 1
            ---
            -- content/guides/nps.md --
            ---
            title: NPS
            date: 2026-10-01
            tags: [nps, Metrics]
            aliases: [/nps/]
            ---
            ## Formula
            -- content/guides/csat.md --
            ---
            title: CSAT
            date: 2026-09-01
            tags: [metrics]
            ---
            Compare with [NPS](nps.md#formula).
            """;

    @Test
    void writesPagesSectionsTagsAliasesAndSiteFiles() {
        TestSite site = TestSite.write(dir, SMALL_SITE);
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems());
        for (String file : List.of("index.html", "guides/index.html", "guides/nps/index.html", "guides/csat/index.html",
                "tags/index.html", "tags/nps/index.html", "tags/metrics/index.html", "nps/index.html", "404.html",
                "sitemap.xml", "robots.txt", "feed.xml", "search-index.json", "css/cxsite.css")) {
            assertTrue(site.exists(file), file);
        }
        assertTrue(site.read("nps/index.html").contains("url=/guides/nps/"), "alias redirects to the page");
        assertTrue(site.read("sitemap.xml").contains("<loc>https://acme.example/guides/nps/</loc><lastmod>2026-10-01</lastmod>"));
        assertTrue(site.read("robots.txt").contains("Sitemap: https://acme.example/sitemap.xml"));
        assertTrue(site.read("feed.xml").contains("<updated>2026-10-01T00:00:00Z</updated>"));
        String index = site.read("search-index.json");
        assertTrue(index.contains("{\"title\":\"CSAT\",\"url\":\"/guides/csat/\",\"section\":\"Guides\","
                + "\"tags\":[\"metrics\"],\"body\":\"Compare with NPS.\"}"), index);
        String page = site.read("guides/nps/index.html");
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://acme.example/guides/nps/\">"), page);
        assertTrue(page.contains("property=\"og:title\""), page);
        assertTrue(page.contains("<html lang=\"en\""), page);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        TestSite site = TestSite.write(dir, SMALL_SITE);
        site.build();
        Map<String, byte[]> first = TestSite.snapshot(site.output());
        site.build();
        Map<String, byte[]> second = TestSite.snapshot(site.output());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputByteIdentical() throws IOException {
        TestSite site = TestSite.write(dir, SMALL_SITE);
        assertFalse(site.build().failed());
        Map<String, byte[]> before = TestSite.snapshot(site.output());

        Files.writeString(dir.resolve("content/guides/csat.md"), "---\ntitle: CSAT\n---\n[gone](missing.md)\n");
        BuildResult failed = site.build();
        assertTrue(failed.failed());

        Map<String, byte[]> after = TestSite.snapshot(site.output());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".public")).toList(), "no staging folder is left behind");
        }
    }

    @Test
    void theSameSiteWorksUnderAProjectBasePath() {
        TestSite site = TestSite.write(dir, SMALL_SITE);
        assertFalse(site.build("https://acme.github.io/cx/").failed());
        String home = site.read("index.html");
        assertTrue(home.contains("href=\"/cx/guides/\""), home);
        assertTrue(home.contains("href=\"/cx/css/cxsite.css\""), home);
        assertFalse(home.matches("(?s).*(href|src)=\"/(?!cx/).*"), "every root-relative link carries the base path");
        assertTrue(site.read("404.html").contains("href=\"/cx/\""));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://acme.github.io/cx/guides/nps/</loc>"));
    }

    @Test
    void siteTemplatesAndStaticFilesOverrideTheThemeFileByFile() throws IOException {
        TestSite site = TestSite.write(dir, SMALL_SITE + """
                -- templates/page.peb --
                <p class="custom">{{ page.title }} by the site</p>
                -- static/css/cxsite.css --
                body { color: red; }
                """);
        assertFalse(site.build().failed());
        assertEquals("<p class=\"custom\">NPS by the site</p>\n", site.read("guides/nps/index.html"));
        assertEquals("body { color: red; }\n", site.read("css/cxsite.css"));
        assertTrue(site.read("guides/index.html").contains("<!doctype html>"), "other templates still come from the theme");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() {
        TestSite site = TestSite.write(dir, SMALL_SITE + """
                -- templates/page.peb --
                <p>{{ page.title }}</p>
                <p>{{ page.titel }}</p>
                """);
        BuildResult result = site.build();
        List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/page.peb:2:1: error: template: "), errors.get(0));
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        TestSite site = TestSite.write(dir, SMALL_SITE + """
                -- content/guides/typo.md --
                ---
                title: Typo
                tagz: [x]
                ---
                """);
        assertFalse(site.build().failed());
        BuildResult strict = site.build(new BuildRequest(dir, Optional.of(site.output()), Optional.empty(),
                Optional.empty(), false, true));
        assertEquals(List.of("content/guides/typo.md:3:1: error: unknown front-matter key 'tagz' (did you mean 'tags'?)"),
                strict.problems().stream().map(Problem::format).toList());
    }
}
