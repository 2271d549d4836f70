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
    HORIZONTAL_BARS
}
