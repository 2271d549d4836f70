package io.cxsite.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The name (or key number) of each dot of a {@link PngScatter} beside it: tried at the SVG's places
 * around the dot ({@link ScatterPlot#spots}) until one covers no dot, guide or other name inside the
 * plot; a name that finds none is written at the first place all the same, so no dot goes unnamed.
 */
final class PngScatterNames extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final transient List<Name> names;

    /** A spot's values and its text; {@code name} is every topic drawn there, {@code text} what is written. */
    record Name(double x, double y, String name, String text) {
    }

    PngScatterNames(List<Name> names) {
        this.names = List.copyOf(names);
    }

    /** What is written, spot by spot. */
    List<Name> names() {
        return names;
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis, int index,
            PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        List<Frame.Box> drawn = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        for (Name n : names) {
            double px = xAxis.valueToJava2D(n.x(), area, xEdge);
            double py = yAxis.valueToJava2D(n.y(), area, yEdge);
            at.add(new double[] {px, py});
            drawn.add(Frame.Box.around(px, py, ScatterPlot.DOT + 1));
        }
        for (double v : values(plot.getDomainMarkers(Layer.FOREGROUND))) {
            double px = xAxis.valueToJava2D(v, area, xEdge);
            drawn.add(new Frame.Box(px - 2, area.getMinY(), px + 2, area.getMaxY()));
        }
        for (double v : values(plot.getRangeMarkers(Layer.FOREGROUND))) {
            double py = yAxis.valueToJava2D(v, area, yEdge);
            drawn.add(new Frame.Box(area.getMinX(), py - 2, area.getMaxX(), py + 2));
        }
        LabelLayout layout = new LabelLayout(new Frame.Box(area.getMinX(), area.getMinY(), area.getMaxX(),
                area.getMaxY()), drawn);
        g.setFont(PngPlots.font(Font.PLAIN, ChartStyle.FONT));
        g.setPaint(PngPlots.TEXT);
        for (int k = 0; k < names.size(); k++) {
            String text = names.get(k).text();
            List<LabelLayout.Spot> spots = ScatterPlot.spots(at.get(k)[0], at.get(k)[1], 3);
            LabelLayout.Spot spot = layout.place(new LabelLayout.Text(text, ChartStyle.FONT, false), spots)
                    .orElse(spots.get(0));
            write(g, text, spot);
        }
    }

    // The guides' values (JFreeChart keeps no list where none was added).
    private static List<Double> values(java.util.Collection<?> markers) {
        return markers == null ? List.of() : markers.stream().map(m -> ((ValueMarker) m).getValue()).toList();
    }

    // The text at the spot, anchored as an SVG text-anchor would anchor it.
    private static void write(Graphics2D g, String text, LabelLayout.Spot spot) {
        double width = g.getFontMetrics().stringWidth(text);
        double x = switch (spot.anchor()) {
            case "end" -> spot.x() - width;
            case "middle" -> spot.x() - width / 2;
            default -> spot.x();
        };
        g.drawString(text, (float) x, (float) spot.y());
    }
}
