package io.cxsite.render;

import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.metrics.CustomerVoice;
import io.cxsite.metrics.Driver;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Topic;
import io.cxsite.metrics.Verbatim;
import io.cxsite.site.ReportSpec;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What customers say, from the survey exports: the topics that drive detractors, comments per
 * topic, and the critical comments to act on, as views for their partials. Comments arrive
 * redacted; the partials escape them.
 */
final class ReportFeedback {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final CustomerVoice voice;

    ReportFeedback(Metrics metrics) {
        this.voice = metrics.voice();
    }

    PartialModel.Drivers drivers(ReportSpec spec, Function<ChartSpec, PartialModel.Figure> figure, String language) {
        Optional<Period> period = spec.period().or(voice::latestMonth);
        if (period.isEmpty()) {
            return new PartialModel.Drivers("", List.of(), null);
        }
        List<Driver> drivers = voice.drivers(period.get());
        List<PartialModel.Driver> rows = drivers.stream().map(d -> new PartialModel.Driver(d.topic().label(language),
                d.topic().critical(), d.mentions(), percent(d.detractorShare()), percent(d.promoterShare()),
                signed(d.nps()), String.format(Locale.ROOT, "%.1f", d.impact()))).toList();
        if (drivers.isEmpty()) {
            return new PartialModel.Drivers(period.get().label(), rows, null);
        }
        List<Driver> top = drivers.subList(0, Math.min(10, drivers.size()));
        ChartSpec chart = ReportCharts.withId("drivers", new ChartSpec("c", ChartKind.HORIZONTAL_BARS,
                "NPS impact by topic, " + period.get().label(),
                "Points of NPS lost to detractors who mention each topic, largest first.",
                top.stream().map(d -> d.topic().label(language)).toList(),
                List.of(new Series("NPS impact", top.stream().map(Driver::impact).toList())),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(1, "")));
        return new PartialModel.Drivers(period.get().label(), rows, figure.apply(chart));
    }

    PartialModel.Verbatims verbatims(ReportSpec spec, String language) {
        Topic topic = voice.topic(spec.topic().orElseThrow()).orElseThrow();
        List<PartialModel.VerbatimGroup> groups = new ArrayList<>();
        for (boolean promoters : new boolean[] {false, true}) {
            if (!spec.group().equals("both") && spec.group().equals("promoters") != promoters) {
                continue;
            }
            groups.add(new PartialModel.VerbatimGroup(promoters ? "promoters" : "detractors",
                    voice.verbatims(topic.id(), promoters).stream().map(ReportFeedback::comment).toList()));
        }
        return new PartialModel.Verbatims(topic.label(language).toLowerCase(Locale.ROOT), groups);
    }

    PartialModel.Critical critical(String language) {
        List<Verbatim> critical = voice.critical();
        String names = String.join(", ", voice.topics().stream().filter(Topic::critical)
                .map(t -> t.label(language)).toList());
        String label = critical.stream().findFirst().map(c -> Period.monthOf(c.date()).label()).orElse("");
        return new PartialModel.Critical(names, label, critical.stream().map(ReportFeedback::comment).toList());
    }

    /** A comment as it arrived, redacted; the template escapes it like any text. */
    private static PartialModel.Verbatim comment(Verbatim c) {
        String topics = String.join(", ", c.topics().stream().map(t -> t.label("en")).toList());
        return new PartialModel.Verbatim(c.text(), c.score(), c.date().format(DAY), c.channel(), c.language(), topics);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value).replace("-", "−");
    }
}
