package io.cxsite.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A Markdown table inside a scroll region: on a phone a wide table scrolls sideways inside the
 * column instead of widening the page. The region is focusable, so a keyboard can scroll it, and
 * says so in its label (WCAG 2.1.1, 1.4.10). Rows and cells are left to the tables extension.
 */
final class TableRegion implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final String label;

    /** @param label what the region says of itself, in the page's language ("Table, scrolls sideways") */
    TableRegion(HtmlNodeRendererContext context, String label) {
        this.context = context;
        this.label = label;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class);
    }

    @Override
    public void render(Node node) {
        HtmlWriter html = context.getWriter();
        Map<String, String> region = new LinkedHashMap<>();
        region.put("class", "table-scroll");
        region.put("role", "region");
        region.put("tabindex", "0");
        region.put("aria-label", label);
        html.line();
        html.tag("div", region);
        html.line();
        html.tag("table", context.extendAttributes(node, "table", Map.of()));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/table");
        html.line();
        html.tag("/div");
        html.line();
    }

    /**
     * The heading of a body cell's column, for {@code data-label}: where a narrow screen stacks a
     * row's cells, each shows its heading before it. Empty for heading cells and headless columns.
     */
    static String columnHeading(TableCell cell) {
        Node row = cell.getParent();
        if (row == null || !(row.getParent() instanceof TableBody body) || !(body.getParent() instanceof TableBlock)) {
            return "";
        }
        int column = 0;
        for (Node n = row.getFirstChild(); n != null && n != cell; n = n.getNext()) {
            column++;
        }
        Node head = body.getParent().getFirstChild();
        if (!(head instanceof TableHead) || head.getFirstChild() == null) {
            return "";
        }
        Node heading = head.getFirstChild().getFirstChild();
        for (int i = 0; i < column && heading != null; i++) {
            heading = heading.getNext();
        }
        return heading == null ? "" : plainText(heading);
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : plainText(child));
        }
        return text.toString().strip();
    }
}
