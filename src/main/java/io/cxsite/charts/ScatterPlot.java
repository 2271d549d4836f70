package io.cxsite.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws {@link ChartKind#SCATTER}: a dot per label at (first series, second series), a value axis
 * each way, a dashed guide across at the target and one down at each reference (such as the
 * median of the first series), which split the plot into quadrants. Each dot is named beside it where a {@link LabelLayout} finds
 * room at the narrow-screen text size; a name that finds none gets a number there instead, and the
 * numbers are spelt out in a key below the plot, so no dot goes unnamed and no text collides.
 */
final class ScatterPlot {
    private static final double MARGIN = 12;
    private static final double PLOT_HEIGHT = 300;
    static final double DOT = 7;
    /** Below the plot: the x ticks, then the x axis's name. */
    private static final double TICK_ROW = 28;
    private static final double KEY_ROW = 27;
    private static final int X_INTERVALS = 5;
    private static final int Y_INTERVALS = 6;

    private ScatterPlot() {
    }

    /** The plot area and its two scales. */
    private record Plot(double left, double top, double right, double bottom, Scale xs, Scale ys) {
        double x(double value) {
            return left + xs.fraction(value) * (right - left);
        }

        double y(double value) {
            return bottom - ys.fraction(value) * (bottom - top);
        }

        Frame frame() {
            return new Frame(left, top, right, bottom, 1, ys);
        }
    }

    /** The plot's body as drawn, and the names that got numbers (spelt out in the key). */
    private record Drawing(Plot plot, List<Integer> points, Markup body, List<String> unnamed) {
    }

    static String svg(ChartSpec spec, ChartWords words) {
        Drawing drawing = draw(spec);
        Plot plot = drawing.plot();
        List<Integer> points = drawing.points();
        Markup body = drawing.body();
        List<String> unnamed = drawing.unnamed();
        double keyTop = plot.bottom() + 2 * TICK_ROW + 8;
        key(body, unnamed, keyTop);
        Markup svg = new Markup();
        SvgChart.open(svg, spec, words, Math.ceil(keyTop + unnamed.size() * KEY_ROW + MARGIN));
        if (points.isEmpty()) {
            svg.element("text", words.noData(), "class", "cx-empty", "x", Markup.num(SvgChart.WIDTH / 2),
                    "y", Markup.num((plot.top() + plot.bottom()) / 2), "text-anchor", "middle").newline();
        }
        return svg.raw(body.toString()).close("svg").newline().toString();
    }

    private static Drawing draw(ChartSpec spec) {
        List<Integer> points = points(spec);
        Plot plot = plot(spec, points);
        Markup body = new Markup();
        grid(body, spec, plot);
        LabelLayout layout = new LabelLayout(new Frame.Box(plot.left(), plot.top() - ChartStyle.NARROW_FONT - 4,
                plot.right(), plot.bottom()), List.of());
        guides(body, spec, plot, points, layout);
        for (int i : points) {
            dot(body, spec, plot, i, layout);
        }
        List<String> unnamed = names(body, spec, plot, points, layout);
        guideLabels(body, spec, plot, points, layout);
        return new Drawing(plot, points, body, unnamed);
    }

    /**
     * The names the SVG writes as numbers in its key ("Threats to cancel, Suspected fraud" for dots
     * on one spot), in the key's order: the PNG numbers the same dots.
     */
    static List<String> numbered(ChartSpec spec) {
        return draw(spec).unnamed();
    }

    /** The x axis's scale, as the SVG draws it. */
    static Scale xScale(ChartSpec spec) {
        return plot(spec, points(spec)).xs();
    }

    /** The y axis's scale, as the SVG draws it. */
    static Scale yScale(ChartSpec spec) {
        return plot(spec, points(spec)).ys();
    }

    /** The labels with both values. */
    static List<Integer> points(ChartSpec spec) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < spec.labels().size(); i++) {
            if (x(spec, i) != null && y(spec, i) != null) {
                points.add(i);
            }
        }
        return points;
    }

    static Double x(ChartSpec spec, int i) {
        return spec.series().get(0).values().get(i);
    }

    static Double y(ChartSpec spec, int i) {
        return spec.series().get(1).values().get(i);
    }

    private static Plot plot(ChartSpec spec, List<Integer> points) {
        double xMax = points.stream().mapToDouble(i -> x(spec, i)).max().orElse(1);
        Scale xs = Scale.nice(0, Math.max(xMax, 1e-9), X_INTERVALS);
        List<Double> ys = new ArrayList<>();
        points.forEach(i -> ys.add(y(spec, i)));
        spec.target().ifPresent(ys::add);
        Scale yScale = ys.isEmpty() ? new Scale(0, 1, 1) : Scale.nice(
                ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), Y_INTERVALS);
        ValueFormat yTicks = spec.format().withDecimals(yScale.decimals());
        double widest = yScale.ticks().stream().mapToDouble(t -> SvgChart.width(yTicks.format(t), ChartStyle.NARROW_FONT))
                .max().orElse(0);
        // A row for the y axis's name, then one for the vertical guides' names, above the plot.
        double top = MARGIN + 2 * ChartStyle.NARROW_FONT + 16;
        return new Plot(MARGIN + widest + 10, top, SvgChart.WIDTH - MARGIN - 4, top + PLOT_HEIGHT, xs, yScale);
    }

    /** The first series' format: a share in per cent, in the chart's language. */
    static ValueFormat xFormat(ChartSpec spec, int decimals) {
        return ValueFormat.of(decimals, "%").in(spec.format().locale());
    }

    // Grid lines and ticks both ways, the axes, and each axis's name: y above the plot, x below its ticks.
    private static void grid(Markup svg, ChartSpec spec, Plot plot) {
        ValueFormat yTicks = spec.format().withDecimals(plot.ys().decimals());
        for (double t : plot.ys().ticks()) {
            String y = Markup.num(plot.y(t));
            svg.empty("line", "class", "cx-grid", "x1", Markup.num(plot.left()), "x2", Markup.num(plot.right()),
                    "y1", y, "y2", y).newline();
            svg.element("text", yTicks.format(t), "class", "cx-tick", "x", Markup.num(plot.left() - 8),
                    "y", Markup.num(plot.y(t) + 5), "text-anchor", "end").newline();
        }
        ValueFormat xTicks = xFormat(spec, plot.xs().decimals());
        List<Double> ticks = plot.xs().ticks();
        for (int k = 0; k < ticks.size(); k++) {
            double x = plot.x(ticks.get(k));
            svg.empty("line", "class", "cx-grid", "x1", Markup.num(x), "x2", Markup.num(x), "y1", Markup.num(plot.top()),
                    "y2", Markup.num(plot.bottom())).newline();
            // The last tick ends at the plot's right edge, so it is written leftwards from there.
            boolean last = k == ticks.size() - 1;
            svg.element("text", xTicks.format(ticks.get(k)), "class", "cx-tick", "x", Markup.num(x),
                    "y", Markup.num(plot.bottom() + TICK_ROW - 4), "text-anchor", last ? "end" : k == 0 ? "start" : "middle")
                    .newline();
        }
        svg.empty("line", "class", "cx-axis", "x1", Markup.num(plot.left()), "x2", Markup.num(plot.right()),
                "y1", Markup.num(plot.bottom()), "y2", Markup.num(plot.bottom())).newline();
        svg.empty("line", "class", "cx-axis", "x1", Markup.num(plot.left()), "x2", Markup.num(plot.left()),
                "y1", Markup.num(plot.top()), "y2", Markup.num(plot.bottom())).newline();
        svg.element("text", spec.series().get(1).name(), "class", "cx-label", "x", Markup.num(MARGIN),
                "y", Markup.num(MARGIN + ChartStyle.NARROW_FONT * 0.8)).newline();
        svg.element("text", spec.series().get(0).name(), "class", "cx-label", "x", Markup.num(plot.right()),
                "y", Markup.num(plot.bottom() + 2 * TICK_ROW), "text-anchor", "end").newline();
    }

    // The target across and each reference down, dashed; no label is placed over any of them.
    private static void guides(Markup svg, ChartSpec spec, Plot plot, List<Integer> points, LabelLayout layout) {
        if (points.isEmpty()) {
            return;
        }
        spec.target().ifPresent(t -> DirectLabels.targetLine(svg, spec, plot.frame(), t, layout));
        for (Reference r : spec.references()) {
            double x = plot.x(r.value());
            svg.open("line", "class", "cx-target", "x1", Markup.num(x), "x2", Markup.num(x), "y1",
                    Markup.num(plot.top()), "y2", Markup.num(plot.bottom())).element("title", guideText(spec, r))
                    .close("line").newline();
            layout.block(new Frame.Box(x - 2, plot.top(), x + 2, plot.bottom()));
        }
    }

    /** "Median 6.6%", a vertical guide's name: its value is a share like the first series. */
    static String guideText(ChartSpec spec, Reference reference) {
        return reference.label(xFormat(spec, 1));
    }

    private static void dot(Markup svg, ChartSpec spec, Plot plot, int i, LabelLayout layout) {
        double x = plot.x(x(spec, i));
        double y = plot.y(y(spec, i));
        svg.open("g", "class", SeriesPainter.seriesClass(0)).open("circle", "class", "cx-dot", "cx", Markup.num(x),
                "cy", Markup.num(y), "r", Markup.num(DOT)).element("title", tooltip(spec, i)).close("circle")
                .close("g").newline();
        layout.block(Frame.Box.around(x, y, DOT + 1));
    }

    /** "Bills and prices: 23% of answers, NPS −12.0" for a dot's tooltip and the description. */
    static String tooltip(ChartSpec spec, int i) {
        return spec.labels().get(i) + ": " + spec.series().get(0).name() + " " + xFormat(spec, 1).format(x(spec, i))
                + ", " + spec.series().get(1).name() + " " + spec.format().format(y(spec, i));
    }

    // Each dot's name beside it where free, else its number; dots drawn on the same spot share one
    // name ("Threats to cancel, Suspected fraud"). Returns the names that got numbers, in order.
    private static List<String> names(Markup svg, ChartSpec spec, Plot plot, List<Integer> points,
            LabelLayout layout) {
        Map<String, List<Integer>> bySpot = new LinkedHashMap<>();
        for (int i : points) {
            bySpot.computeIfAbsent(Markup.num(plot.x(x(spec, i))) + " " + Markup.num(plot.y(y(spec, i))),
                    k -> new ArrayList<>()).add(i);
        }
        List<String> numbered = new ArrayList<>();
        for (List<Integer> same : bySpot.values()) {
            double x = plot.x(x(spec, same.get(0)));
            double y = plot.y(y(spec, same.get(0)));
            String name = String.join(", ", same.stream().map(spec.labels()::get).toList());
            Optional<LabelLayout.Spot> spot = layout.place(new LabelLayout.Text(name, ChartStyle.NARROW_FONT, false),
                    spots(x, y, 3));
            String css = "cx-label cx-halo";
            if (spot.isEmpty()) {
                numbered.add(name);
                name = String.valueOf(numbered.size());
                css = "cx-dot-value cx-halo";
                spot = layout.place(new LabelLayout.Text(name, ChartStyle.NARROW_FONT, true), spots(x, y, 8));
            }
            String text = name;
            String cls = css;
            spot.ifPresent(at -> svg.element("text", text, "class", cls, "x", Markup.num(at.x()), "y", Markup.num(at.y()),
                    "text-anchor", at.anchor()).newline());
        }
        return numbered;
    }

    /** Places around a dot: right, left, above, below, then the corners, then the same further out. */
    static List<LabelLayout.Spot> spots(double x, double y, int rings) {
        List<LabelLayout.Spot> spots = new ArrayList<>();
        double mid = ChartStyle.NARROW_FONT * 0.35;
        for (int ring = 0; ring < rings; ring++) {
            double d = DOT + 4 + ring * ChartStyle.NARROW_FONT;
            spots.add(LabelLayout.Spot.of(x + d, y + mid, "start"));
            spots.add(LabelLayout.Spot.of(x - d, y + mid, "end"));
            spots.add(LabelLayout.Spot.of(x, y - d, "middle"));
            spots.add(LabelLayout.Spot.of(x, y + d + ChartStyle.NARROW_FONT * 0.8, "middle"));
            spots.add(LabelLayout.Spot.of(x + d, y - d, "start"));
            spots.add(LabelLayout.Spot.of(x - d, y - d, "end"));
            spots.add(LabelLayout.Spot.of(x + d, y + d + ChartStyle.NARROW_FONT * 0.8, "start"));
            spots.add(LabelLayout.Spot.of(x - d, y + d + ChartStyle.NARROW_FONT * 0.8, "end"));
        }
        return spots;
    }

    // Each guide's name where it is free after the dots' names; the description names them anyway.
    private static void guideLabels(Markup svg, ChartSpec spec, Plot plot, List<Integer> points, LabelLayout layout) {
        if (points.isEmpty()) {
            return;
        }
        spec.target().ifPresent(t -> DirectLabels.targetLabel(spec, plot.frame(), t, layout)
                .ifPresent(spot -> DirectLabels.drawTargetLabel(svg, spec, t, spot)));
        double baseline = plot.top() - 6;
        for (Reference r : spec.references()) {
            String text = guideText(spec, r);
            double x = plot.x(r.value());
            layout.place(new LabelLayout.Text(text, ChartStyle.NARROW_FONT, true), List.of(
                    LabelLayout.Spot.of(x, baseline, "middle"), LabelLayout.Spot.of(x + 4, baseline, "start"),
                    LabelLayout.Spot.of(x - 4, baseline, "end"))).ifPresent(spot -> svg.element("text", text,
                            "class", "cx-target-label cx-halo", "x", Markup.num(spot.x()), "y", Markup.num(spot.y()),
                            "text-anchor", spot.anchor()).newline());
        }
    }

    // "1 Waiting and response times", one line each, for the dots named by number.
    private static void key(Markup svg, List<String> numbered, double top) {
        for (int k = 0; k < numbered.size(); k++) {
            svg.element("text", fit((k + 1) + " " + numbered.get(k)), "class", "cx-label",
                    "x", Markup.num(MARGIN), "y", Markup.num(top + k * KEY_ROW + ChartStyle.NARROW_FONT * 0.8)).newline();
        }
    }

    // Cut with an ellipsis where a key line would run out of the chart at the narrow-screen size.
    private static String fit(String line) {
        int max = (int) Math.floor((SvgChart.WIDTH - 2 * MARGIN) / SvgChart.width("m", ChartStyle.NARROW_FONT));
        int chars = line.codePointCount(0, line.length());
        return chars <= max ? line : line.substring(0, line.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
    }

    /** E.g. "Bills and prices: share 23%, NPS −12.0; …; NPS of all answers +12.0; median 14%." */
    static String summary(ChartSpec spec) {
        List<Integer> points = points(spec);
        List<String> parts = new ArrayList<>();
        points.forEach(i -> parts.add(tooltip(spec, i)));
        spec.target().ifPresent(t -> parts.add(DirectLabels.targetText(spec, t)));
        spec.references().forEach(r -> parts.add(r.note().isBlank() ? guideText(spec, r)
                : guideText(spec, r) + " (" + r.note() + ")"));
        return String.join("; ", parts) + ".";
    }
}
