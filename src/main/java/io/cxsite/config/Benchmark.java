package io.cxsite.config;

/**
 * An industry figure a KPI is read against, from site.yaml's {@code benchmarks:}, e.g.
 * {@code nps: {value: 32, source: "Nordic Customer Experience Index", year: 2026}}.
 *
 * @param value  in the KPI's own unit: NPS -100 to 100, CES 1 to 7, rates as shares 0 to 1
 * @param source who measured it, named on the card and beside the chart's reference line
 * @param year   the year it was measured
 */
public record Benchmark(double value, String source, int year) {
}
