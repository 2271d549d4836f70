/**
 * Loading, below the site: {@code content/metrics/*.yaml} snapshots and the counts of
 * {@link io.cxsite.feedback.FeedbackData} -> {@link io.cxsite.metrics.Metrics}, one
 * {@link io.cxsite.metrics.Snapshot} per period and segment (files, export months and weeks, and
 * quarters and years rolled up from months), and {@link io.cxsite.metrics.CustomerVoice}: drivers,
 * verbatims and critical comments finished for pages, so that rendering never sees the feedback
 * stage's types. {@link io.cxsite.metrics.MetricsJson} writes {@code data/metrics.json}. What
 * site.yaml says about KPIs comes in as {@link io.cxsite.metrics.KpiSettings}: the site's own KPIs,
 * which snapshots then carry and roll-ups make by their rule, and the default benchmarks.
 */
package io.cxsite.metrics;
