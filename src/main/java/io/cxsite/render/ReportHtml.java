package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.ChartTable;
import io.cxsite.charts.ChartWords;
import io.cxsite.charts.LocaleFormat;
import io.cxsite.charts.Sparkline;
import io.cxsite.config.SiteConfig;
import io.cxsite.config.Statistics;
import io.cxsite.metrics.ChangeVerdict;
import io.cxsite.metrics.Kpi;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Nps;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Promises;
import io.cxsite.metrics.Significance;
import io.cxsite.metrics.Snapshot;
import io.cxsite.metrics.Verdict;
import io.cxsite.site.ReportSpec;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Report blocks as HTML: each block's view drawn by its {@link Partial} ({@code cx-kpi} cards,
 * {@code cx-chart} figures, and the feedback blocks of {@link ReportFeedback}). Each chart is
 * drawn once per build however many pages show it (its id is a hash of its data), and is also
 * published as {@code charts/<id>.svg}, {@code charts/<id>.csv} and {@code charts/<id>.png} (drawn
 * by JFreeChart at twice the size, for slides, on worker threads by {@link PngFiles}).
 */
final class ReportHtml {
    static final String CHARTS = "charts/";
    private static final int SPARK_PERIODS = 12;

    /**
     * Charts drawn by this process, by id (a hash of all they show): when {@code serve} rebuilds
     * after an edit, only charts whose data changed are drawn again.
     */
    static final ChartCache DRAWN = new ChartCache(4096);

    private final Metrics metrics;
    private final ReportCharts charts;
    private final ReportFeedback feedback;
    private final PartialRenderer partials;
    private final String language;
    private final String base;
    private final Statistics statistics;
    private final SiteConfig config;
    private final Map<String, String> svgById = new ConcurrentHashMap<>();
    private final Map<String, String> csvById = new ConcurrentHashMap<>();
    private final PngFiles pngs;

    ReportHtml(Metrics metrics, SiteConfig config, PartialRenderer partials, PngFiles pngs) {
        this.metrics = metrics;
        this.pngs = pngs;
        this.partials = partials;
        this.charts = new ReportCharts(metrics, config);
        this.feedback = new ReportFeedback(metrics, config.statistics());
        this.language = config.language();
        this.base = config.basePath();
        this.statistics = config.statistics();
        this.config = config;
    }

    /** The block as a page in the site's language shows it. */
    String html(ReportSpec spec, Map<String, String> words) {
        return html(spec, words, language);
    }

    /**
     * The block as a page in {@code pageLanguage} shows it: {@code words} are the theme's words in
     * that language, and numbers, durations and months are written its way.
     */
    String html(ReportSpec spec, Map<String, String> words, String pageLanguage) {
        LocaleFormat locale = LocaleFormat.of(pageLanguage);
        ChartText text = new ChartText(words, locale);
        ChartWords chartWords = text.chartWords();
        return switch (spec.kind()) {
            case KPI -> partials.render(Partial.KPI_CARDS, cards(spec, text), words);
            case CHART -> {
                ReportCharts.PageChart chart = charts.pageChart(spec, locale, words);
                yield partials.render(Partial.FIGURE, figure(chart.chart(), chart.csvData(), spec.caption(),
                        chartWords), words);
            }
            case DRIVERS -> partials.render(Partial.DRIVERS, feedback.drivers(spec,
                    chart -> figure(chart, () -> chart, spec.caption(), chartWords), words, pageLanguage), words);
            case VERBATIMS -> partials.render(Partial.VERBATIMS, feedback.verbatims(spec, language), words);
            case CRITICAL -> partials.render(Partial.CRITICAL, feedback.critical(language), words);
        };
    }

    /** Every chart drawn so far as SVG and CSV files to publish, sorted by path (PNGs go out through {@link PngFiles}). */
    List<OutputFile> files() {
        List<OutputFile> files = new java.util.ArrayList<>();
        svgById.forEach((id, svg) -> files.add(OutputFile.text(CHARTS + id + ".svg", "image/svg+xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n")));
        csvById.forEach((id, csv) -> files.add(OutputFile.text(CHARTS + id + ".csv", "text/csv", csv)));
        files.sort(java.util.Comparator.comparing(OutputFile::path));
        return files;
    }

    /**
     * Draws the chart (once per build) with the words the chart writer adds itself in {@code words},
     * and registers its SVG, its PNG and its CSV, which holds {@code data}'s table: the same numbers
     * with the CSV's stable header names (made only when this chart's CSV is not made yet).
     */
    private PartialModel.Figure figure(ChartSpec shown, Supplier<ChartSpec> data, String caption, ChartWords words) {
        ChartSpec chart = ReportCharts.inWords(shown, words);
        String svg = svgById.computeIfAbsent(chart.id(), id -> DRAWN.draw(chart, words));
        csvById.computeIfAbsent(chart.id(), id -> ChartTable.csv(data.get()));
        pngs.add(chart, svg);
        String files = base + CHARTS + chart.id();
        // The chart writer escapes every label itself: its SVG and table are markup, not text.
        return new PartialModel.Figure(chart.id(), new SafeString(svg), chart.title(), caption,
                new SafeString(ChartTable.html(chart, words)), files + ".csv", files + ".svg", files + ".png");
    }

    private PartialModel.KpiCards cards(ReportSpec spec, ChartText text) {
        Period period = spec.period().or(metrics::latest).orElseThrow();
        Snapshot now = metrics.get(period, spec.segment()).orElseThrow();
        Optional<Snapshot> before = metrics.get(period.previous(), spec.segment());
        List<PartialModel.KpiCard> cards = spec.names().stream().map(name -> Kpi.byKey(name)
                .map(kpi -> kpi.perChannel() && kpi != Kpi.CONTACTS ? channelCard(kpi, now, before, text)
                        : card(CardKpi.of(kpi, text), now, before, spec.segment(), text))
                .orElseGet(() -> card(CardKpi.of(metrics.customKpis().get(name), text), now,
                        before, spec.segment(), text)))
                .toList();
        return new PartialModel.KpiCards(text.name(period), spec.segment().orElse(""),
                before.map(b -> text.name(b.period())).orElse(""), cards, spec.caption());
    }

    private PartialModel.KpiCard card(CardKpi kpi, Snapshot now, Optional<Snapshot> before, Optional<String> segment,
            ChartText text) {
        LocaleFormat locale = text.locale();
        OptionalDouble value = kpi.value(now);
        OptionalDouble target = now.target(kpi.key());
        String status = value.isEmpty() || target.isEmpty() ? ""
                : kpi.meets(value.getAsDouble(), target.getAsDouble()) ? "met" : "missed";
        Optional<Nps> nps = kpi.key().equals(Kpi.NPS.key()) ? now.nps() : Optional.empty();
        return new PartialModel.KpiCard(kpi.key(), kpi.name(), false,
                value.isPresent() ? kpi.text().value(value.getAsDouble(), now) : "", status,
                nps.filter(Nps::counted).map(n -> "±" + locale.number(n.marginOfError(statistics.z()), 1)).orElse(""),
                nps.map(n -> locale.number(n.responses(), 0)).orElse(""),
                change(kpi, value, before.map(kpi::value).orElse(OptionalDouble.empty()), before,
                        () -> kpi.test().of(before.orElseThrow(), now, statistics), text).orElse(null),
                target.isPresent() ? kpi.text().value(target.getAsDouble(), now) : "", List.of(), List.of(),
                sparkline(kpi, now, segment, text),
                benchmark(kpi, now));
    }

    /** "+32.0 · Nordic Customer Experience Index 2026" when a benchmark is in effect for the KPI, else "". */
    private static String benchmark(CardKpi kpi, Snapshot now) {
        return now.benchmark(kpi.key()).map(b -> kpi.text().value(b.value(), now) + " · " + b.source() + " "
                + b.year()).orElse("");
    }

    /** The KPI over the last {@value #SPARK_PERIODS} periods of the card's kind and segment, ending with the card's. */
    private SafeString sparkline(CardKpi kpi, Snapshot now, Optional<String> segment, ChartText words) {
        List<Period> periods = new java.util.ArrayList<>();
        for (Period p = now.period(); periods.size() < SPARK_PERIODS; p = p.previous()) {
            periods.add(0, p);
        }
        List<Double> values = periods.stream().map(p -> metrics.get(p, segment)
                .map(kpi::value).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
                .orElse(null)).toList();
        int first = 0;
        while (first < values.size() && values.get(first) == null) {
            first++;
        }
        if (first >= values.size()) {
            return new SafeString("");
        }
        ChartWords chartWords = words.chartWords();
        String text = kpi.name() + ", " + words.label(periods.get(first)) + " " + chartWords.to() + " "
                + words.label(now.period()) + ": " + String.join(", ", values.subList(first, values.size()).stream()
                        .map(v -> v == null ? chartWords.missing() : kpi.text().value(v, now)).toList());
        // The chart writer escapes the text itself: the result is markup.
        return new SafeString(Sparkline.svg(values, text));
    }

    /**
     * The change against the period before, when both have a value, with what its test says: a
     * change the test cannot call real (within noise, or too few answers) is shown in a neutral tone.
     */
    private static Optional<PartialModel.KpiChange> change(CardKpi kpi, OptionalDouble value, OptionalDouble previous,
            Optional<Snapshot> before, Supplier<Significance.Test> test, ChartText text) {
        if (value.isEmpty() || previous.isEmpty()) {
            return Optional.empty();
        }
        double delta = value.getAsDouble() - previous.getAsDouble();
        boolean better = kpi.higherIsBetter() == delta > 0;
        String direction = Math.abs(delta) < 1e-9 ? "flat" : delta > 0 ? "up" : "down";
        Verdict verdict = test.get().verdict();
        boolean unsure = verdict == Verdict.WITHIN_NOISE || verdict == Verdict.TOO_FEW;
        String tone = direction.equals("flat") || unsure ? "neutral" : better ? "better" : "worse";
        return Optional.of(new PartialModel.KpiChange(direction, tone, kpi.text().change(delta),
                text.label(before.orElseThrow().period()), verdict == Verdict.WITHIN_NOISE, verdict.key(),
                verdictText(verdict, text)));
    }

    /** "likely real", "within noise", "too few answers to tell" in the page's language; empty when untested. */
    private static String verdictText(Verdict verdict, ChartText text) {
        return switch (verdict) {
            case LIKELY_REAL -> text.word("changeLikelyReal", "likely real");
            case WITHIN_NOISE -> text.word("changeWithinNoise", "within noise");
            case TOO_FEW -> text.word("changeTooFew", "too few answers to tell");
            case UNKNOWN -> "";
        };
    }

    /** Durations per channel, each against its target and with its change since the period before. */
    private PartialModel.KpiCard channelCard(Kpi kpi, Snapshot now, Optional<Snapshot> before, ChartText text) {
        LocaleFormat locale = text.locale();
        CardKpi card = CardKpi.of(kpi, text);
        List<PartialModel.ChannelFigure> channels = new java.util.ArrayList<>();
        now.byChannel(kpi).forEach((channel, seconds) -> {
            OptionalDouble target = now.target(kpi.key() + "." + channel);
            String status = target.isEmpty() ? "" : seconds <= target.getAsDouble() ? "met" : "missed";
            Double previous = before.map(b -> b.byChannel(kpi).get(channel)).orElse(null);
            Optional<PartialModel.KpiChange> change = change(card, OptionalDouble.of(seconds),
                    previous == null ? OptionalDouble.empty() : OptionalDouble.of(previous), before,
                    () -> ChangeVerdict.ofChannel(kpi, channel, before.orElseThrow(), now, statistics), text);
            channels.add(new PartialModel.ChannelFigure(channel, locale.duration(seconds), status,
                    target.isPresent() ? locale.duration(target.getAsDouble()) : "", change.orElse(null)));
        });
        return new PartialModel.KpiCard(kpi.key(), card.name(), true, "", "", "", "", null, "",
                List.copyOf(channels), kpi == Kpi.FIRST_RESPONSE_TIME ? promises(now, locale) : List.of(),
                new SafeString(""), "");
    }

    /** The help centre's promised first-answer times against this period's, for the channels it measured. */
    private List<PartialModel.Promise> promises(Snapshot now, LocaleFormat locale) {
        return Promises.against(config, now).stream().map(p -> new PartialModel.Promise(p.channel(),
                locale.duration(p.promised()), locale.duration(p.measured()), p.kept(),
                p.kept() ? "" : "+" + locale.duration(p.measured() - p.promised()))).toList();
    }
}
