package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.config.Statistics;
import io.cxsite.metrics.CustomerVoice;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Topic;
import io.cxsite.metrics.Verbatim;
import io.cxsite.site.ReportSpec;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What customers say, from the survey exports: the topics that drive detractors, comments per
 * topic, and the critical comments to act on, as views for their partials. Comments arrive
 * redacted; the partials escape them.
 */
final class ReportFeedback {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final CustomerVoice voice;
    private final Statistics statistics;

    ReportFeedback(Metrics metrics, Statistics statistics) {
        this.voice = metrics.voice();
        this.statistics = statistics;
    }

    /** The drivers of the block's period (else the newest month with topics), in {@code language}. */
    PartialModel.Drivers drivers(ReportSpec spec, Function<ChartSpec, PartialModel.Figure> figure,
            Map<String, String> words, String language) {
        Optional<Period> period = spec.period().or(voice::latestMonth);
        if (period.isEmpty()) {
            return new PartialModel.Drivers("", List.of(), null, null, List.of(), String.valueOf(statistics.confidence()));
        }
        return new DriversView(voice, statistics, words, language).of(period.get(), figure);
    }

    PartialModel.Verbatims verbatims(ReportSpec spec, String language) {
        Topic topic = voice.topic(spec.topic().orElseThrow()).orElseThrow();
        List<PartialModel.VerbatimGroup> groups = new ArrayList<>();
        for (boolean promoters : new boolean[] {false, true}) {
            if (!spec.group().equals("both") && spec.group().equals("promoters") != promoters) {
                continue;
            }
            groups.add(new PartialModel.VerbatimGroup(promoters ? "promoters" : "detractors",
                    voice.verbatims(topic.id(), promoters).stream().map(c -> comment(c, language)).toList()));
        }
        return new PartialModel.Verbatims(topic.label(language).toLowerCase(Locale.ROOT), groups);
    }

    PartialModel.Critical critical(String language) {
        List<Verbatim> critical = voice.critical();
        String names = String.join(", ", voice.topics().stream().filter(Topic::critical)
                .map(t -> t.label(language)).toList());
        String label = critical.stream().findFirst().map(c -> Period.monthOf(c.date()).label()).orElse("");
        return new PartialModel.Critical(names, label, critical.stream().map(c -> comment(c, language)).toList());
    }

    /** A comment as it arrived, redacted; the template escapes it like any text. Dated and topics named in {@code language}. */
    static PartialModel.Verbatim comment(Verbatim c, String language) {
        String topics = String.join(", ", c.topics().stream().map(t -> t.label(language)).toList());
        return new PartialModel.Verbatim(c.text(), c.score(), c.date().format(DAY.withLocale(Locale.forLanguageTag(language))),
                c.channel(), c.language(), topics);
    }
}
