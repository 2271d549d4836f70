package io.cxsite.charts;

/** How a chart draws its series. */
public enum ChartKind {
    /** Each series a line with a dot per value; a missing value breaks the line. */
    LINE,
    /** One bar per label, the series stacked in it (e.g. promoter, passive and detractor shares). */
    STACKED_BARS,
    /** One bar per series side by side at each label (e.g. NPS by channel per quarter). */
    GROUPED_BARS
}
