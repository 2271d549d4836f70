package io.cxsite.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The logarithmic value axis of {@link ChartKind#DOTS} with the SVG's ticks: round values (round
 * durations when the values are seconds) inside the axis, those that keep their labels apart.
 */
final class PngLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 10;
    private final transient ValueFormat format;

    PngLogAxis(ValueFormat format) {
        this.format = format;
    }

    @Override
    public List refreshTicks(Graphics2D g, AxisState state, Rectangle2D area, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double t : DotRows.TICKS) {
            if (t < getLowerBound() || t > getUpperBound()) {
                continue;
            }
            String text = format.format(t);
            double x = valueToJava2D(t, area, edge);
            double half = SvgChart.width(text, ChartStyle.FONT) / 2;
            if (x - half < lastRight + GAP) {
                continue;
            }
            lastRight = x + half;
            ticks.add(new NumberTick(t, text, TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
        }
        return ticks;
    }
}
