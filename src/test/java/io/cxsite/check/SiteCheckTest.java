package io.cxsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.build.TestSite;
import io.cxsite.cli.Cxsite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cxsite check} on the rendered site: one small site per rule, each problem asserted with its
 * exact {@code path:line:col}, and the repository's own sample site without a single problem.
 */
class SiteCheckTest {
    @TempDir
    Path dir;

    /** A site under a project path, as on GitHub Pages: every link must start with /docs/. */
    private static final String SITE = """
            -- site.yaml --
            title: Check
            baseUrl: https://acme.example/docs/
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/help/b.md --
            ---
            title: B
            ---
            ## Step 1
            """;

    private List<String> check(String files) {
        return check(files, Optional.empty(), false);
    }

    private List<String> check(String files, Optional<AudienceScope> audience, boolean strict) {
        TestSite site = TestSite.write(dir, files);
        BuildResult result = site.build(new BuildRequest(dir, Optional.empty(), Optional.empty(), audience, false,
                strict));
        assertTrue(Files.notExists(site.output()), "a check writes nothing");
        return result.problems().stream().map(Problem::format).toList();
    }

    @Test
    void reportsLinksAndAnchorsToNothingAtTheirMarkdownLine() {
        assertEquals(List.of(
                "content/help/a.md:6:35: error: <a href=\"/docs/help/nope/\">: no such page or file in the built site",
                "content/help/a.md:7:49: error: <a href=\"/other/\">: outside the site's base path /docs/, so it would"
                        + " not load where the site is published",
                "content/help/a.md:8:1: error: <a href=\"/docs/help/b/#step-3\">: no id 'step-3' in help/b/index.html;"
                        + " did you mean '#step-1'?",
                "content/help/a.md:8:44: error: <a href=\"#step\">: no id 'step' on this page; did you mean '#steps'?",
                "content/help/a.md:9:1: error: <img src=\"missing.png\">: no such page or file in the built site",
                "content/help/a.md:10:10: error: <source srcset=\"/docs/help/a/x-1x.png\">: no such page or file in"
                        + " the built site",
                "content/help/a.md:11:1: error: <a href=\"/docs/help/nope/\">: no such page or file in the built site"),
                check(SITE + """
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        ## Steps

                        <a href="/docs/help/b/">B</a> and <a href="/docs/help/nope/">nope</a>.
                        Also <a href="../b">B without its slash</a> and <a href="/other/">outside</a>.
                        <a href="/docs/help/b/#step-3">step 3</a>, <a href="#step">near</a>, <a href="#steps">ok</a>, <a href="https://acme.example/docs/help/b/#top">top</a>.
                        <img src="missing.png" alt="Missing"> <a href="https://example.org/nope">elsewhere</a> [B](b.md#step-1)
                        <picture><source srcset="/docs/help/a/x-1x.png 1x, /docs/help/b/ 2x"><img src="/docs/help/b/" alt="B"></picture>
                        <a href="/docs/help/nope/">nope again</a> <a href="/docs">home, without its slash</a>
                        """));
    }

    @Test
    void reportsWhatATemplateAddsOnceAtTheRenderedLineCountingTheOtherPages() {
        assertEquals(List.of(
                "content/help/a.md:1:1: error: <a href=\"/docs/gone/\">: no such page or file in the built site"
                        + " (rendered at help/a/index.html:6, not from the Markdown but from the theme or a generated"
                        + " block; also on 1 other page)"),
                check(SITE + """
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        Text.
                        -- templates/page.peb --
                        <!doctype html>
                        <html lang="en">
                        <head><title>{{ page.title }}</title></head>
                        <body>
                        <h1>{{ page.title }}</h1>
                        <p><a href="{{ site.basePath }}gone/">Gone</a></p>
                        {{ page.content | raw }}
                        </body>
                        </html>
                        """));
    }

    @Test
    void reportsImagesWithoutAltBareImageLinksAndGraphicsWithoutTitle() {
        assertEquals(List.of(
                "content/help/a.md:4:1: error: <img src=\"logo.png\"> has no alt text; say what the image shows in"
                        + " alt=\"…\", or write alt=\"\" if it is only decoration",
                "content/help/a.md:4:1: error: <img src=\"logo.png\">: no such page or file in the built site",
                // at the image as commonmark read it, as the assembler reports a Markdown image: its "![" (was "](")
                "content/help/a.md:6:2: warning: <img src=\"/docs/help/logo.png\" alt=\"\"> is all there is in the"
                        + " link to '/docs/help/b/', so screen readers find no name for the link; say where it goes in"
                        + " the image's alt text",
                "content/help/a.md:10:1: error: <svg role=\"img\"> has no <title>; give it one, so that screen"
                        + " readers can say what it shows"),
                check(SITE + """
                        -- content/help/logo.png --
                        not really a PNG
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        <img src="logo.png">

                        [![](logo.png)](b.md) and ![Logo](logo.png)

                        <svg role="img" viewBox="0 0 1 1"><title>Dot</title></svg>

                        <svg role="img" viewBox="0 0 1 1"><desc>No title</desc></svg>
                        """));
    }

    @Test
    void reportsEmptyTitlesAndHeadings() {
        assertEquals(List.of(
                "content/help/a.md:5:1: error: <h1> is empty",
                "content/help/c.md:2:1: error: <h1> is empty",
                "public/tags/index.html:3:7: error: the page's <title> is empty"),
                check(SITE + """
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        Text.
                        <h1></h1>
                        -- content/help/c.md --
                        ---
                        title: "\\u00a0"
                        ---
                        A title of one no-break space.
                        -- templates/tags.peb --
                        <!doctype html>
                        <html lang="en">
                        <head><title> </title></head>
                        <body><h1>Tags</h1></body>
                        </html>
                        """));
    }

    /**
     * Sections list neither pages nor sub-sections here, so only links lead to them (and the pager
     * from page to page within a section).
     */
    private static final String HIDDEN_PAGES = """
            -- site.yaml --
            title: Check
            baseUrl: https://acme.example/docs/
            -- templates/section.peb --
            {% extends "base.peb" %}
            {% block main %}
            <h1>{{ page.title }}</h1>
            {% endblock %}
            -- content/_index.md --
            ---
            title: Home
            ---
            Start with [A](guides/a.md).
            -- content/guides/_index.md --
            ---
            title: Guides
            ---
            -- content/guides/a.md --
            ---
            title: A
            ---
            See [B](b.md).
            -- content/guides/b.md --
            ---
            title: B
            aliases: [/old-b/]
            ---
            -- content/guides/more/c.md --
            ---
            title: C
            ---
            Nobody links here.
            """;

    @Test
    void warnsOfPagesNoLinkLeadsToButNotOfRedirectsOrTheNotFoundPage() {
        assertEquals(List.of(
                "content/guides/more/c.md:2:1: warning: page /docs/guides/more/c/ cannot be reached by following"
                        + " links from the home page (/docs/); link to it from its section, a list or another page",
                "public/guides/more/index.html:1:1: warning: page /docs/guides/more/ cannot be reached by following"
                        + " links from the home page (/docs/); link to it from its section, a list or another page"),
                check(HIDDEN_PAGES));
    }

    @Test
    void strictMakesAnUnreachablePageAnError() {
        assertEquals(List.of(
                "content/guides/more/c.md:2:1: error: page /docs/guides/more/c/ cannot be reached by following"
                        + " links from the home page (/docs/); link to it from its section, a list or another page",
                "public/guides/more/index.html:1:1: error: page /docs/guides/more/ cannot be reached by following"
                        + " links from the home page (/docs/); link to it from its section, a list or another page"),
                check(HIDDEN_PAGES, Optional.empty(), true));
    }

    @Test
    void followsLinksFromEachLanguagesHome() {
        assertEquals(List.of(
                "content/sv/guides/more/c.md:2:1: warning: page /docs/sv/guides/more/c/ cannot be reached by"
                        + " following links from the home page (/docs/ or /docs/sv/); link to it from its section, a"
                        + " list or another page",
                "public/sv/guides/more/index.html:1:1: warning: page /docs/sv/guides/more/ cannot be reached by"
                        + " following links from the home page (/docs/ or /docs/sv/); link to it from its section, a"
                        + " list or another page"),
                check(HIDDEN_PAGES.replace("content/", "content/sv/").replace("title: Check", "title: Check\n"
                        + "languages: [en, sv]") + """
                        -- content/_index.md --
                        ---
                        title: Home
                        ---
                        """));
    }

    /** A public help page that links into reports, and files a public build must not carry. */
    private static final String LEAKS = SITE + """
            -- content/help/a.md --
            ---
            title: A
            ---
            <a href="/docs/reports/q3/">Q3</a> and <img src="/docs/charts/nps.svg" alt="NPS">
            -- content/reports/_index.md --
            ---
            title: Reports
            audience: internal
            ---
            -- content/reports/q3.md --
            ---
            title: Q3
            ---
            -- static/data/old.csv --
            period,nps
            -- static/links.json --
            {"old": "/docs/reports/q3/"}
            -- static/notes/index.html --
            <!doctype html>
            <html><head><title>Notes</title><meta name="robots" content="noindex"></head>
            <body><h1>Notes</h1></body></html>
            """;

    @Test
    void findsEverythingInternalInAPublicBuild() {
        assertEquals(List.of(
                "content/help/a.md:4:1: error: <a href=\"/docs/reports/q3/\">: links to internal reports/ in a public"
                        + " build",
                "content/help/a.md:4:40: error: <img src=\"/docs/charts/nps.svg\">: links to internal charts/ in a"
                        + " public build",
                "public/data/old.csv:1:1: error: a public build must not contain data/, which is internal, but it has"
                        + " 1 file there",
                "public/links.json:1:9: error: internal URL /docs/reports/q3/ in a public build",
                "public/notes/index.html:1:1: error: internal page /docs/notes/ in a public build (it is marked"
                        + " noindex, as internal pages are)",
                "public/notes/index.html:1:1: warning: page /docs/notes/ cannot be reached by following links from"
                        + " the home page (/docs/); link to it from its section, a list or another page"),
                check(LEAKS, Optional.of(AudienceScope.PUBLIC), false));
    }

    @Test
    void aBuildOfAllAudiencesMayCarryInternalContent() {
        assertEquals(List.of(
                "content/help/a.md:4:40: error: <img src=\"/docs/charts/nps.svg\">: no such page or file in the built"
                        + " site",
                "public/notes/index.html:1:1: warning: page /docs/notes/ cannot be reached by following links from"
                        + " the home page (/docs/); link to it from its section, a list or another page"),
                check(LEAKS, Optional.of(AudienceScope.ALL), false));
    }

    @Test
    void reportsMadePublicOnPurposeAreNotInternal() {
        assertEquals(List.of(), check(SITE + """
                -- content/help/a.md --
                ---
                title: A
                ---
                See <a href="/docs/reports/q3/">the Q3 report</a>.
                -- content/reports/_index.md --
                ---
                title: Reports
                audience: public
                ---
                -- content/reports/q3.md --
                ---
                title: Q3
                ---
                """, Optional.of(AudienceScope.PUBLIC), true));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"https://example.github.io/cxsite/, public", "https://example.github.io/cxsite/, all",
        "https://acme.example/, public", "https://acme.example/, all"})
    void theSampleSitePassesTheStrictCheck(String baseUrl, String audience) throws Exception {
        BuildResult result = SiteBuild.run(new BuildRequest(TestSite.REPO, Optional.empty(), Optional.of(baseUrl),
                AudienceScope.tryParse(audience), false, true));
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
        assertTrue(result.files() > 100, "every file is read, found " + result.files());
    }

    @Test
    void theCommandLineChecksUnderTheBaseUrlItWillBePublishedAt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cxsite.run(new String[] {"check", "--audience", "public", "--strict", "--base-url",
            "https://acme.github.io/cxsite"}, new PrintWriter(out), new PrintWriter(err), Map.of());
        assertEquals(Cxsite.OK, code, err.toString());
        assertTrue(out.toString().matches("checked \\d+ pages \\(Markdown pages and sections\\): no errors\\R"), out.toString());
        assertEquals(Cxsite.USAGE, Cxsite.run(new String[] {"check", "--base-url", "/cxsite/"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of()));
    }
}
