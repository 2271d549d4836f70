package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws {@link ChartKind#DOTS}: a row per label, its name at the left, a track across a
 * logarithmic value axis, the first series as a dot and the second as a target mark, each with its
 * value written beside it where a {@link LabelLayout} finds room. A log axis gives 55 s and 2 min
 * as much room as 1.6 h and 4 h, so every channel reads against its own target.
 */
final class DotRows {
    private static final double MARGIN = 12;
    private static final double GAP = 10;
    /** A row holds the dot's value above the track and the target's below it, at the narrow-screen size. */
    private static final double ROW = 68;
    private static final double DOT = 6;
    private static final double MARK = 11;
    /** Round values for ticks (round durations when the values are seconds); those that fit apart are shown. */
    static final double[] TICKS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400,
        28_800, 86_400, 172_800, 604_800};

    private DotRows() {
    }

    static String svg(ChartSpec spec, ChartWords words) {
        List<List<String>> lines = spec.labels().stream().map(l -> LabelWrap.wrap(l, HorizontalBars.LINE_CHARS)).toList();
        double labelRight = MARGIN + lines.stream().flatMap(List::stream)
                .mapToDouble(l -> SvgChart.width(l, ChartStyle.NARROW_FONT)).max().orElse(0);
        List<ChartLegend.Entry> legend = ChartLegend.place(spec, labelRight + GAP);
        double top = legend.isEmpty() ? MARGIN : legend.get(legend.size() - 1).y() + 14;
        int rows = Math.max(spec.labels().size(), 1);
        double bottom = top + rows * ROW;
        double height = Math.ceil(bottom + 34);
        Markup svg = new Markup();
        SvgChart.open(svg, spec, words, height);
        List<Double> values = spec.series().stream().flatMap(s -> s.values().stream())
                .filter(v -> v != null && v > 0).toList();
        if (values.isEmpty()) {
            svg.element("text", words.noData(), "class", "cx-empty", "x", Markup.num(SvgChart.WIDTH / 2),
                    "y", Markup.num((top + bottom) / 2), "text-anchor", "middle").newline();
            return svg.close("svg").newline().toString();
        }
        double widestValue = spec.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(v -> SvgChart.width(spec.format().format(v), ChartStyle.NARROW_FONT)).max().orElse(0);
        Axis axis = new Axis(labelRight + GAP + widestValue / 2, SvgChart.WIDTH - MARGIN - widestValue / 2,
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow() / 1.6,
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow() * 1.6);
        ticks(svg, spec, axis, top, bottom);
        LabelLayout layout = new LabelLayout(new Frame.Box(0, top - 4, SvgChart.WIDTH, bottom), List.of());
        for (int i = 0; i < spec.labels().size(); i++) {
            row(svg, spec, axis, i, top + ROW * i, layout);
        }
        labels(svg, lines, labelRight, top);
        ChartLegend.draw(svg, spec, legend);
        return svg.close("svg").newline().toString();
    }

    /** A logarithmic axis from {@code min} at {@code left} to {@code max} at {@code right}. */
    record Axis(double left, double right, double min, double max) {
        double x(double value) {
            return left + (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) * (right - left);
        }
    }

    // Round values inside the axis, as grid lines and labels below the rows, kept apart at the narrow size.
    private static void ticks(Markup svg, ChartSpec spec, Axis axis, double top, double bottom) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double t : TICKS) {
            if (t < axis.min() || t > axis.max()) {
                continue;
            }
            String text = spec.format().format(t);
            double x = axis.x(t);
            double half = SvgChart.width(text, ChartStyle.NARROW_FONT) / 2;
            if (x - half < lastRight + GAP || x + half > SvgChart.WIDTH) {
                continue;
            }
            lastRight = x + half;
            svg.empty("line", "class", "cx-grid", "x1", Markup.num(x), "x2", Markup.num(x), "y1", Markup.num(top),
                    "y2", Markup.num(bottom)).newline();
            svg.element("text", text, "class", "cx-tick", "x", Markup.num(x), "y", Markup.num(bottom + 24),
                    "text-anchor", "middle").newline();
        }
    }

    // The track, the target mark and the dot, then their values where they are free.
    private static void row(Markup svg, ChartSpec spec, Axis axis, int i, double y0, LabelLayout layout) {
        double y = y0 + ROW / 2;
        svg.empty("line", "class", "cx-track", "x1", Markup.num(axis.left()), "x2", Markup.num(axis.right()),
                "y1", Markup.num(y), "y2", Markup.num(y)).newline();
        Double target = spec.series().size() > 1 ? positive(spec.series().get(1).values().get(i)) : null;
        Double value = positive(spec.series().get(0).values().get(i));
        if (target != null) {
            double x = axis.x(target);
            svg.open("g", "class", SeriesPainter.seriesClass(1)).open("line", "class", "cx-mark", "x1", Markup.num(x),
                    "x2", Markup.num(x), "y1", Markup.num(y - MARK), "y2", Markup.num(y + MARK))
                    .element("title", SeriesPainter.tooltip(spec, 1, i)).close("line").close("g").newline();
            layout.block(new Frame.Box(x - 3, y - MARK, x + 3, y + MARK));
        }
        if (value != null) {
            double x = axis.x(value);
            svg.open("g", "class", SeriesPainter.seriesClass(0)).open("circle", "class", "cx-dot", "cx", Markup.num(x),
                    "cy", Markup.num(y), "r", Markup.num(DOT)).element("title", SeriesPainter.tooltip(spec, 0, i))
                    .close("circle").close("g").newline();
            layout.block(Frame.Box.around(x, y, DOT + 1));
        }
        if (value != null) {
            text(svg, spec, 0, i, axis.x(value), y - MARK - 4, layout);
        }
        if (target != null) {
            text(svg, spec, 1, i, axis.x(target), y + MARK + ChartStyle.NARROW_FONT * 0.8, layout);
        }
    }

    // A value centred over (or under) its mark, else moved left or right along that line until free.
    private static void text(Markup svg, ChartSpec spec, int series, int row, double x, double baseline,
            LabelLayout layout) {
        Double v = spec.series().get(series).values().get(row);
        String text = (series == 1 ? spec.series().get(1).name().toLowerCase(java.util.Locale.ROOT) + " " : "")
                + spec.format().format(v);
        LabelLayout.Text t = new LabelLayout.Text(text, ChartStyle.NARROW_FONT, series == 0);
        List<LabelLayout.Spot> spots = new ArrayList<>();
        spots.add(LabelLayout.Spot.of(x, baseline, "middle"));
        for (int k = 1; k <= 12; k++) {
            spots.add(LabelLayout.Spot.of(x - k * 12, baseline, "middle"));
            spots.add(LabelLayout.Spot.of(x + k * 12, baseline, "middle"));
        }
        layout.place(t, spots).ifPresent(spot -> svg.element("text", text, "class",
                series == 0 ? "cx-dot-value cx-halo" : "cx-mark-value cx-halo", "x", Markup.num(spot.x()),
                "y", Markup.num(spot.y()), "text-anchor", "middle").newline());
    }

    private static Double positive(Double value) {
        return value != null && value > 0 ? value : null;
    }

    // Each row's name, right-aligned against the plot and centred on its track, wrapped as in bars.
    private static void labels(Markup svg, List<List<String>> lines, double labelRight, double top) {
        String x = Markup.num(labelRight);
        for (int i = 0; i < lines.size(); i++) {
            List<String> row = lines.get(i);
            svg.open("text", "class", "cx-label", "x", x, "y", Markup.num(top + ROW * i + ROW / 2), "text-anchor", "end");
            for (int k = 0; k < row.size(); k++) {
                double dy = k == 0 ? 0.35 - (row.size() - 1) * BarsLayout.LINE_EM / 2 : BarsLayout.LINE_EM;
                svg.element("tspan", row.get(k), "x", x, "dy", Markup.num(dy) + "em");
            }
            svg.close("text").newline();
        }
    }
}
