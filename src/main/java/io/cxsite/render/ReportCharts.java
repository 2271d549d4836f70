package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.ChartWords;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns a checked {@code cx-chart} block and the site's metrics into the chart's data. */
final class ReportCharts {
    /** One digest per rendering thread: looking the algorithm up costs more than hashing a chart. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ReportCharts::sha256);

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
     * about and the span it covers; {@code text} gives every other word in the page's language.
     */
    record Range(List<Period> periods, List<String> labels, List<Snapshot> snaps, String who, String span,
            ChartText text) {
    }

    /**
     * The chart in {@code locale}'s language (its numbers and periods, and its titles, descriptions and
     * series names in {@code words}, the theme's words in that language, English where they lack one),
     * and the data of its CSV table: the same numbers with English words, which are the same keys in
     * every language. That data is the chart itself when the chart already reads as English (an
     * English page whose theme words are the English ones), else it is made again in English when
     * {@code csvData} is asked (only for a chart whose CSV is not written yet).
     */
    record PageChart(ChartSpec chart, Supplier<ChartSpec> csvData) {
    }

    PageChart pageChart(ReportSpec spec, LocaleFormat locale, Map<String, String> words) {
        ChartText text = new ChartText(words, locale);
        ChartSpec data = data(spec, text);
        // Own KPIs' words are read past ChartText (OwnKpiText), so their charts are always made again.
        boolean english = locale.equals(LocaleFormat.ENGLISH) && spec.ownTrend().isEmpty() && !text.gaveOwnWords();
        return new PageChart(withId(name(spec), data),
                english ? () -> data : () -> data(spec, new ChartText(Map.of(), LocaleFormat.ENGLISH)));
    }

    private static String name(ReportSpec spec) {
        return spec.ownTrend().map(key -> key + ReportSpec.TREND).orElseGet(() -> spec.chart().key());
    }

    /** What the chart shows, without its id; {@code text} gives its words and periods. */
    private ChartSpec data(ReportSpec spec, ChartText text) {
        LocaleFormat locale = text.locale();
        Map<String, String> words = text.words();
        Range r = range(spec, text);
        Optional<String> own = spec.ownTrend();
        ChartSpec chart = own.isPresent()
                ? TrendCharts.ownTrend(r, new OwnKpiText(metrics.customKpis().get(own.get()), locale, words),
                        metrics.customKpis().get(own.get()).name(locale.language()), own.get())
                : builtIn(spec, r);
        return new ChartSpec(chart.id(), chart.kind(), chart.title(), chart.description(),
                chart.labels(), chart.series(), chart.band(), chart.target(), chart.targetLabel(),
                chart.format().in(locale), chart.references());
    }

    private ChartSpec builtIn(ReportSpec spec, Range r) {
        return switch (spec.chart()) {
            case NPS_TREND -> TrendCharts.benchmark(TrendCharts.npsTrend(r, statistics), r, "nps", 1);
            case NPS_GROUPS -> BreakdownCharts.npsGroups(r);
            case NPS_BY_CHANNEL -> BreakdownCharts.npsByChannel(r, spec.channel());
            case NPS_BY_SEGMENT -> BreakdownCharts.npsBySegment(r, metrics);
            case CONTACTS_BY_CHANNEL -> BreakdownCharts.contactsByChannel(r, spec.channel());
            case FIRST_RESPONSE_TIME -> responseTimes.firstResponseTime(spec, r);
            case CSAT_TREND -> TrendCharts.benchmark(TrendCharts.csatTrend(r), r, "csat", 100);
            case CES_TREND -> TrendCharts.benchmark(TrendCharts.cesTrend(r), r, "ces", 1);
        };
    }

    private Range range(ReportSpec spec, ChartText text) {
        List<Period> periods = metrics.range(spec.by(), spec.from(), spec.to());
        List<String> labels = periods.stream().map(text::label).toList();
        List<Snapshot> snaps = periods.stream().map(p -> metrics.get(p, spec.segment()).orElse(null)).toList();
        String who = spec.segment().map(s -> " (" + s + ")").orElse("");
        return new Range(periods, labels, snaps, who, text.span(periods), text);
    }

    /** The chart's id is its name and a hash of what it shows: the same chart gets the same file everywhere. */
    static ChartSpec withId(String name, ChartSpec c) {
        return withId(name, c, "");
    }

    /**
     * The chart as drawn with {@code words}: the words the chart writer adds itself are part of what it
     * shows, so the id hashes them too, and a chart whose spec reads alike in two languages still gets
     * one file per language. English words add nothing, so English ids stay as they were.
     */
    static ChartSpec inWords(ChartSpec c, ChartWords words) {
        if (words.equals(ChartWords.ENGLISH)) {
            return c;
        }
        int dash = c.id().lastIndexOf('-');
        return withId(dash > 0 ? c.id().substring(0, dash) : c.id(), c, words.toString());
    }

    private static ChartSpec withId(String name, ChartSpec c, String words) {
        byte[] hash = SHA_256.get().digest((c.fullText() + words).getBytes(StandardCharsets.UTF_8));
        String id = name + "-" + HexFormat.of().formatHex(hash, 0, 5);
        return new ChartSpec(id, c.kind(), c.title(), c.description(), c.labels(), c.series(), c.band(), c.target(),
                c.targetLabel(), c.format(), c.references());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
