package io.cxsite.charts;

import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@link ChartKind#SCATTER} drawn by JFreeChart as the SVG draws it ({@link ScatterPlot}): the
 * SVG's scales and tick labels both ways, a dot per topic (one dataset series each, named by the
 * topic), the target as a dashed guide across and each reference as one down, named in the legend,
 * and each dot's name beside it ({@link PngScatterNames}); dots the SVG numbers are numbered here
 * too, and the numbers spelt out below the plot, as in the SVG's key.
 */
final class PngScatter {
    private PngScatter() {
    }

    /** The whole chart, title, legend and key included. */
    static JFreeChart chart(ChartSpec spec) {
        Scale xs = ScatterPlot.xScale(spec);
        Scale ys = ScatterPlot.yScale(spec);
        XYPlot plot = new XYPlot(dataset(spec),
                axis(spec.series().get(0).name(), xs, ScatterPlot.xFormat(spec, xs.decimals())),
                axis(spec.series().get(1).name(), ys, spec.format().withDecimals(ys.decimals())), dots());
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(PngPlots.GRID);
        plot.setDomainGridlinePaint(PngPlots.GRID);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setDomainGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        boolean drawn = !ScatterPlot.points(spec).isEmpty();
        LegendItemCollection named = new LegendItemCollection();
        Line2D stroke = new Line2D.Double(-10, 0, 10, 0);
        if (drawn) {
            spec.target().ifPresent(t -> {
                plot.addRangeMarker(new ValueMarker(t, PngPlots.TEXT, PngMarks.targetStroke()));
                named.add(new LegendItem(DirectLabels.targetText(spec, t), null, null, null, stroke,
                        PngMarks.targetStroke(), PngPlots.TEXT));
            });
            for (Reference r : spec.references()) {
                plot.addDomainMarker(new ValueMarker(r.value(), PngPlots.TEXT, PngMarks.targetStroke()));
                named.add(new LegendItem(ScatterPlot.guideText(spec, r), null, null, null, stroke,
                        PngMarks.targetStroke(), PngPlots.TEXT));
            }
        }
        plot.setFixedLegendItems(named);
        plot.addAnnotation(new PngScatterNames(names(spec)));
        JFreeChart chart = PngPlots.dress(new JFreeChart(spec.title(), PngPlots.font(Font.BOLD, ChartStyle.FONT + 2),
                plot, named.getItemCount() > 0));
        List<String> numbered = ScatterPlot.numbered(spec);
        // Bottom titles stack outwards from the plot, so the last line is added first.
        for (int k = numbered.size() - 1; k >= 0; k--) {
            TextTitle line = new TextTitle((k + 1) + " " + numbered.get(k), PngPlots.font(Font.PLAIN, ChartStyle.FONT));
            line.setPosition(RectangleEdge.BOTTOM);
            line.setHorizontalAlignment(HorizontalAlignment.LEFT);
            line.setPaint(PngPlots.TEXT);
            chart.addSubtitle(line);
        }
        return chart;
    }

    /** One series per dot, keyed by its topic (apart by position, so two topics of one name stay two). */
    static XYSeriesCollection dataset(ChartSpec spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i : ScatterPlot.points(spec)) {
            XYSeries dot = new XYSeries(new PngData.Key(i, spec.labels().get(i), spec.labels().get(i)), false, true);
            dot.add(ScatterPlot.x(spec, i), ScatterPlot.y(spec, i));
            data.addSeries(dot);
        }
        return data;
    }

    /**
     * Each spot's text: the names of the dots drawn there ("Threats to cancel, Suspected fraud"),
     * or the number the SVG's key gives them.
     */
    static List<PngScatterNames.Name> names(ChartSpec spec) {
        Map<List<Double>, List<Integer>> bySpot = new LinkedHashMap<>();
        for (int i : ScatterPlot.points(spec)) {
            bySpot.computeIfAbsent(List.of(ScatterPlot.x(spec, i), ScatterPlot.y(spec, i)), k -> new ArrayList<>())
                    .add(i);
        }
        List<String> numbered = ScatterPlot.numbered(spec);
        List<PngScatterNames.Name> names = new ArrayList<>();
        for (Map.Entry<List<Double>, List<Integer>> spot : bySpot.entrySet()) {
            String name = String.join(", ", spot.getValue().stream().map(spec.labels()::get).toList());
            int number = numbered.indexOf(name);
            names.add(new PngScatterNames.Name(spot.getKey().get(0), spot.getKey().get(1), name,
                    number < 0 ? name : String.valueOf(number + 1)));
        }
        return names;
    }

    private static NumberAxis axis(String name, Scale scale, ValueFormat format) {
        NumberAxis axis = new NumberAxis(name);
        axis.setLabelFont(PngPlots.font(Font.PLAIN, ChartStyle.FONT));
        axis.setLabelPaint(PngPlots.TEXT);
        axis.setTickLabelFont(PngPlots.font(Font.PLAIN, ChartStyle.FONT));
        axis.setTickLabelPaint(PngPlots.TICK);
        axis.setAxisLinePaint(PngPlots.AXIS);
        axis.setTickMarksVisible(false);
        axis.setRange(scale.min(), scale.max());
        axis.setTickUnit(new NumberTickUnit(scale.step(), new PngMarks.Formatted(format)));
        return axis;
    }

    // The SVG's dots: radius 7, in the first series colour, not joined.
    private static XYLineAndShapeRenderer dots() {
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setDefaultShape(new Ellipse2D.Double(-ScatterPlot.DOT, -ScatterPlot.DOT, 2 * ScatterPlot.DOT,
                2 * ScatterPlot.DOT));
        dots.setAutoPopulateSeriesShape(false);
        dots.setAutoPopulateSeriesPaint(false);
        dots.setDefaultPaint(PngPlots.colour(0));
        return dots;
    }
}
