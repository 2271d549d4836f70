package io.cxsite.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * What a {@link PngPlots} chart draws on its plot: the series in the SVG's colours, value labels
 * where the SVG writes them (bar ends, dots, the newest value of each line), the target's dashed
 * line, reference lines dotted in the SVG's purple, and the band as a light shade.
 */
final class PngMarks {
    private static final Color REFERENCE = Color.decode("#7a4f9a");
    private static final Color REFERENCE_TEXT = Color.decode("#6a3f8a");
    /** The band's fill: the first series colour at the SVG's opacity (.16) over white. */
    private static final Color BAND = new Color(0x00, 0x72, 0xb2, Math.round(0.16f * 255));

    private PngMarks() {
    }

    static AbstractCategoryItemRenderer renderer(ChartSpec spec) {
        AbstractCategoryItemRenderer renderer = switch (spec.kind()) {
            case LINE, SMALL_MULTIPLES -> lines(true);
            case STACKED_BARS -> bars(new StackedBarRenderer());
            case GROUPED_BARS, HORIZONTAL_BARS -> bars(new BarRenderer());
            // DOTS, and any kind drawn later as points: a dot per value.
            default -> lines(false);
        };
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, PngPlots.colour(s));
            renderer.setSeriesStroke(s, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setDefaultItemLabelFont(PngPlots.font(Font.PLAIN, ChartStyle.VALUE_FONT));
        renderer.setDefaultItemLabelPaint(PngPlots.TEXT);
        if (spec.kind() == ChartKind.LINE || spec.kind() == ChartKind.SMALL_MULTIPLES) {
            // The newest value of each line at its end, bold as in the SVG.
            renderer.setDefaultItemLabelGenerator(new EndLabels(spec.format()));
            renderer.setDefaultItemLabelFont(PngPlots.font(Font.BOLD, ChartStyle.FONT));
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            renderer.setDefaultItemLabelsVisible(true);
        }
        if (PngPlots.rows(spec)) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    new Formatted(spec.format())));
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
        lines.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8)); // the SVG's dot, radius 4
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

    /**
     * The target's dashed line with its name ("Target +30.0") above its left end (clear of the
     * newest values at the right), or at its foot for rows.
     */
    static ValueMarker target(ChartSpec spec, double target, boolean rows) {
        ValueMarker marker = new ValueMarker(target, PngPlots.TEXT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(DirectLabels.targetText(spec, target));
        marker.setLabelFont(PngPlots.font(Font.BOLD, ChartStyle.FONT));
        marker.setLabelPaint(PngPlots.TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        if (rows) {
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        } else {
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        }
        return marker;
    }

    /** A reference's dotted line with its short label ("Benchmark +32.0") above its middle, apart from the target's. */
    static ValueMarker reference(ChartSpec spec, Reference reference) {
        ValueMarker marker = new ValueMarker(reference.value(), REFERENCE, new BasicStroke(2f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f));
        marker.setLabel(reference.label(spec.format()));
        marker.setLabelFont(PngPlots.font(Font.PLAIN, ChartStyle.FONT));
        marker.setLabelPaint(REFERENCE_TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.TOP);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        return marker;
    }

    /**
     * Room right of the last value for the newest values written there (line charts), in chart
     * units; 0 for other kinds.
     */
    static double endRoom(ChartSpec spec) {
        if (spec.kind() != ChartKind.LINE && spec.kind() != ChartKind.SMALL_MULTIPLES) {
            return 0;
        }
        return spec.series().stream().flatMap(s -> s.values().stream()).filter(java.util.Objects::nonNull)
                .mapToDouble(v -> SvgChart.width(spec.format().format(v), ChartStyle.FONT)).max().orElse(0) + 10;
    }

    /** A label for the newest value of each series only, written by the chart's format. */
    private record EndLabels(ValueFormat format) implements CategoryItemLabelGenerator {
        @Override
        public String generateLabel(CategoryDataset data, int row, int column) {
            Number value = data.getValue(row, column);
            for (int later = column + 1; value != null && later < data.getColumnCount(); later++) {
                if (data.getValue(row, later) != null) {
                    return null;
                }
            }
            return value == null ? null : format.format(value.doubleValue());
        }

        @Override
        public String generateRowLabel(CategoryDataset data, int row) {
            return data.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset data, int column) {
            return data.getColumnKey(column).toString();
        }
    }

    /** The band between its low and high values, through the middle of each label's slot, broken where unknown. */
    static final class BandShade extends AbstractAnnotation implements CategoryAnnotation {
        private static final long serialVersionUID = 1L;
        private final transient Band band;

        BandShade(Band band) {
            this.band = band;
        }

        @Override
        public void draw(Graphics2D g, CategoryPlot plot, Rectangle2D area, CategoryAxis x, ValueAxis y) {
            int n = band.low().size();
            g.setPaint(BAND);
            for (int from = 0; from < n; from++) {
                if (!band.covers(from)) {
                    continue;
                }
                int to = from;
                while (to + 1 < n && band.covers(to + 1)) {
                    to++;
                }
                Path2D.Double shade = new Path2D.Double();
                for (int i = from; i <= to; i++) {
                    double px = x.getCategoryMiddle(i, n, area, plot.getDomainAxisEdge());
                    double py = y.valueToJava2D(band.high().get(i), area, plot.getRangeAxisEdge());
                    if (i == from) {
                        shade.moveTo(px, py);
                    } else {
                        shade.lineTo(px, py);
                    }
                }
                for (int i = to; i >= from; i--) {
                    shade.lineTo(x.getCategoryMiddle(i, n, area, plot.getDomainAxisEdge()),
                            y.valueToJava2D(band.low().get(i), area, plot.getRangeAxisEdge()));
                }
                shade.closePath();
                g.fill(shade);
                from = to;
            }
        }
    }

    /** Tick and value labels written by the chart's {@link ValueFormat}, as on the SVG. */
    static final class Formatted extends NumberFormat {
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
