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

/**
 * What customers say, from the survey exports: the topics that drive detractors, comments per
 * topic, and the critical comments to act on. Comments arrive redacted; they are escaped here.
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

    String driversHtml(ReportSpec spec, java.util.function.Function<ChartSpec, String> figure, String language) {
        Optional<Period> period = spec.period().or(this::latest);
        if (period.isEmpty()) {
            return "<p class=\"cx-empty\">No comment in the exports matches a topic yet.</p>\n";
        }
        List<Driver> drivers = drivers(period.get());
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"cx-drivers\" tabindex=\"0\">\n<caption>What drives detractors, ")
                .append(ReportHtml.escape(period.get().label())).append("</caption>\n<thead><tr><th scope=\"col\">Topic</th>")
                .append("<th scope=\"col\">Mentions</th><th scope=\"col\">Share of detractors</th>")
                .append("<th scope=\"col\">Share of promoters</th><th scope=\"col\">NPS of those who mention it</th>")
                .append("<th scope=\"col\">NPS impact</th></tr></thead>\n<tbody>\n");
        for (Driver d : drivers) {
            html.append("<tr><th scope=\"row\">").append(ReportHtml.escape(d.topic().label(language)))
                    .append(d.topic().critical() ? " <span class=\"cx-critical-mark\">critical</span>" : "")
                    .append("</th><td>").append(d.mentions()).append("</td><td>").append(percent(d.detractorShare()))
                    .append("</td><td>").append(percent(d.promoterShare())).append("</td><td>")
                    .append(signed(d.nps())).append("</td><td>").append(String.format(Locale.ROOT, "%.1f", d.impact()))
                    .append(" points</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"cx-note\">NPS impact: how many points NPS would gain if the"
                + " detractors who mention the topic had been passives.</p>\n");
        if (!drivers.isEmpty()) {
            List<Driver> top = drivers.subList(0, Math.min(10, drivers.size()));
            html.append(figure.apply(ReportCharts.withId("drivers", new ChartSpec("c", ChartKind.HORIZONTAL_BARS, "NPS impact by topic, " + period.get().label(),
                    "Points of NPS lost to detractors who mention each topic, largest first.",
                    top.stream().map(d -> d.topic().label(language)).toList(),
                    List.of(new Series("NPS impact", top.stream().map(Driver::impact).toList())),
                    Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(1, "")))));
        }
        return html.toString();
    }

    String verbatimsHtml(ReportSpec spec, String language) {
        String id = spec.topic().orElseThrow();
        Topics.Topic topic = feedback.topics().all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        StringBuilder html = new StringBuilder("<div class=\"cx-verbatims\">\n");
        for (boolean promoters : new boolean[] {false, true}) {
            if (!spec.group().equals("both") && spec.group().equals("promoters") != promoters) {
                continue;
            }
            List<FeedbackData.Comment> comments = feedback.verbatims()
                    .getOrDefault(FeedbackData.verbatimKey(id, promoters), List.of());
            html.append("<h4 class=\"cx-verbatims__group\">What ").append(promoters ? "promoters" : "detractors").append(" say about ")
                    .append(ReportHtml.escape(topic.label(language).toLowerCase(Locale.ROOT))).append("</h4>\n");
            if (comments.isEmpty()) {
                html.append("<p class=\"cx-empty\">No comments.</p>\n");
                continue;
            }
            html.append("<ul class=\"cx-verbatims__list\">\n");
            for (FeedbackData.Comment c : comments) {
                html.append(comment(c));
            }
            html.append("</ul>\n");
        }
        return html.append("</div>\n").toString();
    }

    String criticalHtml(String language) {
        List<FeedbackData.Comment> critical = feedback.critical();
        List<String> names = feedback.topics().all().stream().filter(Topics.Topic::critical)
                .map(t -> t.label(language)).toList();
        StringBuilder html = new StringBuilder("<section class=\"cx-critical\" aria-label=\"Critical comments\">\n");
        if (critical.isEmpty()) {
            return html.append("<p>No detractor comment in the newest month is about a critical topic (")
                    .append(ReportHtml.escape(String.join(", ", names))).append(").</p>\n</section>\n").toString();
        }
        YearMonth month = YearMonth.from(critical.get(0).date());
        html.append("<p><strong>").append(critical.size()).append(critical.size() == 1 ? " detractor comment" : " detractor comments")
                .append("</strong> in ").append(ReportHtml.escape(Period.month(month.getYear(), month.getMonthValue()).label()))
                .append(" about critical topics (").append(ReportHtml.escape(String.join(", ", names)))
                .append("). Each needs an owner and an answer.</p>\n<ol class=\"cx-verbatims__list\">\n");
        for (FeedbackData.Comment c : critical) {
            html.append(comment(c));
        }
        return html.append("</ol>\n</section>\n").toString();
    }

    private String comment(FeedbackData.Comment c) {
        String topics = String.join(", ", c.topics().stream().map(t -> feedback.topics().all().get(t).label("en")).toList());
        return "<li class=\"cx-verbatim\"><blockquote><p>" + ReportHtml.escape(c.text()) + "</p></blockquote>"
                + "<p class=\"cx-verbatim__meta\">Score " + c.score() + " · " + ReportHtml.escape(c.date().format(DAY))
                + (c.channel().isEmpty() ? "" : " · " + ReportHtml.escape(c.channel()))
                + (c.language().isEmpty() ? "" : " · " + ReportHtml.escape(c.language()))
                + " · " + ReportHtml.escape(topics) + "</p></li>\n";
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value).replace("-", "−");
    }
}
