package io.cxsite.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link ChartSpec} as a PNG for slides, with JFreeChart: twice the size of its SVG (1200
 * by 720 pixels for a 600 by 360 chart), the same series, labels, title and target (a dashed
 * line), in the SVG's light colours and a logical sans-serif font. The bytes depend on the spec
 * alone: no clock, no metadata.
 *
 * <p>JFreeChart has no small multiples and no dot rows, so these are drawn as the nearest chart
 * it has: {@link ChartKind#SMALL_MULTIPLES} as one line chart with a line per series on a shared
 * value axis, {@link ChartKind#DOTS} as one row per label with a dot per series on a logarithmic
 * axis (the second series, the target, a short upright bar). No chart draws the band.
 */
public final class PngChart {
    /** Pixels per SVG viewBox unit. */
    public static final int SCALE = 2;
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

    static {
        // Before any AWT class loads: a build draws off screen, also where no display exists.
        System.setProperty("java.awt.headless", "true");
    }

    private PngChart() {
    }

    /**
     * The chart as PNG bytes, {@link #SCALE} times the size of {@code svg}, which must be
     * {@link SvgChart#svg}'s drawing of the same spec.
     */
    public static byte[] png(ChartSpec spec, String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("not a chart drawn by SvgChart: no viewBox");
        }
        double width = Double.parseDouble(box.group(1));
        double height = Double.parseDouble(box.group(2));
        return PngEncoder.encode(draw(PngPlots.chart(spec), width, height));
    }

    private static BufferedImage draw(JFreeChart chart, double width, double height) {
        BufferedImage image = new BufferedImage((int) Math.ceil(width * SCALE), (int) Math.ceil(height * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }
}
