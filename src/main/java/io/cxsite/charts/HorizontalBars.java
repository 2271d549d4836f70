package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@link ChartKind#HORIZONTAL_BARS}: one row per label in the given order, the label written
 * in full at the left (wrapped onto a second line, and cut with an ellipsis only beyond that), a
 * bar per series growing from a zero line (right for positive values, left for negative ones) and
 * its value at its end, value ticks and grid lines below. The chart is 600 units wide like the
 * others and as tall as its rows: every row has room for its label at the narrow-screen text size.
 */
final class HorizontalBars {
    /** Row height when every label fits on one line: about 36 px at full width. */
    static final double ROW = 34;
    /** Characters on a label line; at the narrow-screen size the label column is then at most 216 units. */
    static final int LINE_CHARS = 18;
    private static final double LINE_EM = BarsLayout.LINE_EM;
    /** Moves a baseline down so the text's middle sits on the anchor point. */
    private static final double MIDDLE_EM = 0.35;
    private static final double GAP = BarsLayout.GAP;
    /** Rows named one by one in the description; the rest are counted. */
    private static final int SUMMARY_ROWS = 10;

    private HorizontalBars() {
    }

    static String svg(ChartSpec spec, ChartWords words) {
        BarsLayout layout = BarsLayout.of(spec);
        Markup svg = new Markup();
        SvgChart.open(svg, spec, words, layout.height());
        if (spec.hasData()) {
            grid(svg, layout);
            List<Frame.Box> drawn = bars(svg, spec, layout);
            spec.band().ifPresent(band -> whiskers(svg, band, layout, drawn));
            zero(svg, layout);
            LabelLayout labels = new LabelLayout(new Frame.Box(0, 0, SvgChart.WIDTH, layout.height()), drawn);
            spec.target().ifPresent(target -> target(svg, spec, layout, target, labels));
            values(svg, spec, layout, labels);
        } else {
            zero(svg, layout);
            svg.element("text", words.noData(), "class", "cx-empty", "x", Markup.num((layout.left() + layout.right()) / 2),
                    "y", Markup.num((layout.top() + layout.bottom()) / 2), "text-anchor", "middle",
                    "dy", em(MIDDLE_EM)).newline();
        }
        labels(svg, spec, layout);
        ChartLegend.draw(svg, spec, layout.legend());
        return svg.close("svg").newline().toString();
    }

    // A vertical grid line and a label below the rows per tick; zero gets its own, stronger line.
    private static void grid(Markup svg, BarsLayout layout) {
        List<Double> ticks = layout.scale().ticks();
        for (int i = 0; i < ticks.size(); i++) {
            String x = Markup.num(layout.x(ticks.get(i)));
            if (Math.abs(ticks.get(i)) >= layout.scale().step() / 2) {
                svg.empty("line", "class", "cx-grid", "x1", x, "x2", x, "y1", Markup.num(layout.top()),
                        "y2", Markup.num(layout.bottom())).newline();
            }
            svg.element("text", layout.ticks().get(i), "class", "cx-tick", "x", x,
                    "y", Markup.num(layout.bottom() + 22), "text-anchor", "middle").newline();
        }
    }

    // One bar per series in each row, thinner when a row holds several.
    private static List<Frame.Box> bars(Markup svg, ChartSpec spec, BarsLayout layout) {
        List<Frame.Box> drawn = new ArrayList<>();
        for (int s = 0; s < spec.series().size(); s++) {
            svg.open("g", "class", SeriesPainter.seriesClass(s)).newline();
            for (int i = 0; i < layout.rows(); i++) {
                Double v = spec.series().get(s).values().get(i);
                if (v != null) {
                    double y = layout.barMiddle(i, s);
                    double half = layout.barThickness() / 2 - (spec.series().size() > 1 ? 1 : 0);
                    Frame.Box box = Frame.Box.of(layout.x(0), y - half, layout.x(v), y + half);
                    SeriesPainter.bar(svg, spec, s, i, box, drawn);
                }
            }
            svg.close("g").newline();
        }
        return drawn;
    }

    // The band as an interval across the first series' bar ends: a line from low to high with end caps.
    private static void whiskers(Markup svg, Band band, BarsLayout layout, List<Frame.Box> drawn) {
        double cap = layout.barThickness() / 4;
        for (int i = 0; i < layout.rows(); i++) {
            if (!band.covers(i)) {
                continue;
            }
            double y = layout.barMiddle(i, 0);
            double x0 = layout.x(band.low().get(i));
            double x1 = layout.x(band.high().get(i));
            svg.open("g", "class", "cx-interval");
            for (double[] l : new double[][] {{x0, y, x1, y}, {x0, y - cap, x0, y + cap}, {x1, y - cap, x1, y + cap}}) {
                svg.empty("line", "class", "cx-zero", "x1", Markup.num(l[0]), "y1", Markup.num(l[1]), "x2",
                        Markup.num(l[2]), "y2", Markup.num(l[3]));
            }
            svg.close("g").newline();
            drawn.add(Frame.Box.of(x0 - 1, y - cap - 1, x1 + 1, y + cap + 1));
        }
    }

    // The line the bars grow from, over their ends.
    private static void zero(Markup svg, BarsLayout layout) {
        svg.empty("line", "class", "cx-zero", "x1", Markup.num(layout.x(0)), "x2", Markup.num(layout.x(0)),
                "y1", Markup.num(layout.top()), "y2", Markup.num(layout.bottom())).newline();
    }

    // Each value past its bar's end, or "–" beside the zero line when there is none; where that
    // would cross the target line or another label, inside the bar's end, else past the target
    // line; left out (it is in the tooltip and the table) where none is free.
    private static void values(Markup svg, ChartSpec spec, BarsLayout layout, LabelLayout labels) {
        for (int s = 0; s < spec.series().size(); s++) {
            for (int i = 0; i < layout.rows(); i++) {
                Double v = spec.series().get(s).values().get(i);
                String text = spec.format().format(v);
                boolean right = v == null || v >= 0;
                double end = layout.x(v == null ? 0 : v);
                // Past the interval's far end when the bar has one, so the value stays clear of its whisker.
                double beyondBand = s == 0 && spec.band().isPresent() && spec.band().get().covers(i)
                        ? layout.x(right ? spec.band().get().high().get(i) : spec.band().get().low().get(i)) : end;
                double y = layout.barMiddle(i, s);
                LabelLayout.Text t = new LabelLayout.Text(text, ChartStyle.NARROW_FONT, false);
                List<LabelLayout.Spot> outside = new ArrayList<>();
                outside.add(new LabelLayout.Spot(right ? Math.max(end, beyondBand) + GAP / 2 : Math.min(end, beyondBand) - GAP / 2, y,
                        right ? "start" : "end", MIDDLE_EM));
                if (labels.place(t, outside).isPresent()) {
                    value(svg, text, outside.get(0), "cx-bar-value cx-halo");
                    continue;
                }
                double half = layout.barThickness() / 2;
                Frame.Box bar = Frame.Box.of(layout.x(0), y - half, end, y + half);
                LabelLayout.Spot within = new LabelLayout.Spot(right ? end - GAP / 2 : end + GAP / 2, y,
                        right ? "end" : "start", MIDDLE_EM);
                if (v != null && labels.placeWithin(t, within, bar)) {
                    svg.open("g", "class", SeriesPainter.seriesClass(s));
                    value(svg, text, within, "cx-bar-value cx-inside");
                    svg.close("g").newline();
                    continue;
                }
                if (spec.target().isPresent()) {
                    double past = layout.x(spec.target().getAsDouble());
                    List<LabelLayout.Spot> beyond = List.of(new LabelLayout.Spot(right ? past + GAP / 2 : past - GAP / 2,
                            y, right ? "start" : "end", MIDDLE_EM));
                    labels.place(t, beyond).ifPresent(spot -> value(svg, text, spot, "cx-bar-value cx-halo"));
                }
            }
        }
    }

    private static void value(Markup svg, String text, LabelLayout.Spot spot, String css) {
        svg.element("text", text, "class", css, "x", Markup.num(spot.x()), "y", Markup.num(spot.y()),
                "dy", em(spot.dy()), "text-anchor", spot.anchor()).newline();
    }

    // A dashed line across the rows, named above them; both kept clear of the values.
    private static void target(Markup svg, ChartSpec spec, BarsLayout layout, double target, LabelLayout labels) {
        double x = layout.x(target);
        String text = spec.targetName() + " " + spec.format().format(target);
        svg.open("line", "class", "cx-target", "x1", Markup.num(x), "x2", Markup.num(x),
                "y1", Markup.num(layout.top() - 6), "y2", Markup.num(layout.bottom()))
                .element("title", text).close("line").newline();
        labels.block(new Frame.Box(x - 2, layout.top() - 6, x + 2, layout.bottom()));
        LabelLayout.Text t = new LabelLayout.Text(text, ChartStyle.NARROW_FONT, true);
        double half = t.width() / 2;
        double centre = Math.max(half + 4, Math.min(SvgChart.WIDTH - half - 4, x));
        LabelLayout.Spot spot = LabelLayout.Spot.of(centre, layout.top() - 12, "middle");
        labels.block(LabelLayout.box(t, spot));
        svg.element("text", text, "class", "cx-target-label cx-halo", "x", Markup.num(centre),
                "y", Markup.num(layout.top() - 12), "text-anchor", "middle").newline();
    }

    // Right-aligned against the plot, each line a tspan; the whole label as a tooltip when cut.
    private static void labels(Markup svg, ChartSpec spec, BarsLayout layout) {
        for (int i = 0; i < layout.rows(); i++) {
            List<String> lines = layout.lines().get(i);
            String x = Markup.num(layout.labelRight());
            svg.open("text", "class", "cx-label", "x", x, "y", Markup.num(layout.middle(i)), "text-anchor", "end");
            for (int k = 0; k < lines.size(); k++) {
                double dy = k == 0 ? MIDDLE_EM - (lines.size() - 1) * LINE_EM / 2 : LINE_EM;
                svg.element("tspan", lines.get(k), "x", x, "dy", em(dy));
            }
            String label = spec.labels().get(i);
            if (!String.join(" ", lines).equals(LabelWrap.collapse(label))) {
                svg.element("title", label);
            }
            svg.close("text").newline();
        }
    }

    /**
     * E.g. "NPS impact: Waiting and response times 5.3, Bills and prices 4.1, Chat 0.8." in row
     * order, the first ten rows by name and the rest counted.
     */
    static String summary(ChartSpec spec, ChartWords words) {
        List<String> parts = new ArrayList<>();
        for (Series s : spec.series()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < Math.min(spec.labels().size(), SUMMARY_ROWS); i++) {
                Double v = s.values().get(i);
                rows.add(spec.labels().get(i) + " " + (v == null ? words.missing() : spec.format().format(v)));
            }
            int more = spec.labels().size() - rows.size();
            parts.add(s.name() + ": " + String.join(", ", rows) + (more > 0 ? " " + words.more(more) : ""));
        }
        spec.target().ifPresent(t -> parts.add(spec.targetName() + " " + spec.format().format(t)));
        return String.join("; ", parts) + ".";
    }

    // An offset in ems with at most two decimals: "0.35em", "-0.2em".
    private static String em(double value) {
        return HalfUp.shortest(value, 2) + "em";
    }
}
