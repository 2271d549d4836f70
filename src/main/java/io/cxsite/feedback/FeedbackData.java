package io.cxsite.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the exports gave, aggregated: answer counts per {@link Cell} (day, channel, segment,
 * language, and topic or all answers), in cell order; a few safe comments per topic and group; the
 * critical comments of the newest month. Every comment in here has been redacted and capped, but
 * not HTML-escaped. Immutable.
 *
 * @param counts  the counts of every cell that has answers, sorted by cell
 * @param leftOut rows the exports mark as no customer's answer, per file (sorted) and reason
 *                ({@code preview}, {@code test}, {@code spam}, or {@code status <value>}): how many
 * @param monthly the same few newest verbatims per topic and group, kept for each month apart
 */
public record FeedbackData(Topics topics, SortedMap<Cell, Counts> counts, Map<VerbatimKey, List<Comment>> verbatims,
        List<Comment> critical, List<String> sources, long responses, long unfinished, long badRows,
        Map<String, Map<String, Long>> leftOut, SortedMap<YearMonth, Map<VerbatimKey, List<Comment>>> monthly) {

    public static final FeedbackData EMPTY = new FeedbackData(Topics.NONE, new TreeMap<>(), Map.of(), List.of(),
            List.of(), 0, 0, 0, Map.of());

    public FeedbackData {
        // the collector's counts are read-only already; any other map is copied
        counts = counts instanceof SortedCounts ? counts : Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        verbatims = Map.copyOf(verbatims);
        critical = List.copyOf(critical);
        sources = List.copyOf(sources);
        monthly = Collections.unmodifiableSortedMap(new TreeMap<>(monthly));
    }

    /** Without verbatims per month. */
    public FeedbackData(Topics topics, SortedMap<Cell, Counts> counts, Map<VerbatimKey, List<Comment>> verbatims,
            List<Comment> critical, List<String> sources, long responses, long unfinished, long badRows,
            Map<String, Map<String, Long>> leftOut) {
        this(topics, counts, verbatims, critical, sources, responses, unfinished, badRows, leftOut, new TreeMap<>());
    }

    /** Which verbatims: those of promoters or of detractors who mention a topic. */
    public record VerbatimKey(String topic, NpsGroup group) {
    }

    /**
     * One customer comment fit to publish once escaped.
     *
     * @param topics ids of the topics it is about, in the order of {@link Topics#all()}
     */
    public record Comment(LocalDate date, int score, String channel, String language, String text,
            List<String> topics, String source, long line) {
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
