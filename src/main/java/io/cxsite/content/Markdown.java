package io.cxsite.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The Markdown dialect of cxsite: CommonMark plus the GitHub extensions authors expect. */
public final class Markdown {
    /** Parser and renderer must share these, so render builds its renderer from this list. */
    public static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.builder().maxCells(PageLimits.TABLE_CELLS).build(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());

    /** Thread-safe once built; inline spans give each link its own line and column. */
    public static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * {@link #PARSER} without the autolink extension, for text that cannot hold an autolink. Finding
     * bare links ("https://", "www.", e-mail addresses) scans every character of every text node,
     * about a seventh of all the parsing of a page without one.
     */
    private static final Parser WITHOUT_AUTOLINKS = Parser.builder()
            .extensions(EXTENSIONS.stream().filter(e -> !(e instanceof AutolinkExtension)).toList())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Markdown() {
    }

    /**
     * The document of {@code markdown}, as {@link #PARSER} parses it. The autolink extension only
     * makes a link where a text node holds "://", "ww." (of "www.") or an "@" (the characters its
     * scanners start from), and leaves every other text node as it is; a text node's characters are
     * the source's, less backslash escapes and with entities decoded. So a source without any of
     * those, and without a backslash or an ampersand, parses the same without the extension.
     */
    public static Node parse(String markdown) {
        return mayAutolink(markdown) ? PARSER.parse(markdown) : WITHOUT_AUTOLINKS.parse(markdown);
    }

    static boolean mayAutolink(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.indexOf('\\') >= 0
                || markdown.contains("://") || markdown.contains("ww.");
    }

    /** The visible text of a heading (or any inline container): what its anchor id is made from. */
    public static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }
}
