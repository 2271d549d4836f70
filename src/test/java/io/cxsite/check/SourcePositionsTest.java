package io.cxsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a problem of the rendered page is reported comes from the structure the Markdown was
 * loaded into, never from looking for its text: the same text elsewhere in the Markdown (in code,
 * in prose) or in the theme does not move it.
 */
class SourcePositionsTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Check
            baseUrl: https://acme.example/docs/
            -- content/help/_index.md --
            ---
            title: Help
            ---
            """;

    private List<String> check(String files) {
        TestSite site = TestSite.write(dir, SITE + files);
        return site.build(new BuildRequest(dir, Optional.empty(), Optional.empty(), Optional.empty(), false, false))
                .problems().stream().map(Problem::format).toList();
    }

    @Test
    void aTagShownAsCodeIsNotTheTagThatWasRendered() {
        assertEquals(List.of(
                "content/help/a.md:9:1: error: <img src=\"/docs/nope.png\"> has no alt text; say what the image shows"
                        + " in alt=\"…\", or write alt=\"\" if it is only decoration",
                "content/help/a.md:9:1: error: <img src=\"/docs/nope.png\">: no such page or file in the built site"),
                check("""
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        Never write `<img src="/docs/nope.png">` without alt text, as in:

                            <img src="/docs/nope.png">

                        Here it is for real:
                        <img src="/docs/nope.png">
                        """));
    }

    @Test
    void rawHtmlInABlockIsReportedAtItsOwnLineAndColumnInsideAList() {
        assertEquals(List.of(
                "content/help/a.md:7:6: error: <a href=\"/docs/gone/\">: no such page or file in the built site",
                "content/help/a.md:8:3: error: <img src=\"/docs/x.png\">: no such page or file in the built site"),
                check("""
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        - First

                          <div class="note">
                          <p><a href="/docs/gone/">gone</a></p>
                          <img src="/docs/x.png" alt="X">
                          </div>
                        """));
    }

    @Test
    void aThemeLinkIsTheThemesEvenWhenTheMarkdownLinksToTheSameAddress() {
        assertEquals(List.of(
                "content/help/a.md:1:1: error: <a href=\"/docs/tags/nope/\">: no such page or file in the built site"
                        + " (rendered at help/a/index.html:5, not from the Markdown but from the theme or a generated"
                        + " block)",
                "content/help/a.md:6:9: error: <a href=\"/docs/tags/nope/\">: no such page or file in the built"
                        + " site"),
                check("""
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        Tags live at /tags/nope/ and so on; this text mentions the address.

                        See the [tag page](/tags/nope/).
                        -- templates/page.peb --
                        <!doctype html>
                        <html lang="en">
                        <head><title>{{ page.title }}</title></head>
                        <body>
                        <nav><a href="{{ site.basePath }}tags/nope/">Nope</a></nav>
                        <h1>{{ page.title }}</h1>
                        {{ page.content | raw }}
                        </body>
                        </html>
                        """));
    }

    @Test
    void aThemeLinkWhoseAddressTheMarkdownMentionsStaysWithTheTheme() {
        assertEquals(List.of(
                "content/help/a.md:1:1: error: <a href=\"/docs/gone/\">: no such page or file in the built site"
                        + " (rendered at help/a/index.html:6, not from the Markdown but from the theme or a generated"
                        + " block)"),
                check("""
                        -- content/help/a.md --
                        ---
                        title: A
                        ---
                        The old guide at /docs/gone/ is gone.
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
}
