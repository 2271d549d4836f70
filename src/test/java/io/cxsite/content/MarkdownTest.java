package io.cxsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Pages that cannot hold a bare link skip the autolink extension; every page still parses as with it. */
class MarkdownTest {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(Markdown.EXTENSIONS).build();

    @Test
    void everySourceParsesAsTheFullParserParsesIt() {
        List<String> sources = List.of(
                "Plain text: with a colon, a slash / and a table.\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [ ] task\n",
                "See https://example.org/a and www.example.org, or write to help@example.org.",
                "Escaped: ww\\.example.org and https:\\//example.org",
                "Entities: help&#64;example.org and https&#58;//example.org and www&period;example.org",
                "In code `https://example.org` and [a link](https://example.org) and <https://example.org>",
                "Uppercase WWW.EXAMPLE.ORG and mailto:someone");
        for (String source : sources) {
            assertEquals(HTML.render(Markdown.PARSER.parse(source)), HTML.render(Markdown.parse(source)), source);
            assertEquals(links(Markdown.PARSER.parse(source)), links(Markdown.parse(source)), source);
        }
    }

    @Test
    void onlyTextWithoutTheAutolinkTriggersSkipsTheExtension() {
        assertFalse(Markdown.mayAutolink("Plain text: a colon, a slash / and WWW in capitals."));
        for (String trigger : List.of("a@b", "https://x", "www.x", "&#64;", "ww\\.x")) {
            assertEquals(true, Markdown.mayAutolink("text " + trigger), trigger);
        }
    }

    /** Every link with its source position: the link check reports positions from these. */
    private static String links(Node document) {
        StringBuilder out = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.append(link.getDestination()).append(link.getSourceSpans()).append('\n');
                visitChildren(link);
            }
        });
        return out.toString();
    }
}
