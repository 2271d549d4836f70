package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Draws the data of a chart into its frame: the band, then each series as lines and dots or as
 * bars, every dot and bar with a tooltip. Returns where it drew, so labels can avoid the data.
 */
final class SeriesPainter {
    private static final double MAX_BAR_WIDTH = 64;
    private static final double DOT_RADIUS = 4;

    private SeriesPainter() {
    }

    static List<Frame.Box> paint(Markup svg, ChartSpec spec, Frame frame) {
        List<Frame.Box> drawn = new ArrayList<>();
        spec.band().ifPresent(band -> band(svg, frame, band));
        switch (spec.kind()) {
            case LINE, SMALL_MULTIPLES -> lines(svg, spec, frame, drawn);
            case STACKED_BARS -> stackedBars(svg, spec, frame, drawn);
            case GROUPED_BARS -> groupedBars(svg, spec, frame, drawn);
            case HORIZONTAL_BARS -> throw new IllegalArgumentException("HorizontalBars draws horizontal bars");
        }
        return drawn;
    }

    /** {@code cx-s0} to {@code cx-s7}; a ninth series takes the first colour again. */
    static String seriesClass(int series) {
        return "cx-s" + series % ChartStyle.colourCount();
    }

    // One polygon per run of labels where both ends are known; a lone point gets a short bar.
    private static void band(Markup svg, Frame frame, Band band) {
        for (List<Integer> run : runs(frame.count(), band::covers)) {
            if (run.size() == 1) {
                int i = run.get(0);
                Frame.Box box = Frame.Box.of(frame.x(i) - 8, frame.y(band.high().get(i)), frame.x(i) + 8,
                        frame.y(band.low().get(i)));
                svg.open("rect", "class", "cx-band", "x", Markup.num(box.x0()), "y", Markup.num(box.y0()),
                        "width", Markup.num(box.x1() - box.x0()), "height", Markup.num(box.y1() - box.y0()));
            } else {
                StringBuilder points = new StringBuilder();
                run.forEach(i -> point(points, frame.x(i), frame.y(band.high().get(i))));
                for (int k = run.size() - 1; k >= 0; k--) {
                    point(points, frame.x(run.get(k)), frame.y(band.low().get(run.get(k))));
                }
                svg.open("polygon", "class", "cx-band", "points", points.toString());
            }
            svg.element("title", band.name()).close(run.size() == 1 ? "rect" : "polygon").newline();
        }
    }

    // A missing value breaks the line; a value with no neighbour shows as its dot alone.
    private static void lines(Markup svg, ChartSpec spec, Frame frame, List<Frame.Box> drawn) {
        for (int s = 0; s < spec.series().size(); s++) {
            List<Double> values = spec.series().get(s).values();
            svg.open("g", "class", seriesClass(s)).newline();
            StringBuilder d = new StringBuilder();
            for (List<Integer> run : runs(frame.count(), i -> values.get(i) != null)) {
                for (int k = 0; k < run.size() && run.size() > 1; k++) {
                    int i = run.get(k);
                    d.append(d.isEmpty() ? "" : " ").append(k == 0 ? 'M' : 'L').append(Markup.num(frame.x(i)))
                            .append(' ').append(Markup.num(frame.y(values.get(i))));
                    if (k > 0) {
                        segment(drawn, frame.x(run.get(k - 1)), frame.y(values.get(run.get(k - 1))), frame.x(i),
                                frame.y(values.get(i)));
                    }
                }
            }
            if (!d.isEmpty()) {
                svg.empty("path", "class", "cx-line", "d", d.toString()).newline();
            }
            for (int i = 0; i < frame.count(); i++) {
                if (values.get(i) != null) {
                    double x = frame.x(i);
                    double y = frame.y(values.get(i));
                    svg.open("circle", "class", "cx-dot", "cx", Markup.num(x), "cy", Markup.num(y), "r",
                            Markup.num(DOT_RADIUS)).element("title", tooltip(spec, s, i)).close("circle").newline();
                    drawn.add(Frame.Box.around(x, y, DOT_RADIUS));
                }
            }
            svg.close("g").newline();
        }
    }

    // Positive values stack up from 0 and negative ones down from it, in series order. A value
    // label goes inside a segment only where it fits.
    private static void stackedBars(Markup svg, ChartSpec spec, Frame frame, List<Frame.Box> drawn) {
        double width = Math.min(frame.slot() * 0.6, MAX_BAR_WIDTH);
        double[] up = new double[frame.count()];
        double[] down = new double[frame.count()];
        for (int s = 0; s < spec.series().size(); s++) {
            svg.open("g", "class", seriesClass(s)).newline();
            for (int i = 0; i < frame.count(); i++) {
                Double v = spec.series().get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                double from = v >= 0 ? up[i] : down[i];
                if (v >= 0) {
                    up[i] += v;
                } else {
                    down[i] += v;
                }
                Frame.Box box = Frame.Box.of(frame.x(i) - width / 2, frame.y(from), frame.x(i) + width / 2,
                        frame.y(from + v));
                bar(svg, spec, s, i, box, drawn);
                String text = spec.format().format(v);
                if (box.y1() - box.y0() >= ChartStyle.VALUE_FONT + 6
                        && width >= SvgChart.width(text, ChartStyle.VALUE_FONT) + 6) {
                    svg.element("text", text, "class", "cx-value cx-inside", "x", Markup.num(frame.x(i)),
                            "y", Markup.num((box.y0() + box.y1()) / 2 + 4), "text-anchor", "middle").newline();
                }
            }
            svg.close("g").newline();
        }
    }

    // Bars side by side around each label; values above (or below, if negative) every bar when
    // all of them fit the bar width, else on none, so the chart does not look patchy.
    private static void groupedBars(Markup svg, ChartSpec spec, Frame frame, List<Frame.Box> drawn) {
        int count = Math.max(spec.series().size(), 1);
        double step = Math.min(frame.slot() * 0.8 / count, MAX_BAR_WIDTH);
        double gap = count > 1 ? 2 : 0;
        boolean valuesFit = spec.series().stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || SvgChart.width(spec.format().format(v), ChartStyle.VALUE_FONT) + 2 <= step);
        for (int s = 0; s < spec.series().size(); s++) {
            svg.open("g", "class", seriesClass(s)).newline();
            for (int i = 0; i < frame.count(); i++) {
                Double v = spec.series().get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                double x = frame.x(i) - step * count / 2 + step * s;
                bar(svg, spec, s, i, Frame.Box.of(x + gap / 2, frame.y(0), x + step - gap / 2, frame.y(v)), drawn);
                double y = v >= 0 ? frame.y(v) - 5 : frame.y(v) + ChartStyle.VALUE_FONT + 3;
                // A value the target line would cross is left to the tooltip and the table.
                boolean crossed = spec.target().isPresent()
                        && Math.abs(frame.y(spec.target().getAsDouble()) - (y - ChartStyle.VALUE_FONT * 0.4))
                                < ChartStyle.VALUE_FONT * 0.6 + 2;
                if (valuesFit && !crossed) {
                    svg.element("text", spec.format().format(v), "class", "cx-value cx-halo",
                            "x", Markup.num(x + step / 2), "y", Markup.num(y), "text-anchor", "middle").newline();
                    drawn.add(Frame.Box.of(x, y - ChartStyle.VALUE_FONT, x + step, y + 2));
                }
            }
            svg.close("g").newline();
        }
    }

    static void bar(Markup svg, ChartSpec spec, int s, int i, Frame.Box box, List<Frame.Box> drawn) {
        svg.open("rect", "class", "cx-bar", "x", Markup.num(box.x0()), "y", Markup.num(box.y0()),
                "width", Markup.num(box.x1() - box.x0()), "height", Markup.num(box.y1() - box.y0()))
                .element("title", tooltip(spec, s, i)).close("rect").newline();
        drawn.add(box);
    }

    /** "Jan 2026: +21.0", or with several series "Phone, Q1 2026: +12". */
    static String tooltip(ChartSpec spec, int series, int label) {
        String value = spec.format().format(spec.series().get(series).values().get(label));
        String where = spec.labels().get(label);
        return spec.series().size() > 1 ? spec.series().get(series).name() + ", " + where + ": " + value
                : where + ": " + value;
    }

    // A line as small boxes every few units along it, enough to keep a label off it.
    private static void segment(List<Frame.Box> drawn, double xa, double ya, double xb, double yb) {
        int steps = (int) Math.ceil(Math.hypot(xb - xa, yb - ya) / 4);
        for (int k = 1; k < steps; k++) {
            double t = (double) k / steps;
            drawn.add(Frame.Box.around(xa + (xb - xa) * t, ya + (yb - ya) * t, 1.5));
        }
    }

    /** Runs of consecutive indices below {@code count} where {@code present} holds. */
    static List<List<Integer>> runs(int count, IntPredicate present) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            if (i < count && present.test(i)) {
                run.add(i);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    private static void point(StringBuilder points, double x, double y) {
        points.append(points.isEmpty() ? "" : " ").append(Markup.num(x)).append(',').append(Markup.num(y));
    }
}
