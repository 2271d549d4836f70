package io.cxsite.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps promoters' and detractors' comments as they stream in: a few newest verbatims per topic and
 * group, the same per month (for period pages), and the critical comments of the newest month. An
 * export in date order makes nearly every comment the newest for a while, so comments are kept as
 * read and redacted once, at the end, when it is known which of them are published.
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
    /** The newest few per month, topic and group: a period page quotes its own months, not the newest of all. */
    private final Map<YearMonth, Map<FeedbackData.VerbatimKey, List<Kept>>> monthly = new HashMap<>();
    /**
     * The critical comments of the newest month seen so far, not yet redacted: an export in date
     * order makes every month the newest for a while, so they are redacted once the newest is known.
     */
    private final TreeMap<YearMonth, List<Kept>> critical = new TreeMap<>();
    /** Verbatims redacted so far: a comment in both the all-time and its month's list is redacted once. */
    private final Map<Kept, FeedbackData.Comment> redacted = new IdentityHashMap<>();

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
        Map<FeedbackData.VerbatimKey, List<Kept>> ofMonth = monthly.get(YearMonth.from(date));
        for (long bits = about; bits != 0; bits &= bits - 1) {
            int topic = Long.numberOfTrailingZeros(bits);
            if (topics.all().get(topic).critical() && group == NpsGroup.DETRACTOR && newest(date)) {
                return true;
            }
            FeedbackData.VerbatimKey key = verbatimKeys[topic][group.ordinal()];
            if (takes(verbatims.get(key), date, source, line)
                    || takes(ofMonth == null ? null : ofMonth.get(key), date, source, line)) {
                return true;
            }
        }
        return false;
    }

    private static boolean takes(List<Kept> kept, LocalDate date, String source, long line) {
        return kept == null || kept.size() < VERBATIMS || newer(date, source, line, kept.get(kept.size() - 1));
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
            FeedbackData.VerbatimKey key = verbatimKeys[topic][group.ordinal()];
            offer(verbatims.computeIfAbsent(key, k -> new ArrayList<>()), read);
            offer(monthly.computeIfAbsent(month, m -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()), read);
        }
        // Only the newest month's critical comments are listed; older months need not be kept.
        while (critical.size() > 1) {
            critical.remove(critical.firstKey());
        }
    }

    /** Puts the comment in its place in {@code kept} (newest first, at most {@link #VERBATIMS}) when it is among the newest. */
    private static void offer(List<Kept> kept, Kept read) {
        Response r = read.response();
        if (!takes(kept, r.date(), r.source(), r.line())) {
            return;
        }
        int at = kept.size(); // where it goes in the list, newest first
        while (at > 0 && newer(r.date(), r.source(), r.line(), kept.get(at - 1))) {
            at--;
        }
        kept.add(at, read);
        if (kept.size() > VERBATIMS) {
            kept.remove(kept.size() - 1);
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

    /**
     * Moves the lines of the comments kept on by {@code by} (a part read before the line it starts on
     * was known counts its lines from 1); a comment kept in several lists stays one comment.
     */
    void shiftLines(long by) {
        Map<Kept, Kept> moved = new IdentityHashMap<>();
        java.util.function.UnaryOperator<Kept> shift = k -> moved.computeIfAbsent(k, old -> {
            Response r = old.response();
            return new Kept(new Response(r.source(), r.line() + by, r.date(), r.score(), r.comment(), r.channel(),
                    r.segment(), r.language(), r.csat(), r.ces()), old.score(), old.about());
        });
        verbatims.values().forEach(list -> list.replaceAll(shift));
        monthly.values().forEach(lists -> lists.values().forEach(list -> list.replaceAll(shift)));
        critical.values().forEach(list -> list.replaceAll(shift));
    }

    /** Adds what a part of an export kept: the newest verbatims of both, and the newest month's critical comments. */
    void merge(KeptComments part) {
        mergeLists(verbatims, part.verbatims);
        part.monthly.forEach((month, theirs) -> mergeLists(monthly.computeIfAbsent(month, m -> new HashMap<>()), theirs));
        part.critical.forEach((month, theirs) -> critical.computeIfAbsent(month, m -> new ArrayList<>()).addAll(theirs));
        while (critical.size() > 1) {
            critical.remove(critical.firstKey());
        }
    }

    private static void mergeLists(Map<FeedbackData.VerbatimKey, List<Kept>> into,
            Map<FeedbackData.VerbatimKey, List<Kept>> from) {
        from.forEach((key, theirs) -> {
            List<Kept> kept = into.computeIfAbsent(key, k -> new ArrayList<>());
            kept.addAll(theirs);
            kept.sort(NEWER);
            while (kept.size() > VERBATIMS) {
                kept.remove(kept.size() - 1);
            }
        });
    }

    private FeedbackData.Comment comment(Kept k, int length) {
        Response r = k.response();
        List<String> ids = k.about().stream().map(t -> topicIds[t]).toList();
        return new FeedbackData.Comment(r.date(), k.score(), r.channel(), r.language(), Redactor.toSafeText(r.comment(),
                length), ids, r.source(), r.line());
    }

    private FeedbackData.Comment verbatim(Kept k) {
        return redacted.computeIfAbsent(k, c -> comment(c, VERBATIM_LENGTH));
    }

    /** The verbatims kept, redacted, as unmodifiable lists. */
    Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> verbatims() {
        Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> kept = new HashMap<>();
        verbatims.forEach((k, v) -> kept.put(k, v.stream().map(this::verbatim).toList()));
        return kept;
    }

    /** The verbatims kept per month, redacted, sorted by month, as unmodifiable lists. */
    SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> monthlyVerbatims() {
        SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> kept = new TreeMap<>();
        monthly.forEach((month, lists) -> {
            Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> copy = new HashMap<>();
            lists.forEach((k, v) -> copy.put(k, v.stream().map(this::verbatim).toList()));
            kept.put(month, Map.copyOf(copy));
        });
        return kept;
    }

    /** The newest month's critical comments, redacted, newest first. */
    List<FeedbackData.Comment> newestCritical() {
        return critical.isEmpty() ? List.of() : critical.values().iterator().next().stream()
                .map(c -> comment(c, CRITICAL_LENGTH)).sorted(NEWEST_FIRST).toList();
    }
}
