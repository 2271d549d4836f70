package io.cxsite.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;

/**
 * The band of {@link ChartKind#HORIZONTAL_BARS} as the SVG draws it ({@link HorizontalBars}): an
 * interval across the end of each first-series bar, a line from low to high with an end cap at each,
 * and that bar's value written past the interval's far end (right of it for a value of 0 or more,
 * else left), so the value stays clear of its whisker. The renderer writes the other series' values.
 */
final class PngWhiskers extends AbstractAnnotation implements CategoryAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double GAP = BarsLayout.GAP / 2;
    private final transient ChartSpec spec;
    private final transient Band band;

    PngWhiskers(ChartSpec spec, Band band) {
        this.spec = spec;
        this.band = band;
    }

    /** The interval at row {@code i}, low then high; {@code null} where the band does not cover it. */
    double[] interval(int i) {
        return band.covers(i) ? new double[] {band.low().get(i), band.high().get(i)} : null;
    }

    @Override
    public void draw(Graphics2D g, CategoryPlot plot, Rectangle2D area, CategoryAxis x, ValueAxis y) {
        int n = spec.labels().size();
        int seriesCount = spec.series().size();
        double margin = plot.getRenderer() instanceof BarRenderer bars ? bars.getItemMargin() : 0;
        double thickness = (x.getCategoryEnd(0, n, area, plot.getDomainAxisEdge())
                - x.getCategoryStart(0, n, area, plot.getDomainAxisEdge())) / seriesCount;
        double cap = Math.min(6, thickness / 4);
        g.setFont(PngPlots.font(Font.PLAIN, ChartStyle.VALUE_FONT));
        for (int i = 0; i < n; i++) {
            double middle = x.getCategorySeriesMiddle(i, n, 0, seriesCount, margin, area, plot.getDomainAxisEdge());
            Double v = spec.series().get(0).values().get(i);
            double[] ends = interval(i);
            double far = v == null ? 0 : v;
            if (ends != null) {
                double x0 = y.valueToJava2D(ends[0], area, plot.getRangeAxisEdge());
                double x1 = y.valueToJava2D(ends[1], area, plot.getRangeAxisEdge());
                g.setPaint(PngPlots.TEXT);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Line2D.Double(x0, middle, x1, middle));
                g.draw(new Line2D.Double(x0, middle - cap, x0, middle + cap));
                g.draw(new Line2D.Double(x1, middle - cap, x1, middle + cap));
                far = far >= 0 ? Math.max(far, ends[1]) : Math.min(far, ends[0]);
            }
            if (v != null) {
                value(g, spec.format().format(v), y.valueToJava2D(far, area, plot.getRangeAxisEdge()), middle, v >= 0);
            }
        }
    }

    // The value beside the point, its middle on the bar's middle.
    private static void value(Graphics2D g, String text, double px, double middle, boolean right) {
        double width = g.getFontMetrics().stringWidth(text);
        double baseline = middle + g.getFontMetrics().getAscent() * 0.5 - 1;
        g.setPaint(PngPlots.TEXT);
        g.drawString(text, (float) (right ? px + GAP : px - GAP - width), (float) baseline);
    }
}
