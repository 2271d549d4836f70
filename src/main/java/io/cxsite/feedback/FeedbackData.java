package io.cxsite.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything the exports gave, aggregated: answer counts per day, channel, segment and language;
 * topic counts per month; a few safe comments per topic; the critical comments of the newest month.
 * Every comment in here has been redacted and capped, but not HTML-escaped.
 *
 * @param leftOut rows the exports mark as no customer's answer, per file (sorted) and reason
 *                ({@code preview}, {@code test}, {@code spam}, or {@code status <value>}): how many
 */
public record FeedbackData(Topics topics, Map<Cell, Counts> cells, Map<TopicMonth, long[]> topicCounts,
        Map<String, List<Comment>> verbatims, List<Comment> critical, List<String> sources, long responses,
        long unfinished, long badRows, Map<String, Map<String, Long>> leftOut) {

    public static final FeedbackData EMPTY = new FeedbackData(Topics.NONE, Map.of(), Map.of(), Map.of(), List.of(),
            List.of(), 0, 0, 0, Map.of());

    /** Where an answer belongs; empty strings where the export did not say. */
    public record Cell(LocalDate day, String channel, String segment, String language) {
    }

    /** NPS groups and the optional CSAT and CES sums of one cell. */
    public static final class Counts {
        public long promoters;
        public long passives;
        public long detractors;
        public double csatSatisfied;
        public long csatAnswers;
        public double cesSum;
        public long cesAnswers;

        public long responses() {
            return Math.addExact(Math.addExact(promoters, passives), detractors);
        }
    }

    /** Topic index (into {@link Topics#all()}) and month. */
    public record TopicMonth(int topic, YearMonth month) {
    }

    /**
     * One customer comment fit to publish once escaped.
     *
     * @param topics indexes of the topics it is about
     */
    public record Comment(LocalDate date, int score, String channel, String language, String text,
            List<Integer> topics, String source, long line) {
    }

    /** Key of {@link #verbatims()}: topic id and {@code promoters} or {@code detractors}. */
    public static String verbatimKey(String topicId, boolean promoters) {
        return topicId + (promoters ? "/promoters" : "/detractors");
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
