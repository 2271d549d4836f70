package io.cxsite.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A {@link ChartSpec} drawn by JFreeChart in the SVG's colours, fonts and labels: the title above,
 * the value axis with the SVG's ticks ({@link Scale}), the target and references as marker lines
 * named in the legend (where nothing in the plot can cover them), the band, and the newest value at the end of each line ({@link PngMarks}). Small multiples are a
 * grid of such charts on one scale ({@link PngPanels}); dots are rows on a logarithmic axis; a
 * scatter chart is an XY plot ({@link PngScatter}); a band on horizontal bars is whiskers ({@link PngWhiskers}).
 */
final class PngPlots {
    static final Color TEXT = Color.decode("#1b2a35");
    static final Color TICK = Color.decode("#4a5d6b");
    static final Color GRID = Color.decode("#e1e7eb");
    static final Color AXIS = Color.decode("#6b7c88");
    // A logical font: every JDK maps it to a real one, so the PNG needs no font files.
    private static final String FONT = Font.SANS_SERIF;
    /** About how wide the plot of horizontal bars is, right of their labels, in chart units. */
    private static final double ROWS_PLOT_WIDTH = 330;

    private PngPlots() {
    }

    /** Draws {@code spec} into {@code area}, painting all of it (white where nothing is drawn). */
    static void draw(ChartSpec spec, Graphics2D g, Rectangle2D area) {
        g.setPaint(Color.WHITE);
        g.fill(area);
        if (spec.kind() == ChartKind.SMALL_MULTIPLES && spec.hasData()) {
            PngPanels.draw(spec, g, area);
        } else {
            chart(spec).draw(g, area);
        }
    }

    /** The whole chart, title and legend included (no background: {@link #draw} paints it). */
    static JFreeChart chart(ChartSpec spec) {
        if (spec.kind() == ChartKind.SCATTER) {
            return PngScatter.chart(spec);
        }
        boolean rows = rows(spec);
        CategoryPlot plot = plot(spec, spec.kind() == ChartKind.DOTS ? PngData.positive(spec) : PngData.dataset(spec),
                rows ? 0.4f : PngData.every(spec), SvgChart.WIDTH);
        plot.setOrientation(rows ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        // Values below the rows, as the SVG writes them.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        spec.target().ifPresent(t -> plot.addRangeMarker(PngMarks.target(t)));
        spec.references().forEach(r -> plot.addRangeMarker(PngMarks.reference(r)));
        if (spec.kind() == ChartKind.HORIZONTAL_BARS) {
            // Whiskers across the first series' bar ends, which then carry their values past them.
            spec.band().ifPresent(b -> {
                plot.addAnnotation(new PngWhiskers(spec, b));
                plot.getRenderer().setSeriesItemLabelsVisible(0, false);
            });
        } else {
            spec.band().ifPresent(b -> plot.addAnnotation(new PngMarks.BandShade(b)));
        }
        if (spec.kind() == ChartKind.LINE) {
            PngEnds.add(spec, plot);
        }
        LegendItemCollection named = PngMarks.legend(spec, plot);
        plot.setFixedLegendItems(named);
        return dress(new JFreeChart(spec.title(), font(Font.BOLD, ChartStyle.FONT + 2), plot,
                named.getItemCount() > 0));
    }

    /** {@code chart} in the SVG's colours and fonts: its title, padding and legend (above the plot). */
    static JFreeChart dress(JFreeChart chart) {
        chart.getTitle().setPaint(TEXT);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, ChartStyle.FONT));
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(null);
            legend.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    /**
     * A plot of {@code data} with the spec's axes and renderer; a written x label may take
     * {@code labelWidth} times its slot (the room of the blank labels beside it; for rows, a
     * fraction of the width); {@code width} is the chart's, for the room its end labels need.
     */
    static CategoryPlot plot(ChartSpec spec, DefaultCategoryDataset data, float labelWidth, double width) {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(font(Font.PLAIN, ChartStyle.FONT));
        x.setTickLabelPaint(TICK);
        x.setAxisLinePaint(AXIS);
        x.setTickMarksVisible(false);
        // A label may reach into the gaps beside its slots.
        x.setMaximumCategoryLabelWidthRatio(rows(spec) ? labelWidth : labelWidth * 1.5f);
        x.setMaximumCategoryLabelLines(rows(spec) ? 3 : 1);
        x.setLowerMargin(0.02);
        x.setUpperMargin(Math.min(0.4, 0.02 + PngMarks.endRoom(spec) / (width - 80)));
        ValueAxis y = valueAxis(spec);
        y.setTickLabelFont(font(Font.PLAIN, ChartStyle.FONT));
        y.setTickLabelPaint(TICK);
        y.setAxisLineVisible(false);
        y.setTickMarksVisible(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, PngMarks.renderer(spec));
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    // The SVG's value axis: its ticks and their format for line and bar charts, a log axis for dots,
    // room for value labels at the bars' ends.
    private static ValueAxis valueAxis(ChartSpec spec) {
        if (spec.kind() == ChartKind.DOTS) {
            LogAxis log = new PngLogAxis(spec.format());
            log.setUpperMargin(0.12);
            log.setLowerMargin(0.12);
            return log;
        }
        NumberAxis y = new NumberAxis();
        // The SVG's scale for the kinds drawn on it; JFreeChart's own range for the rest.
        boolean scaled = switch (spec.kind()) {
            case LINE, SMALL_MULTIPLES, GROUPED_BARS, STACKED_BARS -> true;
            default -> false;
        };
        if (spec.kind() == ChartKind.HORIZONTAL_BARS && spec.hasData()) {
            return rowsAxis(spec, y);
        }
        if (!scaled || !spec.hasData()) {
            y.setNumberFormatOverride(new PngMarks.Formatted(spec.format()));
            y.setUpperMargin(0.12);
            return y;
        }
        Scale scale = Scale.of(spec, spec.kind() == ChartKind.SMALL_MULTIPLES ? PngPanels.TICK_INTERVALS : 6);
        y.setRange(scale.min(), scale.max());
        y.setTickUnit(new NumberTickUnit(scale.step(),
                new PngMarks.Formatted(spec.format().withDecimals(scale.decimals()))));
        return y;
    }

    // The SVG's value axis of horizontal bars (its ticks, band included), with room past the axis's
    // ends for the values written beyond the bars' ends, less than a step so no tick is added.
    private static ValueAxis rowsAxis(ChartSpec spec, NumberAxis y) {
        Scale scale = BarsLayout.of(spec).scale();
        double widest = spec.series().stream().flatMap(s -> s.values().stream()).filter(java.util.Objects::nonNull)
                .mapToDouble(v -> SvgChart.width(spec.format().format(v), ChartStyle.VALUE_FONT)).max().orElse(0);
        double room = Math.min(0.95 * scale.step(),
                (widest + 8) / ROWS_PLOT_WIDTH * (scale.max() - scale.min()));
        y.setRange(scale.min() < 0 ? scale.min() - room : scale.min(),
                scale.max() > 0 ? scale.max() + room : scale.max());
        y.setTickUnit(new NumberTickUnit(scale.step(),
                new PngMarks.Formatted(spec.format().withDecimals(scale.decimals()))));
        return y;
    }

    /** Whether labels are rows down the left (horizontal bars, dots) rather than along the x axis. */
    static boolean rows(ChartSpec spec) {
        return spec.kind() == ChartKind.HORIZONTAL_BARS || spec.kind() == ChartKind.DOTS;
    }

    /** The series colour of the SVG in light mode, colours repeating after the last. */
    static Color colour(int series) {
        return Color.decode(ChartStyle.LIGHT.get(series % ChartStyle.colourCount()));
    }

    static Font font(int style, double size) {
        return new Font(FONT, style, (int) Math.round(size));
    }
}
