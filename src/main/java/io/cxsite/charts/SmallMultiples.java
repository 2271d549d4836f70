package io.cxsite.charts;

import java.util.List;
import java.util.Optional;

/**
 * Draws {@link ChartKind#SMALL_MULTIPLES}: one panel per series, two to a row, each a small line
 * chart named above it, on one value axis shared by every panel (so a higher line is a higher
 * value wherever it is), with the target's dashed line in each and its name in the legend, the
 * newest value at the end of each line, and the first and last label below.
 */
final class SmallMultiples {
    private static final double MARGIN = 8;
    private static final double GAP = 24;
    private static final double PANEL_HEIGHT = 190;
    /** Panel title, then the plot; x labels in the last part. */
    private static final double TITLE = 30;
    private static final double BELOW = 34;
    private static final int TICK_INTERVALS = 3;

    private SmallMultiples() {
    }

    static String svg(ChartSpec spec, ChartWords words) {
        int count = spec.series().size();
        int columns = count < 2 ? 1 : 2;
        int rows = Math.max(1, (count + columns - 1) / columns);
        Optional<String> target = spec.hasData()
                ? spec.target().stream().mapToObj(t -> DirectLabels.targetText(spec, t)).findFirst() : Optional.empty();
        List<ChartLegend.Entry> legend = ChartLegend.place(legendSpec(spec), MARGIN, target);
        double top = legend.isEmpty() ? MARGIN : legend.get(legend.size() - 1).y() + 14;
        Markup svg = new Markup();
        SvgChart.open(svg, spec, words, Math.ceil(top + rows * PANEL_HEIGHT));
        if (!spec.hasData()) {
            svg.element("text", words.noData(), "class", "cx-empty", "x", Markup.num(SvgChart.WIDTH / 2),
                    "y", Markup.num(top + PANEL_HEIGHT / 2), "text-anchor", "middle").newline();
            return svg.close("svg").newline().toString();
        }
        Scale scale = Scale.of(spec, TICK_INTERVALS);
        List<String> ticks = scale.ticks().stream().map(spec.format().withDecimals(scale.decimals())::format).toList();
        double tickRoom = 8 + ticks.stream().mapToDouble(t -> SvgChart.width(t, ChartStyle.NARROW_FONT)).max().orElse(0);
        double panelWidth = (SvgChart.WIDTH - 2 * MARGIN - (columns - 1) * GAP) / columns;
        // The widest end label of all panels sets every panel's plot, so that all are alike.
        double endRoom = DirectLabels.endRoom(DirectLabels.ends(new ChartSpec(spec.id(), ChartKind.LINE, spec.title(),
                spec.description(), spec.labels(), spec.series(), Optional.empty(), spec.target(), spec.targetLabel(),
                spec.format())));
        for (int s = 0; s < count; s++) {
            double x0 = MARGIN + (s % columns) * (panelWidth + GAP);
            double y0 = top + (s / columns) * PANEL_HEIGHT;
            Frame.Box box = new Frame.Box(x0, y0, x0 + panelWidth, y0 + PANEL_HEIGHT);
            Frame frame = new Frame(box.x0() + tickRoom, box.y0() + TITLE + 12, box.x1() - endRoom,
                    box.y1() - BELOW, spec.labels().size(), scale);
            panel(svg, spec, s, box, frame, ticks);
        }
        ChartLegend.draw(svg, legendSpec(spec), legend);
        return svg.close("svg").newline().toString();
    }

    // One series' panel inside {@code box}: name, ticks and grid, target line, the line, its end value.
    private static void panel(Markup svg, ChartSpec spec, int s, Frame.Box box, Frame frame, List<String> ticks) {
        ChartSpec one = single(spec, s);
        List<DirectLabels.End> ends = DirectLabels.ends(one);
        Scale scale = frame.scale();
        svg.open("g", "class", "cx-panel").newline();
        svg.element("text", spec.series().get(s).name(), "class", "cx-panel-title", "x", Markup.num(box.x0()),
                "y", Markup.num(box.y0() + TITLE - 6)).newline();
        for (int i = 0; i < ticks.size(); i++) {
            double y = frame.y(scale.ticks().get(i));
            svg.empty("line", "class", "cx-grid", "x1", Markup.num(frame.left()), "x2", Markup.num(frame.right()),
                    "y1", Markup.num(y), "y2", Markup.num(y)).newline();
            svg.element("text", ticks.get(i), "class", "cx-tick", "x", Markup.num(frame.left() - 6),
                    "y", Markup.num(y), "dy", "0.35em", "text-anchor", "end").newline();
        }
        List<Frame.Box> drawn = SeriesPainter.paint(svg, one, frame);
        LabelLayout layout = new LabelLayout(new Frame.Box(frame.left(), frame.top() - 10, box.x1(), frame.bottom()),
                drawn);
        spec.target().ifPresent(t -> DirectLabels.targetLine(svg, one, frame, t, layout));
        DirectLabels.drawEnds(svg, one, frame, ends, layout);
        svg.empty("line", "class", "cx-axis", "x1", Markup.num(frame.left()), "x2", Markup.num(frame.right()),
                "y1", Markup.num(frame.bottom()), "y2", Markup.num(frame.bottom())).newline();
        firstAndLast(svg, spec, frame);
        svg.close("g").newline();
    }

    // The first label under the left end and the last under the right end, when both fit; else the last.
    private static void firstAndLast(Markup svg, ChartSpec spec, Frame frame) {
        int n = spec.labels().size();
        if (n == 0) {
            return;
        }
        String y = Markup.num(frame.bottom() + 24);
        String last = spec.labels().get(n - 1);
        svg.element("text", last, "class", "cx-label", "x", Markup.num(frame.x(n - 1)), "y", y, "text-anchor",
                "middle").newline();
        String first = spec.labels().get(0);
        double room = frame.x(n - 1) - frame.left() + frame.slot() / 2;
        double needed = SvgChart.width(first, ChartStyle.NARROW_FONT) + SvgChart.width(last, ChartStyle.NARROW_FONT) / 2
                + 12;
        if (n > 1 && needed <= room) {
            svg.element("text", first, "class", "cx-label", "x", Markup.num(frame.left()), "y", y).newline();
        }
    }

    /** The chart as a line chart of series {@code s} alone, for the shared painters. */
    private static ChartSpec single(ChartSpec spec, int s) {
        return new ChartSpec(spec.id(), ChartKind.LINE, spec.title(), spec.description(), spec.labels(),
                List.of(spec.series().get(s)), Optional.empty(), spec.target(), spec.targetLabel(), spec.format());
    }

    // Panels are named by their titles; the legend names only the target.
    private static ChartSpec legendSpec(ChartSpec spec) {
        return new ChartSpec(spec.id(), ChartKind.LINE, spec.title(), spec.description(), List.of(), List.of(),
                Optional.empty(), java.util.OptionalDouble.empty(), spec.targetLabel(), spec.format());
    }
}
