package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a {@link ChartSpec} as an {@code <svg>} element: 600 by 360 viewBox units (horizontal bars
 * as tall as their rows need, see {@link HorizontalBars}) and no fixed size, so CSS scales it; its
 * own style sheet, scoped to the chart id; a title and a description for screen readers; a tooltip
 * on every dot and bar. Output depends on the spec alone.
 */
public final class SvgChart {
    static final double WIDTH = 600;
    static final double HEIGHT = 360;
    /** Average glyph width in ems, on the wide side, for laying out text we cannot measure. */
    private static final double EM_WIDTH = 0.6;
    private static final int MAX_X_LABELS = 12;
    /** Longer x labels are cut with an ellipsis; the tooltip keeps the whole label. */
    private static final double MAX_X_LABEL_WIDTH = 160;

    private SvgChart() {
    }

    public static String svg(ChartSpec spec) {
        return switch (spec.kind()) {
            case HORIZONTAL_BARS -> HorizontalBars.svg(spec);
            case SMALL_MULTIPLES -> SmallMultiples.svg(spec);
            case DOTS -> DotRows.svg(spec);
            case SCATTER -> ScatterPlot.svg(spec);
            default -> draw(spec, false).orElseGet(() -> draw(spec, true).orElseThrow());
        };
    }

    // Empty when the target's or a reference's name finds no free place in the plot; drawn again
    // with those names in the legend instead.
    private static Optional<String> draw(ChartSpec spec, boolean targetInLegend) {
        Markup svg = new Markup();
        open(svg, spec, HEIGHT);
        Scale scale = Scale.of(spec);
        ValueFormat tickFormat = spec.format().withDecimals(scale.decimals());
        List<String> ticks = scale.ticks().stream().map(tickFormat::format).toList();
        // Room for tick labels at the narrow-screen size, the largest they get.
        double left = 16 + ticks.stream().mapToDouble(t -> width(t, ChartStyle.NARROW_FONT)).max().orElse(0);
        List<DirectLabels.End> ends = spec.hasData() ? DirectLabels.ends(spec) : List.of();
        boolean named = targetInLegend && spec.hasData();
        Optional<String> legendTarget = named
                ? spec.target().stream().mapToObj(t -> DirectLabels.targetText(spec, t)).findFirst() : Optional.empty();
        List<String> legendReferences = named
                ? spec.references().stream().map(r -> r.label(spec.format())).toList() : List.of();
        List<ChartLegend.Entry> legend = ChartLegend.place(spec, left, legendTarget, legendReferences);
        double top = legend.isEmpty() ? 16 : legend.get(legend.size() - 1).y() + 18;
        double right = ends.isEmpty() ? WIDTH - 30 : WIDTH - 8 - DirectLabels.endRoom(ends);
        Frame frame = new Frame(left, top, right, HEIGHT - 36, spec.labels().size(), scale);

        if (spec.hasData()) {
            grid(svg, frame, ticks);
            List<Frame.Box> drawn = SeriesPainter.paint(svg, spec, frame);
            axis(svg, frame);
            LabelLayout layout = new LabelLayout(new Frame.Box(frame.left(), frame.top() - 6, WIDTH, frame.bottom()),
                    drawn);
            spec.target().ifPresent(t -> DirectLabels.targetLine(svg, spec, frame, t, layout));
            spec.references().forEach(r -> DirectLabels.referenceLine(svg, spec, frame, r, layout));
            DirectLabels.drawEnds(svg, spec, frame, ends, layout);
            if (!targetInLegend && !lineLabels(svg, spec, frame, layout)) {
                return Optional.empty();
            }
        } else {
            axis(svg, frame);
            svg.element("text", "No data", "class", "cx-empty", "x", Markup.num((frame.left() + frame.right()) / 2),
                    "y", Markup.num((frame.top() + frame.bottom()) / 2), "text-anchor", "middle").newline();
        }
        xLabels(svg, spec, frame);
        ChartLegend.draw(svg, spec, legend);
        return Optional.of(svg.close("svg").newline().toString());
    }

    // The target's name, then each reference's, beside its line; false when one finds no free place.
    private static boolean lineLabels(Markup svg, ChartSpec spec, Frame frame, LabelLayout layout) {
        if (spec.target().isPresent()) {
            double t = spec.target().getAsDouble();
            Optional<LabelLayout.Spot> spot = DirectLabels.targetLabel(spec, frame, t, layout);
            if (spot.isEmpty()) {
                return false;
            }
            DirectLabels.drawTargetLabel(svg, spec, t, spot.get());
        }
        for (Reference r : spec.references()) {
            Optional<LabelLayout.Spot> spot = DirectLabels.referenceLabel(spec, frame, r, layout);
            if (spot.isEmpty()) {
                return false;
            }
            DirectLabels.drawReferenceLabel(svg, spec, r, spot.get());
        }
        return true;
    }

    /**
     * Starts the {@code <svg>} element, {@code height} viewBox units tall, with its title, its
     * description and its style sheet.
     */
    static void open(Markup svg, ChartSpec spec, double height) {
        String id = spec.id();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "viewBox",
                "0 0 " + Markup.num(WIDTH) + " " + Markup.num(height), "role", "img", "aria-labelledby",
                id + "-title " + id + "-desc", "class", "cx-chart").newline();
        svg.element("title", spec.title(), "id", id + "-title").newline();
        svg.element("desc", description(spec), "id", id + "-desc").newline();
        svg.open("style").raw(ChartStyle.css(id)).close("style").newline();
    }

    /** The spec's description followed by one sentence on what the numbers did. */
    static String description(ChartSpec spec) {
        String summary = summary(spec);
        return spec.description().isBlank() ? summary : spec.description().strip() + " " + summary;
    }

    /** E.g. "NPS from +21.0 in Jan 2026 to +31.5 in Jun 2026; Target +30.0." */
    static String summary(ChartSpec spec) {
        if (!spec.hasData()) {
            return "No data.";
        }
        if (spec.kind() == ChartKind.HORIZONTAL_BARS || spec.kind() == ChartKind.DOTS) {
            return HorizontalBars.summary(spec);
        }
        if (spec.kind() == ChartKind.SCATTER) {
            return ScatterPlot.summary(spec);
        }
        ValueFormat format = spec.format();
        List<String> parts = new ArrayList<>();
        for (Series s : spec.series()) {
            List<Integer> known = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                if (s.values().get(i) != null) {
                    known.add(i);
                }
            }
            if (known.isEmpty()) {
                parts.add(s.name() + ": no data");
                continue;
            }
            int first = known.get(0);
            int last = known.get(known.size() - 1);
            String end = format.format(s.values().get(last)) + " in " + spec.labels().get(last);
            parts.add(first == last ? s.name() + " " + end
                    : s.name() + " from " + format.format(s.values().get(first)) + " in " + spec.labels().get(first)
                            + " to " + end);
        }
        spec.target().ifPresent(t -> parts.add(spec.targetName() + " " + format.format(t)));
        spec.references().forEach(r -> parts.add(r.fullText(format)));
        return String.join("; ", parts) + ".";
    }

    // A grid line and a label per tick; the line at 0 is stronger when the axis crosses zero.
    private static void grid(Markup svg, Frame frame, List<String> tickLabels) {
        List<Double> ticks = frame.scale().ticks();
        for (int i = 0; i < ticks.size(); i++) {
            String y = Markup.num(frame.y(ticks.get(i)));
            boolean zero = i > 0 && Math.abs(ticks.get(i)) < frame.scale().step() / 2;
            svg.empty("line", "class", zero ? "cx-zero" : "cx-grid", "x1", Markup.num(frame.left()),
                    "x2", Markup.num(frame.right()), "y1", y, "y2", y).newline();
            svg.element("text", tickLabels.get(i), "class", "cx-tick", "x", Markup.num(frame.left() - 8),
                    "y", Markup.num(frame.y(ticks.get(i)) + 5), "text-anchor", "end").newline();
        }
    }

    private static void axis(Markup svg, Frame frame) {
        svg.empty("line", "class", "cx-axis", "x1", Markup.num(frame.left()), "x2", Markup.num(frame.right()),
                "y1", Markup.num(frame.bottom()), "y2", Markup.num(frame.bottom())).newline();
    }

    // Every k-th label from the last, so the newest period is always labelled; k keeps labels
    // apart and at most MAX_X_LABELS on show. On narrow screens, where text is larger, labels
    // outside a sparser subset carry cx-alt and are hidden.
    private static void xLabels(Markup svg, ChartSpec spec, Frame frame) {
        int n = spec.labels().size();
        if (n == 0) {
            return;
        }
        double widest = Math.min(MAX_X_LABEL_WIDTH,
                spec.labels().stream().mapToDouble(l -> width(l, ChartStyle.FONT)).max().orElse(0));
        int every = Math.max((n + MAX_X_LABELS - 1) / MAX_X_LABELS, (int) Math.ceil((widest + 12) / frame.slot()));
        double narrowWidest = widest * ChartStyle.NARROW_FONT / ChartStyle.FONT;
        int narrowEvery = every * (int) Math.ceil(Math.ceil((narrowWidest + 12) / frame.slot()) / every);
        for (int i = n - 1; i >= 0; i -= every) {
            String label = spec.labels().get(i);
            double x = frame.x(i);
            // Centred under its mark, so near an edge a label has only twice the distance to it.
            String shown = fit(label, Math.min(frame.slot() * every - 8, 2 * Math.min(x, WIDTH - x) - 4));
            // Kept whole inside the chart and clear of the value ticks at the narrow-screen size,
            // shifted inwards near an edge.
            double half = width(shown, ChartStyle.NARROW_FONT) / 2 + 2;
            x = Math.max(frame.left() + half - 4, Math.min(WIDTH - half, x));
            String cls = (n - 1 - i) % narrowEvery == 0 ? "cx-label" : "cx-label cx-alt";
            svg.open("text", "class", cls, "x", Markup.num(x), "y", Markup.num(frame.bottom() + 22),
                    "text-anchor", "middle").text(shown);
            if (!shown.equals(label)) {
                svg.element("title", label);
            }
            svg.close("text").newline();
        }
    }

    /** Estimated width of {@code text} at {@code fontSize}, counting code points. */
    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * EM_WIDTH;
    }

    // Cuts a label that would not fit into {@code room} and ends it with an ellipsis.
    private static String fit(String label, double room) {
        int chars = label.codePointCount(0, label.length());
        int max = Math.max(3, (int) Math.floor(room / (ChartStyle.FONT * EM_WIDTH)));
        if (chars <= max) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
    }
}
