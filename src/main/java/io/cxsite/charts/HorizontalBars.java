package io.cxsite.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@link ChartKind#HORIZONTAL_BARS}: one row per label in the given order, the label written
 * in full at the left (wrapped onto a second line, and cut with an ellipsis only beyond that), a
 * bar per series growing from a zero line (right for positive values, left for negative ones) and
 * its value at its end, value ticks and grid lines below. The chart is 720 units wide like the
 * others and as tall as its rows: every row has room for its label at the narrow-screen text size.
 */
final class HorizontalBars {
    /** Row height when every label fits on one line: about 36 px at full width. */
    static final double ROW = 34;
    /** Characters on a label line; at the narrow-screen size the label column is then at most 216 units. */
    static final int LINE_CHARS = 18;
    /** Line spacing of a wrapped label in ems, so it follows the font size on narrow screens. */
    private static final double LINE_EM = 1.1;
    /** Moves a baseline down so the text's middle sits on the anchor point. */
    private static final double MIDDLE_EM = 0.35;
    /** Between the label column and the plot, and between a bar's end and its value. */
    private static final double GAP = 10;
    private static final double MARGIN = 12;
    /** Each of several bars in a row gets at least this thickness. */
    private static final double MIN_BAR = 16;
    /** More than on a vertical axis: the value axis here is the wider one. */
    private static final int MAX_TICK_INTERVALS = 8;
    /** Rows named one by one in the description; the rest are counted. */
    private static final int SUMMARY_ROWS = 10;

    private HorizontalBars() {
    }

    static String svg(ChartSpec spec) {
        Layout layout = Layout.of(spec);
        Markup svg = new Markup();
        SvgChart.open(svg, spec, layout.height());
        if (spec.hasData()) {
            grid(svg, layout);
            bars(svg, spec, layout);
            zero(svg, layout);
            spec.target().ifPresent(target -> target(svg, spec, layout, target));
            values(svg, spec, layout);
        } else {
            zero(svg, layout);
            svg.element("text", "No data", "class", "cx-empty", "x", Markup.num((layout.left() + layout.right()) / 2),
                    "y", Markup.num((layout.top() + layout.bottom()) / 2), "text-anchor", "middle",
                    "dy", em(MIDDLE_EM)).newline();
        }
        labels(svg, spec, layout);
        SvgChart.drawLegend(svg, spec, layout.legend());
        return svg.close("svg").newline().toString();
    }

    /**
     * Where everything goes, in viewBox units: the label column ends at {@code labelRight}; values
     * run from {@code left} to {@code right} by {@code scale}; rows of {@code row} units start at
     * {@code top}; ticks are written below {@code bottom}.
     */
    private record Layout(List<List<String>> lines, List<SvgChart.LegendEntry> legend, double labelRight,
            double left, double right, double top, double row, int rows, int series, Scale scale,
            List<String> ticks) {

        static Layout of(ChartSpec spec) {
            List<List<String>> lines = spec.labels().stream().map(l -> wrap(l, LINE_CHARS)).toList();
            // Sized for the narrow-screen text, the largest it gets; right-aligned, so it sits by the bars.
            double labelRight = MARGIN + lines.stream().flatMap(List::stream)
                    .mapToDouble(l -> SvgChart.width(l, ChartStyle.NARROW_FONT)).max().orElse(0);
            double left = labelRight + GAP + valueRoom(spec, false);
            double right = SvgChart.WIDTH - MARGIN - valueRoom(spec, true);
            int mostLines = lines.stream().mapToInt(List::size).max().orElse(1);
            double row = Math.max(ROW, Math.max(
                    Math.ceil((mostLines - 1) * LINE_EM * ChartStyle.NARROW_FONT + ChartStyle.NARROW_FONT) + 4,
                    spec.series().size() * MIN_BAR + GAP));
            List<SvgChart.LegendEntry> legend = SvgChart.legend(spec, left);
            double top = legend.isEmpty() ? MARGIN : legend.get(legend.size() - 1).y() + 18;
            if (spec.target().isPresent() && spec.hasData()) {
                top += 26; // the target's name goes above the rows
            }
            Scale scale = SvgChart.scale(spec);
            List<String> ticks = List.of();
            // Fewer ticks until their labels, at the narrow-screen size, stay apart.
            for (int intervals = MAX_TICK_INTERVALS; intervals >= 2; intervals--) {
                scale = SvgChart.scale(spec, intervals);
                ValueFormat format = spec.format().withDecimals(scale.decimals());
                ticks = scale.ticks().stream().map(format::format).toList();
                double widest = ticks.stream().mapToDouble(t -> SvgChart.width(t, ChartStyle.NARROW_FONT)).max()
                        .orElse(0);
                if ((right - left) / (ticks.size() - 1) >= widest + GAP) {
                    break;
                }
            }
            return new Layout(lines, legend, labelRight, left, right, top, row, spec.labels().size(),
                    spec.series().size(), scale, ticks);
        }

        /** Below the rows; an empty chart keeps room for its "No data". */
        double bottom() {
            return top + row * Math.max(rows, 2);
        }

        double height() {
            return Math.ceil(bottom() + 34);
        }

        double x(double value) {
            return left + scale.fraction(value) * (right - left);
        }

        double middle(int row) {
            return top + this.row * (row + 0.5);
        }

        /** One bar's share of its row: most of the row for several series, 0.6 of it for one. */
        double barThickness() {
            int count = Math.max(series, 1);
            return count == 1 ? row * 0.6 : (row - GAP) / count;
        }

        double barMiddle(int row, int series) {
            return middle(row) - barThickness() * (this.series / 2.0 - series - 0.5);
        }
    }

    // Room beside the plot for the widest value written past a bar's end on that side, at the
    // narrow-screen size; a missing value is written just right of zero.
    private static double valueRoom(ChartSpec spec, boolean positive) {
        double widest = 0;
        for (Series s : spec.series()) {
            for (Double v : s.values()) {
                if (v == null ? positive : (v >= 0) == positive) {
                    widest = Math.max(widest, SvgChart.width(spec.format().format(v), ChartStyle.NARROW_FONT));
                }
            }
        }
        return widest == 0 ? 0 : widest + GAP;
    }

    // A vertical grid line and a label below the rows per tick; zero gets its own, stronger line.
    private static void grid(Markup svg, Layout layout) {
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
    private static void bars(Markup svg, ChartSpec spec, Layout layout) {
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
    }

    // The line the bars grow from, over their ends.
    private static void zero(Markup svg, Layout layout) {
        svg.empty("line", "class", "cx-zero", "x1", Markup.num(layout.x(0)), "x2", Markup.num(layout.x(0)),
                "y1", Markup.num(layout.top()), "y2", Markup.num(layout.bottom())).newline();
    }

    // Each value past its bar's end, or "–" beside the zero line when there is none; drawn last but
    // the labels, with a halo, so a target line passes behind them.
    private static void values(Markup svg, ChartSpec spec, Layout layout) {
        for (int s = 0; s < spec.series().size(); s++) {
            for (int i = 0; i < layout.rows(); i++) {
                Double v = spec.series().get(s).values().get(i);
                boolean right = v == null || v >= 0;
                double end = layout.x(v == null ? 0 : v);
                svg.element("text", spec.format().format(v), "class", "cx-bar-value cx-halo",
                        "x", Markup.num(right ? end + GAP / 2 : end - GAP / 2), "y", Markup.num(layout.barMiddle(i, s)),
                        "dy", em(MIDDLE_EM), "text-anchor", right ? "start" : "end").newline();
            }
        }
    }

    // A dashed line across the rows, named above them.
    private static void target(Markup svg, ChartSpec spec, Layout layout, double target) {
        double x = layout.x(target);
        String text = spec.targetName() + " " + spec.format().format(target);
        svg.open("line", "class", "cx-target", "x1", Markup.num(x), "x2", Markup.num(x),
                "y1", Markup.num(layout.top() - 6), "y2", Markup.num(layout.bottom()))
                .element("title", text).close("line").newline();
        double half = SvgChart.width(text, ChartStyle.NARROW_FONT) * 1.1 / 2; // bold
        double centre = Math.max(half + 4, Math.min(SvgChart.WIDTH - half - 4, x));
        svg.element("text", text, "class", "cx-target-label cx-halo", "x", Markup.num(centre),
                "y", Markup.num(layout.top() - 12), "text-anchor", "middle").newline();
    }

    // Right-aligned against the plot, each line a tspan; the whole label as a tooltip when cut.
    private static void labels(Markup svg, ChartSpec spec, Layout layout) {
        for (int i = 0; i < layout.rows(); i++) {
            List<String> lines = layout.lines().get(i);
            String x = Markup.num(layout.labelRight());
            svg.open("text", "class", "cx-label", "x", x, "y", Markup.num(layout.middle(i)), "text-anchor", "end");
            for (int k = 0; k < lines.size(); k++) {
                double dy = k == 0 ? MIDDLE_EM - (lines.size() - 1) * LINE_EM / 2 : LINE_EM;
                svg.element("tspan", lines.get(k), "x", x, "dy", em(dy));
            }
            String label = spec.labels().get(i);
            if (!String.join(" ", lines).equals(label.strip().replaceAll("\\s+", " "))) {
                svg.element("title", label);
            }
            svg.close("text").newline();
        }
    }

    /**
     * The label on one line of at most {@code maxChars} characters or else on two, broken at the
     * space that makes the longer line shortest. A label too long for two lines fills the first
     * and is cut at a word's end with an ellipsis on the second; a word longer than a line is
     * broken with a hyphen.
     */
    static List<String> wrap(String label, int maxChars) {
        String text = label.strip().replaceAll("\\s+", " ");
        if (length(text) <= maxChars) {
            return List.of(text);
        }
        int best = -1;
        int fill = -1;
        int bestLonger = Integer.MAX_VALUE;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
            int first = length(text.substring(0, space));
            int longer = Math.max(first, length(text.substring(space + 1)));
            if (first <= maxChars) {
                fill = space;
                if (longer <= maxChars && longer < bestLonger) {
                    best = space;
                    bestLonger = longer;
                }
            }
        }
        if (best >= 0) {
            return List.of(text.substring(0, best), text.substring(best + 1));
        }
        if (fill >= 0) {
            return List.of(text.substring(0, fill), cut(text.substring(fill + 1), maxChars));
        }
        int split = text.offsetByCodePoints(0, maxChars - 1);
        return List.of(text.substring(0, split) + "-", cut(text.substring(split), maxChars));
    }

    // At most maxChars with the ellipsis, ending at a word's end where the line has a space.
    private static String cut(String text, int maxChars) {
        if (length(text) <= maxChars) {
            return text;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, maxChars - 1));
        int space = head.lastIndexOf(' ');
        if (text.charAt(head.length()) != ' ' && space > 0) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:]+$", "") + "\u2026";
    }

    /**
     * E.g. "NPS impact: Waiting and response times 5.3, Bills and prices 4.1, Chat 0.8." in row
     * order, the first ten rows by name and the rest counted.
     */
    static String summary(ChartSpec spec) {
        List<String> parts = new ArrayList<>();
        for (Series s : spec.series()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < Math.min(spec.labels().size(), SUMMARY_ROWS); i++) {
                Double v = s.values().get(i);
                rows.add(spec.labels().get(i) + " " + (v == null ? "no data" : spec.format().format(v)));
            }
            int more = spec.labels().size() - rows.size();
            parts.add(s.name() + ": " + String.join(", ", rows) + (more > 0 ? " and " + more + " more" : ""));
        }
        spec.target().ifPresent(t -> parts.add(spec.targetName() + " " + spec.format().format(t)));
        return String.join("; ", parts) + ".";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    // An offset in ems with at most two decimals: "0.35em", "-0.2em".
    private static String em(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? "0" : rounded.toPlainString()) + "em";
    }
}
