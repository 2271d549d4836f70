package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text written at the data of a line or bar chart: the newest value at the end of every line, and
 * the target's name beside its dashed line. Both are placed by a {@link LabelLayout}, so they cover
 * no mark, no line and no other label; a target name that finds no free place goes to the legend.
 */
final class DirectLabels {
    /** Between a line's last dot and its value. */
    private static final double END_GAP = 8;
    /** How far an end label may be moved up or down, in steps of half its size, to clear another. */
    private static final int DODGE_STEPS = 8;

    private DirectLabels() {
    }

    /** One end label per line series: the index of its newest value, and that value written out. */
    record End(int series, int index, String text) {
    }

    /** The newest value of each series of a line chart; none for bars. */
    static List<End> ends(ChartSpec spec) {
        List<End> ends = new ArrayList<>();
        if (spec.kind() != ChartKind.LINE) {
            return ends;
        }
        for (int s = 0; s < spec.series().size(); s++) {
            List<Double> values = spec.series().get(s).values();
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i) != null) {
                    ends.add(new End(s, i, spec.format().format(values.get(i))));
                    break;
                }
            }
        }
        return ends;
    }

    /** Room right of the plot for the end labels at the narrow-screen size. */
    static double endRoom(List<End> ends) {
        return ends.stream().mapToDouble(e -> SvgChart.width(e.text(), ChartStyle.NARROW_FONT)).max()
                .orElse(-END_GAP) + END_GAP + 4;
    }

    /**
     * Draws each end label at its line's last dot; labels that would touch are first spread apart
     * in the order of their lines (top to bottom), then any that still covers something is moved up
     * or down as little as it takes to stay free.
     */
    static void drawEnds(Markup svg, ChartSpec spec, Frame frame, List<End> ends, LabelLayout layout) {
        double step = ChartStyle.NARROW_FONT / 2;
        double[] ys = spread(spec, frame, ends);
        // Top to bottom, so that a label moved to clear another moves away from the rest.
        List<Integer> order = new ArrayList<>();
        for (int n = 0; n < ends.size(); n++) {
            order.add(n);
        }
        order.sort(java.util.Comparator.comparingDouble(n -> ys[n]));
        for (int n : order) {
            End end = ends.get(n);
            double x = frame.x(end.index()) + END_GAP;
            List<LabelLayout.Spot> spots = new ArrayList<>();
            spots.add(new LabelLayout.Spot(x, ys[n], "start", 0.35));
            for (int k = 1; k <= DODGE_STEPS; k++) {
                spots.add(new LabelLayout.Spot(x, ys[n] - k * step, "start", 0.35));
                spots.add(new LabelLayout.Spot(x, ys[n] + k * step, "start", 0.35));
            }
            LabelLayout.Text text = new LabelLayout.Text(end.text(), ChartStyle.NARROW_FONT, true);
            layout.place(text, spots).ifPresent(spot -> svg.element("text", end.text(),
                    "class", "cx-end cx-halo", "x", Markup.num(spot.x()), "y", Markup.num(spot.y()), "dy", "0.35em")
                    .newline());
        }
    }

    // Middles of the end labels, at least a line apart in the order of their values and inside the plot.
    private static double[] spread(ChartSpec spec, Frame frame, List<End> ends) {
        double line = ChartStyle.NARROW_FONT * 1.1;
        double[] ys = new double[ends.size()];
        Integer[] order = new Integer[ends.size()];
        for (int n = 0; n < ends.size(); n++) {
            End e = ends.get(n);
            ys[n] = frame.y(spec.series().get(e.series()).values().get(e.index()));
            order[n] = n;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(n -> ys[n]));
        for (int k = 1; k < order.length; k++) {
            ys[order[k]] = Math.max(ys[order[k]], ys[order[k - 1]] + line);
        }
        for (int k = order.length - 1; k >= 0; k--) {
            // The lowest label's box (0.6 em below its middle) ends on the axis.
            double limit = k == order.length - 1 ? frame.bottom() - 0.6 * ChartStyle.NARROW_FONT - 1
                    : ys[order[k + 1]] - line;
            ys[order[k]] = Math.min(ys[order[k]], limit);
        }
        return ys;
    }

    /** The target's dashed line across the plot, kept clear of labels placed after it. */
    static void targetLine(Markup svg, ChartSpec spec, Frame frame, double target, LabelLayout layout) {
        double y = frame.y(target);
        svg.open("line", "class", "cx-target", "x1", Markup.num(frame.left()), "x2", Markup.num(frame.right()),
                "y1", Markup.num(y), "y2", Markup.num(y)).element("title", targetText(spec, target)).close("line")
                .newline();
        layout.block(new Frame.Box(frame.left(), y - 2, frame.right(), y + 2));
    }

    /**
     * The target's name above or below its line, at its right or left end or in the middle,
     * wherever it is free first; empty when it is free nowhere, so the caller names it in the legend.
     */
    static Optional<LabelLayout.Spot> targetLabel(ChartSpec spec, Frame frame, double target, LabelLayout layout) {
        return lineLabel(targetText(spec, target), frame, target, layout);
    }

    /** A reference's dotted line across the plot, with its full text as tooltip, kept clear of later labels. */
    static void referenceLine(Markup svg, ChartSpec spec, Frame frame, Reference reference, LabelLayout layout) {
        double y = frame.y(reference.value());
        svg.open("line", "class", "cx-reference", "x1", Markup.num(frame.left()), "x2", Markup.num(frame.right()),
                "y1", Markup.num(y), "y2", Markup.num(y)).element("title", reference.fullText(spec.format()))
                .close("line").newline();
        layout.block(new Frame.Box(frame.left(), y - 2, frame.right(), y + 2));
    }

    /** A reference's short label ("Benchmark +32.0") beside its line, placed like the target's. */
    static Optional<LabelLayout.Spot> referenceLabel(ChartSpec spec, Frame frame, Reference reference,
            LabelLayout layout) {
        return lineLabel(reference.label(spec.format()), frame, reference.value(), layout);
    }

    static void drawReferenceLabel(Markup svg, ChartSpec spec, Reference reference, LabelLayout.Spot spot) {
        svg.element("text", reference.label(spec.format()), "class", "cx-reference-label cx-halo",
                "x", Markup.num(spot.x()), "y", Markup.num(spot.y()), "text-anchor", spot.anchor()).newline();
    }

    // The first free place for a line's name: above or below it, at its right or left end or in the middle.
    private static Optional<LabelLayout.Spot> lineLabel(String name, Frame frame, double value, LabelLayout layout) {
        double y = frame.y(value);
        LabelLayout.Text text = new LabelLayout.Text(name, ChartStyle.NARROW_FONT, true);
        double above = y - 6;
        double below = y + ChartStyle.NARROW_FONT * 0.8 + 5;
        double middle = (frame.left() + frame.right()) / 2;
        List<LabelLayout.Spot> spots = new ArrayList<>();
        for (double baseline : new double[] {above, below}) {
            spots.add(LabelLayout.Spot.of(frame.right() - 2, baseline, "end"));
            spots.add(LabelLayout.Spot.of(frame.left() + 4, baseline, "start"));
            spots.add(LabelLayout.Spot.of(middle, baseline, "middle"));
        }
        return layout.place(text, spots);
    }

    static void drawTargetLabel(Markup svg, ChartSpec spec, double target, LabelLayout.Spot spot) {
        svg.element("text", targetText(spec, target), "class", "cx-target-label cx-halo", "x", Markup.num(spot.x()),
                "y", Markup.num(spot.y()), "text-anchor", spot.anchor()).newline();
    }

    /** "Target +30.0". */
    static String targetText(ChartSpec spec, double target) {
        return spec.targetName() + " " + spec.format().format(target);
    }
}
