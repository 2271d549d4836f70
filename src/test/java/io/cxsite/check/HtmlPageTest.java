package io.cxsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.check.HtmlPage.Ref;
import io.cxsite.check.HtmlPage.Text;
import io.cxsite.check.HtmlPage.Written;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The tolerant scanner under the site check: what it reads, and where, from HTML as it comes. */
class HtmlPageTest {

    @Test
    void readsUrlsWithTheirPositionAndWhetherAPersonFollowsThem() {
        HtmlPage page = HtmlPage.parse("a/index.html", """
                <link rel="stylesheet" href="/css/x.css">
                <a class=x href=/one/>one</a> <a
                   href='/two/?q=1&amp;r=2#frag'>two</a>
                <img src="/i.png" srcset="/i-1x.png 1x, /i-2x.png 2x" alt="">
                <form action="/search/"></form><form method="post" action="/send"></form>
                <meta http-equiv="refresh" content="0; url=/moved/">
                """);
        assertEquals(List.of(
                "1:24 <link href=\"/css/x.css\">",
                "2:12 <a href=\"/one/\"> navigation",
                "3:4 <a href=\"/two/?q=1&r=2#frag\"> navigation",
                "4:6 <img src=\"/i.png\">",
                "4:19 <img srcset=\"/i-1x.png\">",
                "4:19 <img srcset=\"/i-2x.png\">",
                "5:7 <form action=\"/search/\"> navigation",
                "5:52 <form action=\"/send\">",
                "6:28 <meta content=\"/moved/\"> navigation"),
                page.refs().stream().map(r -> r.line() + ":" + r.column() + " " + r.html()
                        + (r.navigation() ? " navigation" : "")).toList());
        // A tag over several lines is found in the Markdown by its first.
        assertEquals(new Written("<a", 0), page.refs().get(2).written());
        assertEquals(new Written("<a class=x href=/one/>", 0), page.refs().get(1).written());
    }

    @Test
    void skipsCommentsScriptsAndStylesButNotWhatFollowsThem() {
        HtmlPage page = HtmlPage.parse("x.html", """
                <!-- <a href="/commented/"> -->
                <script>if (a < b) { document.write('<a href="/scripted/">'); }</script>
                <style>a[href="/styled/"] { color: red }</style>
                <SCRIPT src="/real.js"></SCRIPT><a href="/after/">after</a>
                <svg><![CDATA[ <a href="/cdata/"> ]]></svg>
                """);
        assertEquals(List.of("/real.js", "/after/"), page.refs().stream().map(Ref::url).toList());
    }

    @Test
    void collectsIdsAndNamedAnchors() {
        HtmlPage page = HtmlPage.parse("x.html", "<main id=\"main\"><h2 id=\"b\">B</h2><a name=\"old\"></a><p id=a>"
                + "<p id=\"b\">");
        assertEquals(List.of("a", "b", "main", "old"), page.ids());
        assertTrue(page.hasId("old"));
        assertFalse(page.hasId("Old"));
    }

    @Test
    void readsTheDocumentTitleNotAnSvgTitle() {
        HtmlPage page = HtmlPage.parse("x.html", """
                <html><head>
                <title>Fees &amp; charges</title></head>
                <body><svg role="img"><title>Chart</title></svg><svg role="img"><desc>No title</desc></svg>
                <svg aria-hidden="true"><path d=""/></svg>
                """);
        assertEquals(Optional.of("2:1 Fees & charges"), page.title().map(t -> t.line() + ":" + t.column() + " " + t.text()));
        assertEquals(List.of("3:7 true", "3:49 false"),
                page.graphics().stream().map(g -> g.line() + ":" + g.column() + " " + g.titled()).toList());
        assertEquals(new Written("<svg role=\"img\">", 1), page.graphics().get(1).written());
        assertEquals(Optional.empty(), HtmlPage.parse("y.html", "<svg role=img><title>Only</title></svg>").title());
    }

    @Test
    void aHeadingsTextIncludesImageAltTextAndNoBreakSpacesAreBlank() {
        HtmlPage page = HtmlPage.parse("x.html",
                "<h1><img src=\"l.png\" alt=\"Logo\"></h1>\n<h1> &nbsp; </h1>\n<h1>\n<span></span></h1>");
        assertEquals(List.of("Logo", "\u00a0", ""), page.headings().stream().map(Text::text).toList());
        assertEquals(List.of(false, true, true), page.headings().stream().map(Text::isBlank).toList());
        assertEquals(List.of(1, 2, 3), page.headings().stream().map(Text::line).toList());
    }

    @Test
    void marksAnEmptyAltImageThatIsAllThereIsInALink() {
        HtmlPage page = HtmlPage.parse("x.html", """
                <a href="/a/"><img src="1.png" alt=""></a>
                <a href="/b/"><img src="2.png" alt=""> Home</a>
                <a href="/c/" aria-label="Home"><img src="3.png" alt=""></a>
                <a href="/d/"><img src="4.png" alt=""><img src="5.png" alt="Home"></a>
                <p><img src="6.png" alt="">
                <a href="/e/"><svg role="img"><title>Home</title></svg><img src="7.png" alt=""></a>
                <a href="/f/"><img src="8.png"></a>
                """);
        assertEquals(List.of(
                "1:15 <img src=\"1.png\" alt=\"\"> bare link to /a/",
                "2:15 <img src=\"2.png\" alt=\"\">",
                "3:33 <img src=\"3.png\" alt=\"\">",
                "4:15 <img src=\"4.png\" alt=\"\">",
                "4:39 <img src=\"5.png\" alt=\"Home\">",
                "5:4 <img src=\"6.png\" alt=\"\">",
                "6:56 <img src=\"7.png\" alt=\"\">",
                "7:15 <img src=\"8.png\">"),
                page.images().stream().map(i -> i.line() + ":" + i.column() + " " + i.html()
                        + i.bareLink().map(l -> " bare link to " + l).orElse("")).toList());
    }

    @Test
    void takesUnclosedAndStrayTagsAsABrowserWould() {
        HtmlPage page = HtmlPage.parse("x.html", "</div></p><a href=\"/a/\"><img src=\"1.png\" alt=\"\"><a href=\"/b/\">B"
                + "<h1>Title<p>more");
        // html: a new link closes the open one; the end of the text closes the rest
        assertEquals(Optional.of("/a/"), page.images().get(0).bareLink());
        assertEquals(List.of("Titlemore"), page.headings().stream().map(Text::text).toList());
    }

    @Test
    void findsNoindexInTheRobotsMeta() {
        assertTrue(HtmlPage.parse("x.html", "<meta name=\"robots\" content=\"noindex, nofollow\">").noindex());
        assertFalse(HtmlPage.parse("x.html", "<meta name=\"description\" content=\"noindex\">").noindex());
    }

    @Test
    void decodesNumericAndCommonNamedReferencesAndLeavesTheRest() {
        assertEquals("a&b <c> \"d\" 'e' é é &unknown; & f", HtmlPage.decode(
                "a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&apos; &#233; &#xE9; &unknown; & f"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against quadratic time, not a benchmark
    void survivesHostileInput() {
        String[] inputs = {"<".repeat(200_000), "<!--" + "x".repeat(100_000), "<a href=\"" + "x".repeat(100_000),
            "<script>" + "<a href=/x/>".repeat(20_000), "<div>".repeat(50_000) + "</div>".repeat(50_000),
            "<a " + "x=y ".repeat(50_000), "<title>", "<", "&#xFFFFFFFF; &#99999999999;", ""};
        for (String input : inputs) {
            HtmlPage page = HtmlPage.parse("x.html", input);
            assertTrue(page.refs().size() <= 1, input.substring(0, Math.min(20, input.length())));
        }
    }
}
