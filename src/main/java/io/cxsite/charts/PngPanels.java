package io.cxsite.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * {@link ChartKind#SMALL_MULTIPLES} as a PNG, laid out as the SVG lays it out: the title and the
 * target's name above, then one small line chart per series, two to a row, each named above its
 * plot, all on the value axis of the whole chart ({@link Scale} of every series), each with the
 * target's dashed line, its newest value at its end, and its first and last label below.
 */
final class PngPanels {
    /** As in the SVG's panels: few ticks, so that small plots stay readable. */
    static final int TICK_INTERVALS = 3;
    private static final double HEADER = 44;
    private static final double GAP = 12;

    private PngPanels() {
    }

    static void draw(ChartSpec spec, Graphics2D g, Rectangle2D area) {
        header(spec, g, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), HEADER));
        int count = spec.series().size();
        int columns = count < 2 ? 1 : 2;
        int rows = (count + columns - 1) / columns;
        double width = (area.getWidth() - (columns - 1) * GAP) / columns;
        double height = (area.getHeight() - HEADER) / rows;
        for (int s = 0; s < count; s++) {
            Rectangle2D.Double box = new Rectangle2D.Double(area.getX() + (s % columns) * (width + GAP),
                    area.getY() + HEADER + (s / columns) * height, width, height);
            panel(spec, s).draw(g, box);
        }
    }

    // The chart's title, and under it the target's name beside a dashed stroke (the SVG's legend entry).
    private static void header(ChartSpec spec, Graphics2D g, Rectangle2D box) {
        TextTitle title = new TextTitle(spec.title(), PngPlots.font(Font.BOLD, ChartStyle.FONT + 2));
        title.setPaint(PngPlots.TEXT);
        title.setPadding(new RectangleInsets(8, 8, 2, 8));
        Rectangle2D top = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight() / 2 + 4);
        title.arrange(g, new RectangleConstraint(top.getWidth(), new Range(0, top.getWidth()),
                LengthConstraintType.RANGE, top.getHeight(), new Range(0, top.getHeight()), LengthConstraintType.RANGE));
        title.draw(g, top);
        if (spec.target().isEmpty()) {
            return;
        }
        double y = box.getY() + box.getHeight() * 0.75 + 2;
        g.setPaint(PngPlots.TEXT);
        g.setStroke(PngMarks.targetStroke());
        g.draw(new java.awt.geom.Line2D.Double(box.getX() + 8, y, box.getX() + 30, y));
        g.setFont(PngPlots.font(Font.PLAIN, ChartStyle.FONT));
        g.drawString(DirectLabels.targetText(spec, spec.target().getAsDouble()), (float) (box.getX() + 36),
                (float) (y + 5));
    }

    // Series s alone, named above its plot, on the axis of the whole chart.
    private static JFreeChart panel(ChartSpec spec, int s) {
        Series series = spec.series().get(s);
        ChartSpec one = new ChartSpec(spec.id(), ChartKind.SMALL_MULTIPLES, series.name(), "", spec.labels(),
                List.of(series), Optional.empty(), spec.target(), spec.targetLabel(), spec.format());
        CategoryPlot plot = PngPlots.plot(spec, PngData.firstAndLast(one), 1e6f, SvgChart.WIDTH / 2);
        plot.setRenderer(PngMarks.renderer(one));
        plot.getRenderer().setSeriesPaint(0, PngPlots.colour(s));
        spec.target().ifPresent(t -> plot.addRangeMarker(PngMarks.target(t)));
        PngEnds.add(one, plot);
        JFreeChart chart = new JFreeChart(series.name(), PngPlots.font(Font.BOLD, ChartStyle.FONT), plot, false);
        chart.getTitle().setPaint(PngPlots.TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(4, 8, 4, 8));
        return chart;
    }
}
