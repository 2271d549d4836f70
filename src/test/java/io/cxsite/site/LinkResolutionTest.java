package io.cxsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildResult;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links between Markdown files, with anchors, become page URLs; misses are errors at their line. */
class LinkResolutionTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Links
            baseUrl: https://acme.example/cx/
            audience: all
            -- content/guides/_index.md --
            ---
            title: Guides
            ---
            -- content/guides/nps.md --
            ---
            title: NPS
            ---
            ## How to calculate NPS
            See [CSAT](csat.md), [the formula](csat.md#the-formula), [below](#how-to-calculate-nps),
            [help](../help/login.md), [all help](../help/), [guides](_index.md) and ![loop](loop.svg).
            External [site](https://example.com) and [mail](mailto:a@b.se) stay as written.
            -- content/guides/loop.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/guides/csat.md --
            ---
            title: CSAT
            ---
            ## The formula
            -- content/help/login.md --
            ---
            title: Log in
            slug: sign-in
            ---
            """;

    private static List<String> errors(BuildResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void resolvesMarkdownLinksToPageUrlsUnderTheBasePath() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult result = site.build();
        assertEquals(List.of(), errors(result));
        String html = site.read("guides/nps/index.html");
        assertTrue(html.contains("href=\"/cx/guides/csat/\""), html);
        assertTrue(html.contains("href=\"/cx/guides/csat/#the-formula\""), html);
        assertTrue(html.contains("href=\"#how-to-calculate-nps\""), html);
        assertTrue(html.contains("href=\"/cx/help/sign-in/\""), "slug decides the URL");
        assertTrue(html.contains("href=\"/cx/help/\""), "a folder link goes to its section");
        assertTrue(html.contains("href=\"/cx/guides/\""), "_index.md is the section page");
        assertTrue(html.contains("src=\"/cx/guides/loop.svg\""), html);
        assertTrue(html.contains("href=\"https://example.com\""));
        assertTrue(html.contains("href=\"mailto:a@b.se\""));
        assertTrue(html.contains("<h2 id=\"how-to-calculate-nps\">"), html);
        assertTrue(site.exists("guides/loop.svg"), "assets beside a page are copied");
    }

    @Test
    void reportsEveryBrokenLinkAndAnchorAtItsLine() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/guides/broken.md --
                ---
                title: Broken
                ---
                A [missing page](nope.md) and

                a [missing anchor](csat.md#formula) and [here](#nowhere)
                and ![missing image](pic.png) and [escape](../../etc/passwd.md).
                """);
        BuildResult result = site.build();
        assertEquals(List.of(
                "content/guides/broken.md:4:3: error: link 'nope.md' points to content/guides/nope.md, which does not exist",
                "content/guides/broken.md:6:3: error: link 'csat.md#formula': no heading '#formula' in content/guides/csat.md; its headings are #the-formula",
                "content/guides/broken.md:6:41: error: link '#nowhere': no heading '#nowhere' in content/guides/broken.md; it has no headings",
                "content/guides/broken.md:7:5: error: image 'pic.png' points to content/guides/pic.png, which does not exist",
                "content/guides/broken.md:7:35: error: link '../../etc/passwd.md' points outside content/; link to a page or file inside it"),
                errors(result));
        assertFalse(site.exists("index.html"), "no output on errors");
    }

    @Test
    void aPublicBuildRejectsLinksToInternalPages() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/reports/_index.md --
                ---
                title: Reports
                audience: internal
                ---
                -- content/reports/q3.md --
                ---
                title: Q3
                ---
                -- content/guides/peek.md --
                ---
                title: Peek
                ---
                See [the Q3 report](../reports/q3.md).
                """);
        assertEquals(List.of(), errors(site.build()));
        assertTrue(site.exists("reports/q3/index.html"));

        BuildResult publicBuild = site.build(AudienceScope.PUBLIC);
        assertEquals(List.of("content/guides/peek.md:4:5: error: link '../reports/q3.md' points to "
                + "content/reports/q3.md, which is internal and this is a public build; remove the link or publish the page"),
                errors(publicBuild));
    }

    @Test
    void aPublicBuildLeavesInternalPagesOut() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/reports/_index.md --
                ---
                title: Reports
                audience: internal
                ---
                -- content/reports/q3.md --
                ---
                title: Q3 secret figures
                ---
                -- content/reports/chart.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        assertEquals(List.of(), errors(site.build(AudienceScope.PUBLIC)));
        assertFalse(site.exists("reports/q3/index.html"));
        assertFalse(site.exists("reports/index.html"));
        assertFalse(site.exists("reports/chart.svg"));
        for (String file : List.of("index.html", "sitemap.xml", "search-index.json", "feed.xml", "guides/index.html")) {
            assertFalse(site.read(file).contains("Q3 secret") || site.read(file).contains("reports/"), file);
        }
    }

    @Test
    void draftsAreLeftOutUnlessAskedForAndLinksToThemAreErrors() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/guides/wip.md --
                ---
                title: Work in progress
                draft: true
                ---
                -- content/guides/points-at-wip.md --
                ---
                title: Points
                ---
                [wip](wip.md)
                """);
        assertEquals(List.of("content/guides/points-at-wip.md:4:1: error: link 'wip.md' points to "
                + "content/guides/wip.md, which is a draft (build with --drafts to include it); remove the link or publish the page"),
                errors(site.build()));
    }
}
