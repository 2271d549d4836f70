package io.cxsite.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link ChartSpec} as a PNG for slides, with JFreeChart: twice the size of its SVG (1200
 * by 720 pixels for a 600 by 360 chart), the same series, labels, title, target (a dashed line),
 * reference lines (dotted) and band, in the SVG's light colours and a logical sans-serif font. With
 * one Java runtime and its fonts the bytes depend on the spec alone: no clock, no metadata (another
 * machine may have another font behind "sans-serif", see {@link #renderer()}). See {@link PngPlots}
 * for how each kind is drawn.
 *
 * <p>Safe to call from several threads: each thread draws into an image of its own, kept between
 * calls, since allocating and clearing a 1200 by 720 image is a good part of a small chart's cost.
 */
public final class PngChart {
    /** Pixels per SVG viewBox unit. */
    public static final int SCALE = 2;
    /**
     * Raised whenever a change here draws other pixels for the same spec, so that PNGs kept from an
     * older cxsite are not reused (see {@link #renderer()}).
     */
    private static final int DRAWING_REVISION = 4;
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    private static final ThreadLocal<BufferedImage> CANVAS = new ThreadLocal<>();

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
        BufferedImage image = canvas((int) Math.ceil(width * SCALE), (int) Math.ceil(height * SCALE));
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            PngPlots.draw(spec, g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    /**
     * What the pixels of {@link #png} depend on besides the spec, as 16 hex digits: this class's
     * drawing revision, JFreeChart's version, the Java runtime and the font the logical sans-serif
     * font resolves to here (drawn once and hashed, since fonts differ between machines). A PNG
     * kept under one renderer is reused only under the same.
     */
    public static String renderer() {
        return Renderer.ID;
    }

    private static final class Renderer {
        static final String ID = id();

        private static String id() {
            BufferedImage probe = new BufferedImage(160, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = probe.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            g.drawString("Ag 0,9+\u2212", 2, 30);
            g.dispose();
            int[] pixels = ((DataBufferInt) probe.getRaster().getDataBuffer()).getData();
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update((DRAWING_REVISION + " " + jfreeChartVersion() + " "
                        + System.getProperty("java.vm.version") + " " + System.getProperty("os.arch"))
                        .getBytes(StandardCharsets.UTF_8));
                for (int p : pixels) {
                    sha.update((byte) p);
                }
                return HexFormat.of().formatHex(sha.digest(), 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String jfreeChartVersion() {
        try (java.io.InputStream in = JFreeChart.class
                .getResourceAsStream("/META-INF/maven/org.jfree/jfreechart/pom.properties")) {
            java.util.Properties pom = new java.util.Properties();
            if (in != null) {
                pom.load(in);
            }
            return pom.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    // This thread's image when it has that size, else a new one kept for next time; every chart
    // paints its whole area white first, so nothing of the last chart shows through.
    private static BufferedImage canvas(int width, int height) {
        BufferedImage image = CANVAS.get();
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            CANVAS.set(image);
        }
        return image;
    }
}
