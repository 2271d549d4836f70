package io.cxsite.render;

import static io.cxsite.render.SnapshotSeries.boxed;
import static io.cxsite.render.SnapshotSeries.values;

import io.cxsite.charts.Band;
import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.Reference;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.config.Statistics;
import io.cxsite.metrics.Nps;
import io.cxsite.metrics.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds the score-per-period line charts (NPS, CSAT, CES) with their targets. */
final class TrendCharts {
    private TrendCharts() {
    }

    /** NPS per period with its margin of error at the site's confidence level as a band. */
    static ChartSpec npsTrend(ReportCharts.Range r, Statistics statistics) {
        List<Double> score = values(r.snaps(), s -> s.nps().map(Nps::score));
        List<Double> moe = values(r.snaps(), s -> s.nps().map(n -> n.marginOfError(statistics.z())));
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int i = 0; i < score.size(); i++) {
            boolean known = score.get(i) != null && moe.get(i) != null;
            low.add(known ? score.get(i) - moe.get(i) : null);
            high.add(known ? score.get(i) + moe.get(i) : null);
        }
        return trend(new ChartSpec("c", ChartKind.LINE, "NPS" + r.who() + ", " + r.span(),
                "Net Promoter Score per period with its " + statistics.confidence() + " % margin of error as a band.",
                r.labels(), List.of(new Series("NPS", score)),
                Optional.of(new Band(statistics.confidence() + " % margin of error", low, high)),
                OptionalDouble.empty(), "Target", ValueFormat.signed(1, "")), r.snaps(), "nps", 1);
    }

    static ChartSpec csatTrend(ReportCharts.Range r) {
        return trend(new ChartSpec("c", ChartKind.LINE, "CSAT" + r.who() + ", " + r.span(),
                "Share of satisfied answers (4 or 5 out of 5) per period.", r.labels(),
                List.of(new Series("CSAT", values(r.snaps(), s -> boxed(s.csat()).map(v -> v * 100)))),
                Optional.empty(), OptionalDouble.empty(), "Target", ValueFormat.of(1, " %")), r.snaps(), "csat", 100);
    }

    static ChartSpec cesTrend(ReportCharts.Range r) {
        return trend(new ChartSpec("c", ChartKind.LINE, "CES" + r.who() + ", " + r.span(),
                "Customer effort score, the mean answer on a 1-7 scale where 7 is easiest.", r.labels(),
                List.of(new Series("CES", values(r.snaps(), s -> boxed(s.ces())))),
                Optional.empty(), OptionalDouble.empty(), "Target", ValueFormat.of(1, "")), r.snaps(), "ces", 1);
    }

    /**
     * The trend of one of the site's own KPIs ({@code key}), named {@code name} in the page's language
     * with its unit, against its targets and benchmark like the built-in trends.
     */
    static ChartSpec ownTrend(ReportCharts.Range r, OwnKpiText text, String name, String key) {
        String unit = text.titleUnit().isEmpty() ? "" : " (" + text.titleUnit() + ")";
        ChartSpec c = trend(new ChartSpec("c", ChartKind.LINE, name + unit + r.who() + ", " + r.span(),
                name + " per period" + unit + ", " + text.direction() + "; quarters and years are " + text.rollUp()
                        + ".", r.labels(),
                List.of(new Series(name, values(r.snaps(), s -> boxed(s.value(key)).map(v -> v * text.factor())))),
                Optional.empty(), OptionalDouble.empty(), "Target", text.chartFormat()), r.snaps(), key, text.factor());
        return benchmark(c, r, key, text.factor());
    }

    /**
     * The trend with the KPI's industry benchmark as a dotted reference line, its value times
     * {@code factor} (100 for shares drawn as per cent), named with its source and year: the benchmark
     * in effect at the last period shown (a snapshot's own from its period on, else site.yaml's).
     */
    static ChartSpec benchmark(ChartSpec c, ReportCharts.Range r, String key, double factor) {
        return SnapshotSeries.benchmark(r.snaps(), key).map(b -> c.withReference(new Reference("Benchmark",
                b.value() * factor, b.source() + ", " + b.year()))).orElse(c);
    }

    /**
     * A trend's target: one dashed line when it held for the whole range, else a "Target" series
     * that steps where the target changed, so no period is judged against a later target.
     */
    private static ChartSpec trend(ChartSpec c, List<Snapshot> snaps, String key, double factor) {
        List<Double> targets = values(snaps, s -> boxed(s.target(key)).map(t -> t * factor));
        if (targets.stream().allMatch(java.util.Objects::isNull)) {
            return c;
        }
        if (targets.stream().distinct().count() == 1) {
            return new ChartSpec(c.id(), c.kind(), c.title(), c.description(), c.labels(), c.series(), c.band(),
                    OptionalDouble.of(targets.get(0)), c.targetLabel(), c.format());
        }
        List<Series> series = new ArrayList<>(c.series());
        series.add(new Series("Target", targets));
        return new ChartSpec(c.id(), c.kind(), c.title(), c.description(), c.labels(), series, c.band(),
                OptionalDouble.empty(), c.targetLabel(), c.format());
    }
}
