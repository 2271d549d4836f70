package io.cxsite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Lays a report page out as a dashboard: each second-level section that shows a chart and says
 * little else becomes a panel, and consecutive panels share a grid that the style sheet puts in two
 * columns on wide screens (the markup is the {@code dashboard} partial's). Sections with tables,
 * lists or longer text stay in the running text.
 */
final class ChartGrid {
    private static final String CHART = "cx-chart";
    /** More text than this many paragraphs reads better at full measure than beside a chart. */
    private static final int MAX_PARAGRAPHS = 2;

    private ChartGrid() {
    }

    /** Whether any top-level block of the document is a chart, so that the page gets panels. */
    static boolean applies(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (isChart(n)) {
                return true;
            }
        }
        return false;
    }

    /** The document's top-level blocks rendered by {@code render}, in order, consecutive panels grouped into grids. */
    static PartialModel.Dashboard layout(Node document, Function<Node, String> render) {
        List<PartialModel.DashboardPart> parts = new ArrayList<>();
        for (List<Node> section : sections(document)) {
            StringBuilder html = new StringBuilder();
            section.forEach(node -> html.append(render.apply(node)));
            boolean panel = isPanel(section);
            PartialModel.DashboardPart last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.grid() == panel) {
                last.sections().add(new SafeString(html.toString()));
            } else {
                List<SafeString> sections = new ArrayList<>();
                sections.add(new SafeString(html.toString()));
                parts.add(new PartialModel.DashboardPart(panel, sections));
            }
        }
        return new PartialModel.Dashboard(parts);
    }

    // The blocks before the first heading of level 1 or 2, then one list per such heading.
    private static List<List<Node>> sections(Node document) {
        List<List<Node>> sections = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 2 && !current.isEmpty()) {
                sections.add(current);
                current = new ArrayList<>();
            }
            current.add(n);
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        return sections;
    }

    private static boolean isPanel(List<Node> section) {
        if (!(section.get(0) instanceof Heading h) || h.getLevel() != 2) {
            return false;
        }
        int charts = 0;
        int paragraphs = 0;
        for (Node n : section.subList(1, section.size())) {
            if (isChart(n)) {
                charts++;
            } else if (n instanceof Paragraph) {
                paragraphs++;
            } else {
                return false;
            }
        }
        return charts > 0 && paragraphs <= MAX_PARAGRAPHS;
    }

    private static boolean isChart(Node node) {
        if (!(node instanceof FencedCodeBlock code) || code.getInfo() == null) {
            return false;
        }
        String info = code.getInfo().strip();
        return info.equals(CHART) || info.startsWith(CHART + " ");
    }
}
