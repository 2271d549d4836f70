package io.cxsite.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * The newest value of each line written at its end, as the SVG writes it ({@link DirectLabels}):
 * bold, just right of the last dot, and moved up or down as little as it takes to keep a line's
 * height from the others, inside the value axis.
 */
final class PngEnds {
    /** The plot's height in chart units, about: values are moved apart by a line of text in this. */
    private static final double PLOT_HEIGHT = 250;

    private PngEnds() {
    }

    /** Adds the end labels of {@code spec}'s lines to {@code plot}, whose value axis is already set. */
    static void add(ChartSpec spec, CategoryPlot plot) {
        List<DirectLabels.End> ends = DirectLabels.ends(new ChartSpec(spec.id(), ChartKind.LINE, spec.title(),
                spec.description(), spec.labels(), spec.series(), java.util.Optional.empty(), spec.target(),
                spec.targetLabel(), spec.format()));
        if (ends.isEmpty()) {
            return;
        }
        double low = plot.getRangeAxis().getLowerBound();
        double high = plot.getRangeAxis().getUpperBound();
        double line = ChartStyle.FONT * 1.15 * (high - low) / PLOT_HEIGHT;
        List<DirectLabels.End> order = new ArrayList<>(ends);
        order.sort(Comparator.comparingDouble((DirectLabels.End e) -> value(spec, e)).reversed());
        double[] at = new double[order.size()];
        for (int k = 0; k < order.size(); k++) {
            at[k] = Math.min(value(spec, order.get(k)), k == 0 ? high - line / 2 : at[k - 1] - line);
        }
        for (int k = order.size() - 1; k >= 0; k--) {
            at[k] = Math.max(at[k], k == order.size() - 1 ? low + line / 2 : at[k + 1] + line);
        }
        for (int k = 0; k < order.size(); k++) {
            DirectLabels.End end = order.get(k);
            // Two spaces keep the text clear of the dot, as the SVG's gap of 8 units does.
            CategoryTextAnnotation text = new CategoryTextAnnotation("\u2002" + end.text(),
                    plot.getDataset().getColumnKey(end.index()), at[k]);
            text.setCategoryAnchor(CategoryAnchor.MIDDLE);
            text.setTextAnchor(TextAnchor.CENTER_LEFT);
            text.setFont(PngPlots.font(Font.BOLD, ChartStyle.FONT));
            text.setPaint(PngPlots.TEXT);
            plot.addAnnotation(text);
        }
    }

    private static double value(ChartSpec spec, DirectLabels.End end) {
        return spec.series().get(end.series()).values().get(end.index());
    }
}
