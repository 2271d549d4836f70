package io.cxsite.charts;

import java.util.List;

/**
 * Where everything of a {@link HorizontalBars} chart goes, in viewBox units: the label column ends
 * at {@code labelRight}; values run from {@code left} to {@code right} by {@code scale}; rows of
 * {@code row} units start at {@code top}; ticks are written below {@code bottom}.
 */
record BarsLayout(List<List<String>> lines, List<ChartLegend.Entry> legend, double labelRight,
        double left, double right, double top, double row, int rows, int series, Scale scale,
        List<String> ticks) {
    /** Line spacing of a wrapped label in ems, so it follows the font size on narrow screens. */
    static final double LINE_EM = 1.1;
    /** Between the label column and the plot, and between a bar's end and its value. */
    static final double GAP = 10;
    static final double MARGIN = 12;
    /** Each of several bars in a row gets at least this thickness. */
    private static final double MIN_BAR = 16;
    /** More than on a vertical axis: the value axis here is the wider one. */
    private static final int MAX_TICK_INTERVALS = 8;

    static BarsLayout of(ChartSpec spec) {
        List<List<String>> lines = spec.labels().stream().map(l -> LabelWrap.wrap(l, HorizontalBars.LINE_CHARS))
                .toList();
        // Sized for the narrow-screen text, the largest it gets; right-aligned, so it sits by the bars.
        double labelRight = MARGIN + lines.stream().flatMap(List::stream)
                .mapToDouble(l -> SvgChart.width(l, ChartStyle.NARROW_FONT)).max().orElse(0);
        double left = labelRight + GAP + valueRoom(spec, false);
        double right = SvgChart.WIDTH - MARGIN - valueRoom(spec, true);
        int mostLines = lines.stream().mapToInt(List::size).max().orElse(1);
        double row = Math.max(HorizontalBars.ROW, Math.max(
                Math.ceil((mostLines - 1) * LINE_EM * ChartStyle.NARROW_FONT + ChartStyle.NARROW_FONT) + 4,
                spec.series().size() * MIN_BAR + GAP));
        List<ChartLegend.Entry> legend = ChartLegend.place(spec, left);
        double top = legend.isEmpty() ? MARGIN : legend.get(legend.size() - 1).y() + 18;
        if (spec.target().isPresent() && spec.hasData()) {
            top += 26; // the target's name goes above the rows
        }
        Scale scale = scale(spec, right - left);
        ValueFormat format = spec.format().withDecimals(scale.decimals());
        List<String> ticks = scale.ticks().stream().map(format::format).toList();
        return new BarsLayout(lines, legend, labelRight, left, right, top, row, spec.labels().size(),
                spec.series().size(), scale, ticks);
    }

    /** Fewer ticks until their labels, at the narrow-screen size, stay apart across {@code width}. */
    private static Scale scale(ChartSpec spec, double width) {
        Scale scale = Scale.of(spec);
        for (int intervals = MAX_TICK_INTERVALS; intervals >= 2; intervals--) {
            scale = Scale.of(spec, intervals);
            ValueFormat format = spec.format().withDecimals(scale.decimals());
            double widest = scale.ticks().stream().map(format::format)
                    .mapToDouble(t -> SvgChart.width(t, ChartStyle.NARROW_FONT)).max().orElse(0);
            if (width / (scale.ticks().size() - 1) >= widest + GAP) {
                break;
            }
        }
        return scale;
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
