/**
 * Chart specs -> SVG and tabular text, drawn at build time. A {@link io.cxsite.charts.ChartSpec}
 * (labels along x, or as the rows of horizontal bars; one or more {@link io.cxsite.charts.Series},
 * an optional {@link io.cxsite.charts.Band} and target) goes in; {@link io.cxsite.charts.SvgChart}
 * returns an {@code <svg>} element that works inline in a page and as a standalone {@code .svg}
 * file, and {@link io.cxsite.charts.ChartTable} returns the same numbers as an HTML table and as
 * CSV; {@link io.cxsite.charts.PngChart} draws the same chart as a PNG for slides, with JFreeChart,
 * twice the SVG's size. Output depends on the spec alone: same spec, same bytes. Imports nothing of
 * cxsite.
 */
package io.cxsite.charts;
