package io.cxsite.render;

import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.Topics;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.site.ReportSpec;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** One topic's numbers in a period. */
    record Driver(Topics.Topic topic, long mentions, long promoters, long detractors, double detractorShare,
            double promoterShare, double nps, double impact) {
    }

    private final Metrics metrics;
    private final FeedbackData feedback;

    ReportFeedback(Metrics metrics) {
        this.metrics = metrics;
        this.feedback = metrics.feedback();
    }

    /** The newest month with topic counts. */
    Optional<Period> latest() {
        return feedback.topicCounts().keySet().stream().map(FeedbackData.TopicMonth::month).max(Comparator.naturalOrder())
                .map(m -> Period.month(m.getYear(), m.getMonthValue()));
    }

    /**
     * Topics ranked by NPS impact: how many points NPS would gain if the detractors who mention the
     * topic had been passives instead, 100 * detractors mentioning / all answers.
     */
    List<Driver> drivers(Period period) {
        long answers = 0;
        long detractors = 0;
        long promoters = 0;
        for (Map.Entry<FeedbackData.Cell, FeedbackData.Counts> e : feedback.cells().entrySet()) {
            if (inside(period, YearMonth.from(e.getKey().day()))) {
                answers = Math.addExact(answers, e.getValue().responses());
                detractors = Math.addExact(detractors, e.getValue().detractors);
                promoters = Math.addExact(promoters, e.getValue().promoters);
            }
        }
        List<Driver> drivers = new ArrayList<>();
        List<Topics.Topic> topics = feedback.topics().all();
        for (int t = 0; t < topics.size(); t++) {
            long[] c = new long[3];
            for (Map.Entry<FeedbackData.TopicMonth, long[]> e : feedback.topicCounts().entrySet()) {
                if (e.getKey().topic() == t && inside(period, e.getKey().month())) {
                    for (int g = 0; g < 3; g++) {
                        c[g] = Math.addExact(c[g], e.getValue()[g]);
                    }
                }
            }
            long mentions = Math.addExact(Math.addExact(c[0], c[1]), c[2]);
            if (mentions == 0) {
                continue;
            }
            drivers.add(new Driver(topics.get(t), mentions, c[0], c[2], share(c[2], detractors), share(c[0], promoters),
                    100.0 * (c[0] - c[2]) / mentions, share(c[2], answers)));
        }
        drivers.sort(Comparator.comparingDouble(Driver::impact).reversed()
                .thenComparing(Comparator.comparingLong(Driver::mentions).reversed())
                .thenComparing(d -> d.topic().id()));
        return drivers;
    }

    private static boolean inside(Period period, YearMonth month) {
        return !month.atDay(1).isBefore(period.start()) && !month.atEndOfMonth().isAfter(period.end());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    PartialModel.Drivers drivers(ReportSpec spec, Function<ChartSpec, PartialModel.Figure> figure, String language) {
        Optional<Period> period = spec.period().or(this::latest);
        if (period.isEmpty()) {
            return new PartialModel.Drivers("", List.of(), null);
        }
        List<Driver> drivers = drivers(period.get());
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
        String id = spec.topic().orElseThrow();
        Topics.Topic topic = feedback.topics().all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        List<PartialModel.VerbatimGroup> groups = new ArrayList<>();
        for (boolean promoters : new boolean[] {false, true}) {
            if (!spec.group().equals("both") && spec.group().equals("promoters") != promoters) {
                continue;
            }
            List<FeedbackData.Comment> comments = feedback.verbatims()
                    .getOrDefault(FeedbackData.verbatimKey(id, promoters), List.of());
            groups.add(new PartialModel.VerbatimGroup(promoters ? "promoters" : "detractors",
                    comments.stream().map(this::comment).toList()));
        }
        return new PartialModel.Verbatims(topic.label(language).toLowerCase(Locale.ROOT), groups);
    }

    PartialModel.Critical critical(String language) {
        List<FeedbackData.Comment> critical = feedback.critical();
        String names = String.join(", ", feedback.topics().all().stream().filter(Topics.Topic::critical)
                .map(t -> t.label(language)).toList());
        Optional<YearMonth> month = critical.stream().findFirst().map(c -> YearMonth.from(c.date()));
        String label = month.map(m -> Period.month(m.getYear(), m.getMonthValue()).label()).orElse("");
        return new PartialModel.Critical(names, label, critical.stream().map(this::comment).toList());
    }

    /** A comment as it arrived, redacted; the template escapes it like any text. */
    private PartialModel.Verbatim comment(FeedbackData.Comment c) {
        String topics = String.join(", ", c.topics().stream().map(t -> feedback.topics().all().get(t).label("en")).toList());
        return new PartialModel.Verbatim(c.text(), c.score(), c.date().format(DAY), c.channel(), c.language(), topics);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value).replace("-", "−");
    }
}
