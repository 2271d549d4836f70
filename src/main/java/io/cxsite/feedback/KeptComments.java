package io.cxsite.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps promoters' and detractors' comments as they stream in: a few newest verbatims per topic and
 * group, and the critical comments of the newest month. An export in date order makes nearly every
 * comment the newest for a while, so comments are kept as read and redacted once, at the end, when
 * it is known which of them are published.
 */
final class KeptComments {
    /** Verbatims kept per topic and group, newest first. */
    static final int VERBATIMS = 5;
    static final int VERBATIM_LENGTH = 280;
    static final int CRITICAL_LENGTH = 600;

    static final Comparator<FeedbackData.Comment> NEWEST_FIRST = Comparator
            .comparing(FeedbackData.Comment::date).reversed()
            .thenComparing(FeedbackData.Comment::source).thenComparingLong(FeedbackData.Comment::line);

    private final Topics topics;
    private final String[] topicIds;
    /** The verbatim keys of each topic, by {@link NpsGroup} ordinal; made once rather than per row. */
    private final FeedbackData.VerbatimKey[][] verbatimKeys;
    /** The newest comments of each key so far, newest first ({@link #NEWER}), not yet redacted. */
    private final Map<FeedbackData.VerbatimKey, List<Kept>> verbatims = new HashMap<>();
    /**
     * The critical comments of the newest month seen so far, not yet redacted: an export in date
     * order makes every month the newest for a while, so they are redacted once the newest is known.
     */
    private final TreeMap<YearMonth, List<Kept>> critical = new TreeMap<>();

    /** A comment as read, with its score and topics. */
    private record Kept(Response response, int score, List<Integer> about) {
    }

    /** The order of {@link #NEWEST_FIRST}, on comments as read. */
    private static final Comparator<Kept> NEWER = Comparator.comparing((Kept k) -> k.response().date()).reversed()
            .thenComparing(k -> k.response().source()).thenComparingLong(k -> k.response().line());

    KeptComments(Topics topics, String[] topicIds) {
        this.topics = topics;
        this.topicIds = topicIds;
        this.verbatimKeys = topics.all().stream().map(t -> Arrays.stream(NpsGroup.values())
                .map(g -> new FeedbackData.VerbatimKey(t.id(), g)).toArray(FeedbackData.VerbatimKey[]::new))
                .toArray(FeedbackData.VerbatimKey[][]::new);
    }

    /**
     * Whether {@link #keep} would keep a comment of this date, file, line and group about the topics
     * whose bits are set: asked first by readers that make the comment's text only for comments kept.
     */
    boolean wants(LocalDate date, String source, long line, NpsGroup group, long about) {
        for (long bits = about; bits != 0; bits &= bits - 1) {
            int topic = Long.numberOfTrailingZeros(bits);
            if (topics.all().get(topic).critical() && group == NpsGroup.DETRACTOR && newest(date)) {
                return true;
            }
            List<Kept> kept = verbatims.get(verbatimKeys[topic][group.ordinal()]);
            if (kept == null || kept.size() < VERBATIMS || newer(date, source, line, kept.get(kept.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Keeps a promoter's or detractor's comment as a verbatim of its topics, and as critical when it is. */
    void keep(Response r, int score, NpsGroup group, List<Integer> about) {
        YearMonth month = YearMonth.from(r.date());
        Kept read = new Kept(r, score, about);
        for (int topic : about) {
            Topics.Topic t = topics.all().get(topic);
            if (t.critical() && group == NpsGroup.DETRACTOR && newest(r.date())) {
                critical.computeIfAbsent(month, m -> new ArrayList<>()).add(read);
            }
            List<Kept> kept = verbatims.computeIfAbsent(verbatimKeys[topic][group.ordinal()], k -> new ArrayList<>());
            if (kept.size() < VERBATIMS || newer(r.date(), r.source(), r.line(), kept.get(kept.size() - 1))) {
                int at = kept.size(); // where it goes in the list, newest first
                while (at > 0 && newer(r.date(), r.source(), r.line(), kept.get(at - 1))) {
                    at--;
                }
                kept.add(at, read);
                if (kept.size() > VERBATIMS) {
                    kept.remove(kept.size() - 1);
                }
            }
        }
        // Only the newest month's critical comments are listed; older months need not be kept.
        while (critical.size() > 1) {
            critical.remove(critical.firstKey());
        }
    }

    /** Whether a comment of the date's month would be listed as critical: none newer has been seen. */
    private boolean newest(LocalDate date) {
        if (critical.isEmpty()) {
            return true;
        }
        YearMonth last = critical.lastKey();
        return date.getYear() > last.getYear()
                || date.getYear() == last.getYear() && date.getMonthValue() >= last.getMonthValue();
    }

    /** Whether a comment of this date, file and line comes before {@code than} newest first. */
    private static boolean newer(LocalDate date, String source, long line, Kept than) {
        Response r = than.response();
        int c = r.date().compareTo(date);
        if (c == 0) {
            c = source.compareTo(r.source());
        }
        return c != 0 ? c < 0 : line < r.line();
    }

    /** Adds what a part of an export kept: the newest verbatims of both, and the newest month's critical comments. */
    void merge(KeptComments part) {
        part.verbatims.forEach((key, theirs) -> {
            List<Kept> kept = verbatims.computeIfAbsent(key, k -> new ArrayList<>());
            kept.addAll(theirs);
            kept.sort(NEWER);
            while (kept.size() > VERBATIMS) {
                kept.remove(kept.size() - 1);
            }
        });
        part.critical.forEach((month, theirs) -> critical.computeIfAbsent(month, m -> new ArrayList<>()).addAll(theirs));
        while (critical.size() > 1) {
            critical.remove(critical.firstKey());
        }
    }

    private FeedbackData.Comment comment(Kept k, int length) {
        Response r = k.response();
        List<String> ids = k.about().stream().map(t -> topicIds[t]).toList();
        return new FeedbackData.Comment(r.date(), k.score(), r.channel(), r.language(), Redactor.toSafeText(r.comment(),
                length), ids, r.source(), r.line());
    }

    /** The verbatims kept, redacted, as unmodifiable lists. */
    Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> verbatims() {
        Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> kept = new HashMap<>();
        verbatims.forEach((k, v) -> kept.put(k, v.stream().map(c -> comment(c, VERBATIM_LENGTH)).toList()));
        return kept;
    }

    /** The newest month's critical comments, redacted, newest first. */
    List<FeedbackData.Comment> newestCritical() {
        return critical.isEmpty() ? List.of() : critical.values().iterator().next().stream()
                .map(c -> comment(c, CRITICAL_LENGTH)).sorted(NEWEST_FIRST).toList();
    }
}
