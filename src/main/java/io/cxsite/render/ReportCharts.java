package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.LocaleFormat;
import io.cxsite.config.SiteConfig;
import io.cxsite.config.Statistics;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import io.cxsite.site.ReportSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a checked {@code cx-chart} block and the site's metrics into the chart's data. */
final class ReportCharts {
    private final Metrics metrics;
    private final ResponseTimeCharts responseTimes;
    private final Statistics statistics;
    private final SiteConfig config;

    ReportCharts(Metrics metrics, SiteConfig config) {
        this.config = config;
        this.metrics = metrics;
        this.responseTimes = new ResponseTimeCharts(config);
        this.statistics = config.statistics();
    }

    /**
     * The block's periods and their snapshots, with the words every title shares: who the chart is
     * about and the span it covers.
     */
    record Range(List<Period> periods, List<String> labels, List<Snapshot> snaps, String who, String span) {
    }

    ChartSpec chart(ReportSpec spec) {
        return chart(spec, LocaleFormat.ENGLISH);
    }

    ChartSpec chart(ReportSpec spec, LocaleFormat locale) {
        return chart(spec, locale, Map.of());
    }

    /**
     * The chart with its numbers and month labels in {@code locale}'s language; {@code words}, the
     * theme's words in that language, name the units of the site's own KPIs.
     */
    ChartSpec chart(ReportSpec spec, LocaleFormat locale, Map<String, String> words) {
        Range r = range(spec, locale);
        Optional<String> own = spec.ownTrend();
        String name = own.map(key -> key + ReportSpec.TREND).orElseGet(() -> spec.chart().key());
        ChartSpec chart = own.isPresent()
                ? TrendCharts.ownTrend(r, new OwnKpiText(metrics.customKpis().get(own.get()), locale, words),
                        metrics.customKpis().get(own.get()).name(locale.language()), own.get())
                : builtIn(spec, r);
        return withId(name, new ChartSpec(chart.id(), chart.kind(), chart.title(), chart.description(),
                chart.labels(), chart.series(), chart.band(), chart.target(), chart.targetLabel(),
                chart.format().in(locale), chart.references()));
    }

    private ChartSpec builtIn(ReportSpec spec, Range r) {
        return switch (spec.chart()) {
            case NPS_TREND -> TrendCharts.benchmark(TrendCharts.npsTrend(r, statistics), r, "nps", 1);
            case NPS_GROUPS -> BreakdownCharts.npsGroups(r);
            case NPS_BY_CHANNEL -> BreakdownCharts.npsByChannel(r, spec.channel());
            case NPS_BY_SEGMENT -> BreakdownCharts.npsBySegment(r, metrics);
            case CONTACTS_BY_CHANNEL -> BreakdownCharts.contactsByChannel(r, spec.channel());
            case FIRST_RESPONSE_TIME -> responseTimes.firstResponseTime(spec, r.periods(), r.snaps(), r.who(), r.span());
            case CSAT_TREND -> TrendCharts.benchmark(TrendCharts.csatTrend(r), r, "csat", 100);
            case CES_TREND -> TrendCharts.benchmark(TrendCharts.cesTrend(r), r, "ces", 1);
        };
    }

    private Range range(ReportSpec spec, LocaleFormat locale) {
        List<Period> periods = metrics.range(spec.by(), spec.from(), spec.to());
        List<String> labels = periods.stream().map(p -> label(p, locale)).toList();
        List<Snapshot> snaps = periods.stream().map(p -> metrics.get(p, spec.segment()).orElse(null)).toList();
        String who = spec.segment().map(s -> " (" + s + ")").orElse("");
        String span = periods.isEmpty() ? "no periods" : periods.size() == 1 ? periods.get(0).label()
                : periods.get(0).label() + " to " + periods.get(periods.size() - 1).label();
        return new Range(periods, labels, snaps, who, span);
    }

    /** A period as an axis label: months in the page's language ({@code okt. 2026}), others as they are. */
    static String label(Period period, LocaleFormat locale) {
        return period.kind() == Period.Kind.MONTH ? locale.month(YearMonth.of(period.year(), period.number()))
                : period.shortLabel();
    }

    /** The chart's id is its name and a hash of what it shows: the same chart gets the same file everywhere. */
    static ChartSpec withId(String name, ChartSpec c) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.toString().getBytes(StandardCharsets.UTF_8));
            String id = name + "-" + HexFormat.of().formatHex(hash, 0, 5);
            return new ChartSpec(id, c.kind(), c.title(), c.description(), c.labels(), c.series(), c.band(), c.target(),
                    c.targetLabel(), c.format(), c.references());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
