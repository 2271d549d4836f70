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

    private final String[] topicIds;
    /** The verbatim keys of each topic, by {@link NpsGroup} ordinal; made once rather than per row. */
    private final FeedbackData.VerbatimKey[][] verbatimKeys;
    /** Whether each topic is critical, by index: asked for every comment read. */
    private final boolean[] critical;
    /** The newest comments of each key so far, newest first ({@link #NEWER}), not yet redacted. */
    private final Lists verbatims;
    /** The newest few per month, topic and group: a period page quotes its own months, not the newest of all. */
    private final Map<YearMonth, Lists> monthly = new HashMap<>();
    /** The month of the date {@link #wants} was last asked about, and that date: most rows share their neighbour's. */
    private YearMonth lastMonth;
    private LocalDate lastDate;
    /** The lists of {@link #lastMonth} once it has any: made once, they stay the month's lists. */
    private Lists lastMonthLists;
    /**
     * The critical comments of the newest month seen so far, not yet redacted: an export in date
     * order makes every month the newest for a while, so they are redacted once the newest is known.
     */
    private final TreeMap<YearMonth, List<Kept>> newestCritical = new TreeMap<>();
    /** Verbatims redacted so far: a comment in both the all-time and its month's list is redacted once. */
    private final Map<Kept, FeedbackData.Comment> redacted = new IdentityHashMap<>();

    /** A comment as read, with its score and topics. */
    private record Kept(Response response, int score, List<Integer> about) {
    }

    /**
     * The lists of kept comments of each topic and group (a {@link FeedbackData.VerbatimKey}), by
     * topic index times 3 plus the group's ordinal: found without hashing a key per comment read.
     * A list, once made, holds at least one comment.
     */
    private static final class Lists {
        private final List<ArrayList<Kept>> byKey;

        Lists(int topics) {
            byKey = new ArrayList<>(java.util.Collections.nCopies(topics * 3, null));
        }

        /** The list of the topic and group; null while none was kept. */
        ArrayList<Kept> get(int topic, NpsGroup group) {
            return byKey.get(topic * 3 + group.ordinal());
        }

        ArrayList<Kept> make(int topic, NpsGroup group) {
            int at = topic * 3 + group.ordinal();
            if (byKey.get(at) == null) {
                byKey.set(at, new ArrayList<>());
            }
            return byKey.get(at);
        }

        /** Every list made, with its key among {@code keys} ([topic][group ordinal]). */
        void forEach(FeedbackData.VerbatimKey[][] keys, java.util.function.BiConsumer<FeedbackData.VerbatimKey,
                ArrayList<Kept>> action) {
            for (int at = 0; at < byKey.size(); at++) {
                if (byKey.get(at) != null) {
                    action.accept(keys[at / 3][at % 3], byKey.get(at));
                }
            }
        }
    }

    /** The order of {@link #NEWEST_FIRST}, on comments as read. */
    private static final Comparator<Kept> NEWER = Comparator.comparing((Kept k) -> k.response().date()).reversed()
            .thenComparing(k -> k.response().source()).thenComparingLong(k -> k.response().line());

    KeptComments(Topics topics, String[] topicIds) {
        this.topicIds = topicIds;
        this.verbatimKeys = topics.all().stream().map(t -> Arrays.stream(NpsGroup.values())
                .map(g -> new FeedbackData.VerbatimKey(t.id(), g)).toArray(FeedbackData.VerbatimKey[]::new))
                .toArray(FeedbackData.VerbatimKey[][]::new);
        this.critical = new boolean[topics.all().size()];
        for (int t = 0; t < critical.length; t++) {
            critical[t] = topics.all().get(t).critical();
        }
        this.verbatims = new Lists(critical.length);
    }

    /**
     * Whether {@link #keep} would keep a comment of this date, file, line and group about the topics
     * whose bits are set: asked first by readers that make the comment's text only for comments kept.
     */
    boolean wants(LocalDate date, String source, long line, NpsGroup group, long about) {
        if (date != lastDate) {
            if (lastDate == null || date.getYear() != lastDate.getYear() || date.getMonth() != lastDate.getMonth()) {
                lastMonth = YearMonth.from(date);
                lastMonthLists = null;
            }
            lastDate = date;
        }
        if (lastMonthLists == null) {
            lastMonthLists = monthly.get(lastMonth);
        }
        Lists ofMonth = lastMonthLists;
        for (long bits = about; bits != 0; bits &= bits - 1) {
            int topic = Long.numberOfTrailingZeros(bits);
            if (critical[topic] && group == NpsGroup.DETRACTOR && newest(date)) {
                return true;
            }
            if (takes(verbatims.get(topic, group), date, source, line)
                    || takes(ofMonth == null ? null : ofMonth.get(topic, group), date, source, line)) {
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
        if (about.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.from(r.date());
        Lists ofMonth = month.equals(lastMonth) && lastMonthLists != null ? lastMonthLists
                : monthly.computeIfAbsent(month, m -> new Lists(critical.length));
        Kept read = new Kept(r, score, about);
        for (int topic : about) {
            if (critical[topic] && group == NpsGroup.DETRACTOR && newest(r.date())) {
                newestCritical.computeIfAbsent(month, m -> new ArrayList<>()).add(read);
            }
            offer(verbatims.make(topic, group), read);
            offer(ofMonth.make(topic, group), read);
        }
        // Only the newest month's critical comments are listed; older months need not be kept.
        while (newestCritical.size() > 1) {
            newestCritical.remove(newestCritical.firstKey());
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
        if (newestCritical.isEmpty()) {
            return true;
        }
        YearMonth last = newestCritical.lastKey();
        return date.getYear() > last.getYear()
                || date.getYear() == last.getYear() && date.getMonthValue() >= last.getMonthValue();
    }

    /** Whether a comment of this date, file and line comes before {@code than} newest first. */
    private static boolean newer(LocalDate date, String source, long line, Kept than) {
        Response r = than.response();
        int c = r.date().compareTo(date);
        if (c == 0 && source != r.source()) {
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
        verbatims.forEach(verbatimKeys, (key, list) -> list.replaceAll(shift));
        monthly.values().forEach(lists -> lists.forEach(verbatimKeys, (key, list) -> list.replaceAll(shift)));
        newestCritical.values().forEach(list -> list.replaceAll(shift));
    }

    /** Adds what a part of an export kept: the newest verbatims of both, and the newest month's critical comments. */
    void merge(KeptComments part) {
        mergeLists(verbatims, part.verbatims);
        part.monthly.forEach((month, theirs) -> mergeLists(monthly.computeIfAbsent(month,
                m -> new Lists(critical.length)), theirs));
        part.newestCritical.forEach((month, theirs) -> newestCritical.computeIfAbsent(month,
                m -> new ArrayList<>()).addAll(theirs));
        while (newestCritical.size() > 1) {
            newestCritical.remove(newestCritical.firstKey());
        }
    }

    private static void mergeLists(Lists into, Lists from) {
        for (int at = 0; at < from.byKey.size(); at++) {
            List<Kept> theirs = from.byKey.get(at);
            if (theirs == null) {
                continue;
            }
            List<Kept> kept = into.make(at / 3, NpsGroup.values()[at % 3]);
            kept.addAll(theirs);
            kept.sort(NEWER);
            while (kept.size() > VERBATIMS) {
                kept.remove(kept.size() - 1);
            }
        }
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
        verbatims.forEach(verbatimKeys, (k, v) -> kept.put(k, v.stream().map(this::verbatim).toList()));
        return kept;
    }

    /** The verbatims kept per month, redacted, sorted by month, as unmodifiable lists. */
    SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> monthlyVerbatims() {
        SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> kept = new TreeMap<>();
        monthly.forEach((month, lists) -> {
            Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> copy = new HashMap<>();
            lists.forEach(verbatimKeys, (k, v) -> copy.put(k, v.stream().map(this::verbatim).toList()));
            kept.put(month, Map.copyOf(copy));
        });
        return kept;
    }

    /** The newest month's critical comments, redacted, newest first. */
    List<FeedbackData.Comment> newestCritical() {
        return newestCritical.isEmpty() ? List.of() : newestCritical.values().iterator().next().stream()
                .map(c -> comment(c, CRITICAL_LENGTH)).sorted(NEWEST_FIRST).toList();
    }
}
