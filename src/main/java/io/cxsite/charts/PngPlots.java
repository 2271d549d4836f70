package io.cxsite.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** A {@link ChartSpec} as a JFreeChart chart in the SVG's colours, fonts and labels. */
final class PngPlots {
    private static final Color TEXT = Color.decode("#1b2a35");
    private static final Color TICK = Color.decode("#4a5d6b");
    private static final Color GRID = Color.decode("#e1e7eb");
    private static final Color AXIS = Color.decode("#6b7c88");
    // A logical font: every JDK maps it to a real one, so the PNG needs no font files.
    private static final String FONT = Font.SANS_SERIF;

    private PngPlots() {
    }

    static JFreeChart chart(ChartSpec spec) {
        boolean dots = spec.kind() == ChartKind.DOTS;
        DefaultCategoryDataset data = dots ? PngData.positive(spec) : PngData.dataset(spec);
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(font(Font.PLAIN, ChartStyle.FONT));
        x.setTickLabelPaint(TICK);
        x.setAxisLinePaint(AXIS);
        x.setTickMarksVisible(false);
        // A written x label may take the room of the blank ones beside it; a row's name, wrapped on
        // up to three lines, at most 40 % of the width.
        boolean rows = spec.kind() == ChartKind.HORIZONTAL_BARS || dots;
        x.setMaximumCategoryLabelWidthRatio(rows ? 0.4f : PngData.every(spec));
        x.setMaximumCategoryLabelLines(rows ? 3 : 2);
        ValueAxis y = dots ? new LogAxis() : new NumberAxis();
        NumberFormat ticks = new Formatted(spec.format());
        if (y instanceof NumberAxis n) {
            n.setNumberFormatOverride(ticks);
            n.setAutoRangeIncludesZero(spec.kind() != ChartKind.LINE && spec.kind() != ChartKind.SMALL_MULTIPLES);
        } else {
            ((LogAxis) y).setNumberFormatOverride(ticks);
        }
        y.setTickLabelFont(font(Font.PLAIN, ChartStyle.FONT));
        y.setTickLabelPaint(TICK);
        y.setAxisLineVisible(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer(spec, ticks));
        plot.setOrientation(rows ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        y.setUpperMargin(rows ? 0.12 : 0.05);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        spec.target().ifPresent(t -> plot.addRangeMarker(target(spec, t)));
        JFreeChart chart = new JFreeChart(spec.title(), font(Font.BOLD, ChartStyle.FONT + 2), plot,
                spec.series().size() > 1);
        chart.getTitle().setPaint(TEXT);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, ChartStyle.FONT));
            legend.setItemPaint(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static AbstractCategoryItemRenderer renderer(ChartSpec spec, NumberFormat values) {
        AbstractCategoryItemRenderer renderer = switch (spec.kind()) {
            case LINE, SMALL_MULTIPLES -> lines(true);
            case DOTS -> lines(false);
            case STACKED_BARS -> bars(new StackedBarRenderer());
            case GROUPED_BARS, HORIZONTAL_BARS -> bars(new BarRenderer());
        };
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, colour(s));
            renderer.setSeriesStroke(s, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        if (spec.kind() == ChartKind.HORIZONTAL_BARS || spec.kind() == ChartKind.DOTS) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", values));
            renderer.setDefaultItemLabelFont(font(Font.PLAIN, ChartStyle.VALUE_FONT));
            renderer.setDefaultItemLabelPaint(TEXT);
            renderer.setDefaultItemLabelsVisible(true);
        }
        if (spec.kind() == ChartKind.HORIZONTAL_BARS) {
            // The value at the bar's end, as on the SVG.
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setDefaultNegativeItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        }
        if (spec.kind() == ChartKind.DOTS && spec.series().size() > 1) {
            // The second series is the target: a short upright bar, as the SVG's target mark.
            renderer.setSeriesShape(1, new Rectangle2D.Double(-2, -8, 4, 16));
        }
        return renderer;
    }

    private static LineAndShapeRenderer lines(boolean joined) {
        LineAndShapeRenderer lines = new LineAndShapeRenderer(joined, true);
        lines.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        lines.setAutoPopulateSeriesShape(false);
        return lines;
    }

    private static BarRenderer bars(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        return bars;
    }

    private static ValueMarker target(ChartSpec spec, double target) {
        ValueMarker marker = new ValueMarker(target, TEXT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(DirectLabels.targetText(spec, target));
        marker.setLabelFont(font(Font.BOLD, ChartStyle.FONT));
        marker.setLabelPaint(TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        if (spec.kind() == ChartKind.HORIZONTAL_BARS || spec.kind() == ChartKind.DOTS) {
            // An upright line: its name at its foot, to the right.
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        } else {
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        }
        return marker;
    }

    /** The series colour of the SVG in light mode, colours repeating after the last. */
    static Color colour(int series) {
        return Color.decode(ChartStyle.LIGHT.get(series % ChartStyle.colourCount()));
    }

    private static Font font(int style, double size) {
        return new Font(FONT, style, (int) Math.round(size));
    }

    /** Tick and value labels written by the chart's {@link ValueFormat}, as on the SVG. */
    private static final class Formatted extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient ValueFormat format;

        Formatted(ValueFormat format) {
            this.format = format;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(format.format(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(format.format((double) number));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
