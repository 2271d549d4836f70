package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A word-sized trend for a KPI card: the last periods as a line with the newest value dotted, no
 * axes and no text, scaled by CSS to the card. Screen readers get its text alternative (its
 * {@code <title>}), which lists the values. Missing values break the line.
 */
public final class Sparkline {
    private static final double WIDTH = 120;
    private static final double HEIGHT = 32;
    private static final double PAD = 4;

    private Sparkline() {
    }

    /**
     * An {@code <svg>} of {@code values} (oldest first, {@code null} where missing) named by
     * {@code text}, e.g. "NPS over the last 12 months: from +21.0 in Nov 2025 to +32.0 in Oct 2026";
     * empty when fewer than two values are known.
     */
    public static String svg(List<Double> values, String text) {
        List<Double> known = values.stream().filter(Objects::nonNull).toList();
        if (known.size() < 2) {
            return "";
        }
        double min = known.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = known.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double span = max - min < 1e-9 ? 1 : max - min;
        double step = (WIDTH - 2 * PAD) / Math.max(values.size() - 1, 1);
        Markup svg = new Markup(1024);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Markup.num(WIDTH) + " "
                + Markup.num(HEIGHT), "class", "kpi-card__spark", "role", "img");
        svg.element("title", text);
        StringBuilder d = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (List<Integer> run : SeriesPainter.runs(values.size(), i -> values.get(i) != null)) {
            List<String> points = new ArrayList<>();
            for (int i : run) {
                lastX = PAD + step * i;
                lastY = HEIGHT - PAD - (values.get(i) - min) / span * (HEIGHT - 2 * PAD);
                points.add(Markup.num(lastX) + " " + Markup.num(lastY));
            }
            d.append(d.isEmpty() ? "" : " ").append('M').append(String.join(" L", points));
        }
        svg.empty("path", "d", d.toString(), "fill", "none", "stroke", "currentColor", "stroke-width", "2",
                "stroke-linejoin", "round", "vector-effect", "non-scaling-stroke");
        svg.empty("circle", "cx", Markup.num(lastX), "cy", Markup.num(lastY), "r", "3", "fill", "currentColor");
        return svg.close("svg").toString();
    }
}
