package io.cxsite.render;

import io.cxsite.charts.Band;
import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.LocaleFormat;
import io.cxsite.charts.Reference;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.config.Statistics;
import io.cxsite.metrics.CustomerVoice;
import io.cxsite.metrics.Driver;
import io.cxsite.metrics.DriverImpact;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A {@code cx-drivers} block in the page's language: each topic's NPS impact with its interval and
 * verdict ({@link DriverImpact}), the impact as bars, importance against performance as a scatter
 * chart, and the period's newest comments on the top topics. Comments arrive redacted; the partial
 * escapes them.
 */
final class DriversView {
    /** Topics drawn as bars and quoted. */
    private static final int TOP = 10;
    /** Topics whose comments are quoted, and comments per topic. */
    private static final int QUOTED_TOPICS = 5;
    private static final int COMMENTS = 3;

    private final CustomerVoice voice;
    private final Statistics statistics;
    private final Map<String, String> words;
    private final LocaleFormat locale;
    private final String language;

    DriversView(CustomerVoice voice, Statistics statistics, Map<String, String> words, String language) {
        this.voice = voice;
        this.statistics = statistics;
        this.words = words;
        this.locale = LocaleFormat.of(language);
        this.language = language;
    }

    /** The block for {@code period}; its charts drawn by {@code figure}. */
    PartialModel.Drivers of(Period period, Function<ChartSpec, PartialModel.Figure> figure) {
        List<Driver> drivers = voice.drivers(period);
        String named = new ChartText(words, locale).name(period);
        List<PartialModel.Driver> rows = drivers.stream().map(this::row).toList();
        String level = String.valueOf(statistics.confidence());
        if (drivers.isEmpty()) {
            return new PartialModel.Drivers(named, rows, null, null, List.of(), level);
        }
        List<Driver> top = drivers.subList(0, Math.min(TOP, drivers.size()));
        List<DriverImpact> impacts = top.stream().map(d -> DriverImpact.of(d, statistics)).toList();
        Band interval = new Band(word("driversInterval").replace("{level}", level),
                impacts.stream().map(DriverImpact::low).toList(), impacts.stream().map(DriverImpact::high).toList());
        ChartSpec bars = ReportCharts.withId("drivers", new ChartSpec("c", ChartKind.HORIZONTAL_BARS,
                word("driversBarsTitle") + ", " + named, word("driversBarsDescription"),
                top.stream().map(d -> d.topic().label(language)).toList(),
                List.of(new Series(word("driversImpact"), top.stream().map(Driver::impact).toList())),
                Optional.of(interval), OptionalDouble.empty(), "", ValueFormat.of(1, "").in(locale)));
        return new PartialModel.Drivers(named, rows, figure.apply(bars), figure.apply(map(period, named, top)),
                quotes(period, top), level);
    }

    /**
     * Importance against performance: x the share of the period's answers that mention the topic, y
     * the NPS of those answers; the guides at the NPS of all answers and the median share.
     */
    private ChartSpec map(Period period, String named, List<Driver> top) {
        long answers = top.get(0).answers();
        List<Double> importance = top.stream().map(d -> 100.0 * d.mentions() / answers).toList();
        double[] sorted = importance.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        OptionalDouble all = voice.nps(period);
        ChartSpec spec = new ChartSpec("c", ChartKind.SCATTER, word("driversMapTitle") + ", " + named,
                word("driversMapDescription"), top.stream().map(d -> d.topic().label(language)).toList(),
                List.of(new Series(word("driversMapImportance"), importance),
                        new Series(word("driversMapPerformance"), top.stream().map(Driver::nps).toList())),
                Optional.empty(), all, word("driversMapAll"), ValueFormat.signed(1, "").in(locale));
        return ReportCharts.withId("drivers-map", spec.withReference(new Reference(word("driversMapMedian"), median,
                "")));
    }

    private PartialModel.Driver row(Driver d) {
        DriverImpact impact = DriverImpact.of(d, statistics);
        String verdict = impact.drivesDetractors() ? "drives" : impact.spareDetractors() ? "spares"
                : impact.test().verdict().key();
        return new PartialModel.Driver(d.topic().label(language), d.topic().critical(), d.mentions(),
                percent(d.detractorShare()), percent(d.promoterShare()), locale.signed(d.nps(), 1),
                locale.number(d.impact(), 1), locale.number(impact.low(), 1) + "\u2013" + locale.number(impact.high(), 1),
                verdict, verdictText(impact));
    }

    private String verdictText(DriverImpact impact) {
        if (impact.drivesDetractors()) {
            return word("driversDrives");
        }
        if (impact.spareDetractors()) {
            return word("driversSpares");
        }
        Verdict v = impact.test().verdict();
        return v == Verdict.WITHIN_NOISE ? word("driversWithinNoise") : v == Verdict.TOO_FEW ? word("changeTooFew") : "";
    }

    /** The newest few comments of the period on each of the top topics that has any. */
    private List<PartialModel.TopicQuotes> quotes(Period period, List<Driver> top) {
        return top.stream().limit(QUOTED_TOPICS)
                .map(d -> new PartialModel.TopicQuotes(d.topic().label(language),
                        voice.verbatims(d.topic().id(), period, COMMENTS).stream()
                                .map(c -> ReportFeedback.comment(c, language)).toList()))
                .filter(q -> !q.comments().isEmpty()).toList();
    }

    private String percent(double value) {
        return locale.number(value, 0) + " %";
    }

    private String word(String key) {
        return words.getOrDefault(key, key);
    }
}
