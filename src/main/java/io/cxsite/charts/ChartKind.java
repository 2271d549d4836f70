package io.cxsite.charts;

/** How a chart draws its series. */
public enum ChartKind {
    /** Each series a line with a dot per value; a missing value breaks the line. */
    LINE,
    /** One bar per label, the series stacked in it (e.g. promoter, passive and detractor shares). */
    STACKED_BARS,
    /** One bar per series side by side at each label (e.g. NPS by channel per quarter). */
    GROUPED_BARS,
    /**
     * One row per label, written in full on the left, and a bar per series growing right from 0
     * (left if negative), its value at its end; rows in the given order, the chart as tall as they
     * need. For ranked named items such as topics by NPS impact. Draws no band.
     */
    HORIZONTAL_BARS,
    /**
     * Small multiples: one small line chart per series, side by side on a shared value axis and the
     * same target, each with its newest value at its end. For one measure split by channel or
     * segment over many periods, where grouped bars would be a forest of thin bars.
     */
    SMALL_MULTIPLES,
    /**
     * One row per label like {@link #HORIZONTAL_BARS}, on a logarithmic axis: the first series a
     * dot with its value, the second (if any) a target mark with its value. For values of very
     * different sizes measured against their own targets, such as response times per channel
     * (55 s against 2 min beside 1.6 h against 4 h). Values of 0 or less are not drawn.
     */
    DOTS,
    /**
     * One named dot per label at x = the first series, a share in per cent (0 to 100, written with
     * {@code %}), and y = the second series, in the chart's format; exactly two series. The target is
     * a guide across, each reference a guide down at its x value, so the plot falls into quadrants
     * (topics by how often they are mentioned and how those who mention them score). Draws no band.
     */
    SCATTER
}
