package io.cxsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the check reads HTML as it comes: hand-written files under static/ (which reach the output
 * unchanged and have no Markdown, so problems point at the rendered line) go through the check of
 * a whole small site.
 */
class RenderedHtmlTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Check
            baseUrl: https://acme.example/docs/
            -- content/_index.md --
            ---
            title: Home
            ---
            See <a href="/docs/notes/">the notes</a>.
            """;

    private List<String> check(String files) {
        TestSite site = TestSite.write(dir, SITE + files.replace("<!doctype html>", "<!doctype html><html lang=\"en\">"
                + "<head><title>Notes</title></head>"));
        return site.build(new BuildRequest(dir, Optional.empty(), Optional.empty(), Optional.empty(), false, false))
                .problems().stream().map(Problem::format).toList();
    }

    @Test
    void checksUrlsOfEveryKindAtTheAttributeButNotInCommentsScriptsOrStyles() {
        assertEquals(List.of(
                "public/notes/index.html:2:24: error: <link href=\"/docs/gone.css\">: no such page or file in the"
                        + " built site",
                "public/notes/index.html:3:4: error: <a href=\"/docs/gone/?q=1&r=2#x\">: no such page or file in the"
                        + " built site",
                "public/notes/index.html:6:7: error: <form action=\"/docs/find/\">: no such page or file in the built"
                        + " site",
                "public/notes/index.html:7:28: error: <meta content=\"/docs/moved/\">: no such page or file in the"
                        + " built site",
                "public/notes/index.html:8:9: error: <script src=\"/docs/real.js\">: no such page or file in the"
                        + " built site"),
                check("""
                        -- static/notes/index.html --
                        <!doctype html>
                        <link rel="stylesheet" href="/docs/gone.css"> <a
                           href='/docs/gone/?q=1&amp;r=2#x'>gone</a>
                        <!-- <a href="/docs/commented/"> -->
                        <script>if (a < b) { document.write('<a href="/docs/scripted/">'); }</script>
                        <form action="/docs/find/"></form><style>a[href="/docs/styled/"] { color: red }</style>
                        <meta http-equiv="refresh" content="0; url=/docs/moved/">
                        <SCRIPT src="/docs/real.js"></SCRIPT>
                        """));
    }

    @Test
    void findsIdsAndNamedAnchorsExactlyWithEntitiesDecoded() {
        assertEquals(List.of(
                "public/notes/index.html:4:4: error: <a href=\"#Old\">: no id 'Old' on this page; did you mean"
                        + " '#old'?"),
                check("""
                        -- static/notes/index.html --
                        <!doctype html>
                        <main id="main"><h2 id="café">Café</h2><a name="old"></a><p id=a>
                        <a href="#main">1</a> <a href="#caf&eacute;">2</a> <a href="#old">3</a> <a href="#a">4</a>
                        <a href="#Old">5</a> <a href="#top">top</a> <a href="#">also top</a>
                        """));
    }

    @Test
    void readsTheDocumentTitleNotAnSvgTitleAndHeadingsAsScreenReadersDo() {
        assertEquals(List.of(
                "public/notes/index.html:1:1: error: the page has no <title>",
                // The same problem twice in a file without Markdown is one, at the first
                "public/notes/index.html:4:1: error: <h1> is empty"),
                check("""
                        -- static/notes/index.html --
                        <html><head></head>
                        <body><svg role="img"><title>Chart</title></svg>
                        <h1><img src="/docs/logo.svg" alt="Logo"></h1>
                        <h1> &nbsp; </h1>
                        <h1>
                        <img src="/docs/logo.svg" alt=""></h1>
                        -- static/logo.svg --
                        <svg xmlns="http://www.w3.org/2000/svg"/>
                        """));
    }

    @Test
    void warnsOfAnEmptyAltImageOnlyWhenItIsAllOfTheLinkEvenInUnclosedMarkup() {
        assertEquals(List.of(
                "public/notes/index.html:2:18: warning: <img src=\"/docs/l.svg\" alt=\"\"> is all there is in the"
                        + " link to '/docs/', so screen readers find no name for the link; say where it goes in the"
                        + " image's alt text",
                "public/notes/index.html:7:34: warning: <img src=\"/docs/l.svg\" alt=\"\"> is all there is in the"
                        + " link to '/docs/notes/', so screen readers find no name for the link; say where it goes in the"
                        + " image's alt text"),
                check("""
                        -- static/notes/index.html --
                        <!doctype html>
                        <a href="/docs/"><img src="/docs/l.svg" alt=""></a>
                        <a href="/docs/"><img src="/docs/l.svg" alt=""> Home</a>
                        <a href="/docs/" aria-label="Home"><img src="/docs/l.svg" alt=""></a>
                        <a href="/docs/"><img src="/docs/l.svg" alt=""><img src="/docs/l.svg" alt="Home"></a>
                        <a href="/docs/"><svg role="img"><title>Home</title></svg><img src="/docs/l.svg" alt=""></a>
                        </div></p><a href="/docs/notes/"><img src="/docs/l.svg" alt=""><a href="/docs/">B<h1>Title<p>more
                        -- static/l.svg --
                        <svg xmlns="http://www.w3.org/2000/svg"/>
                        """));
    }

    @Test
    void followsLinksGetFormsAndRefreshesButNotPostFormsOrStylesheets() {
        String pages = """
                -- static/notes/index.html --
                <!doctype html>
                <form action="/docs/a/"></form><meta http-equiv="refresh" content="5; url='/docs/b/'">
                <form method="post" action="/docs/c/"></form><link rel="stylesheet" href="/docs/d/">
                """;
        for (String page : List.of("a", "b", "c", "d")) {
            pages += "-- static/" + page + "/index.html --\n<!doctype html>\n<h1>" + page + "</h1>\n";
        }
        assertEquals(List.of(
                "public/c/index.html:1:1: warning: page /docs/c/ cannot be reached by following links from the home"
                        + " page (/docs/); link to it from its section, a list or another page",
                "public/d/index.html:1:1: warning: page /docs/d/ cannot be reached by following links from the home"
                        + " page (/docs/); link to it from its section, a list or another page"),
                check(pages));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against quadratic time, not a benchmark
    void survivesHostileInput() {
        String[] inputs = {"<".repeat(200_000), "<!--" + "x".repeat(100_000), "<a href=\"" + "x".repeat(100_000),
            "<script>" + "<a href=/x/>".repeat(20_000), "<div>".repeat(50_000) + "</div>".repeat(50_000),
            "<a " + "x=y ".repeat(50_000), "<title>", "<", "&#xFFFFFFFF; &#99999999999;", ""};
        StringBuilder files = new StringBuilder("-- static/notes/index.html --\n<!doctype html>\n");
        for (int i = 0; i < inputs.length; i++) {
            files.append("-- static/hostile-").append(i).append(".html --\n").append(inputs[i]).append('\n');
        }
        List<String> problems = check(files.toString());
        assertEquals(List.of("public/hostile-0.html:1:1: error: the page has no <title> (also on 8 other pages)",
                "public/hostile-6.html:1:1: error: the page's <title> is empty"),
                problems.stream().filter(p -> p.contains("title>")).toList());
    }
}
