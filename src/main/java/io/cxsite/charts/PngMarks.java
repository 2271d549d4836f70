package io.cxsite.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
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

/**
 * What a {@link PngPlots} chart draws on its plot: the series in the SVG's colours, value labels
 * where the SVG writes them (bar ends, dots; the newest value of each line: {@link PngEnds}), the target's dashed
 * line, reference lines dotted in the SVG's purple, and the band as a light shade.
 */
final class PngMarks {
    private static final Color REFERENCE = Color.decode("#7a4f9a");
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

    /** The target's dashed line; its name ("Target +30.0") is in the {@link #legend}. */
    static ValueMarker target(double target) {
        return new ValueMarker(target, PngPlots.TEXT, targetStroke());
    }

    /** A reference's dotted line in the SVG's purple; its label ("Benchmark +32.0") is in the {@link #legend}. */
    static ValueMarker reference(Reference reference) {
        return new ValueMarker(reference.value(), REFERENCE, referenceStroke());
    }

    /**
     * The legend: each series when there are several, then the target and each reference with the
     * text the SVG writes beside its line, drawn as a stroke of that line. In the legend these names
     * never cover a line or a dot, as the SVG's collision check makes sure in the plot.
     */
    static LegendItemCollection legend(ChartSpec spec, CategoryPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        if (spec.series().size() > 1) {
            items.addAll(plot.getRenderer().getLegendItems());
        }
        Line2D stroke = new Line2D.Double(-10, 0, 10, 0);
        spec.target().ifPresent(t -> items.add(new LegendItem(DirectLabels.targetText(spec, t), null, null, null,
                stroke, targetStroke(), PngPlots.TEXT)));
        for (Reference r : spec.references()) {
            items.add(new LegendItem(r.label(spec.format()), null, null, null, stroke, referenceStroke(), REFERENCE));
        }
        return items;
    }

    static BasicStroke targetStroke() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    private static BasicStroke referenceStroke() {
        return new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
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
