package io.cxsite.feedback;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps promoters' and detractors' comments as they stream in: a few newest verbatims per topic and
 * group, the same per month (for period pages), and the critical comments of the newest month,
 * redacted on the way in.
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
    private final Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> verbatims = new HashMap<>();
    /** The newest few per month, topic and group: a period page quotes its own months, not the newest of all. */
    private final Map<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> monthly = new HashMap<>();
    /**
     * The critical comments of the newest month seen so far, not yet redacted: an export in date
     * order makes every month the newest for a while, so they are redacted once the newest is known.
     */
    private final TreeMap<YearMonth, List<Critical>> critical = new TreeMap<>();

    /** A detractor's comment about a critical topic, as read. */
    private record Critical(Response response, int score, List<Integer> about) {
    }

    KeptComments(Topics topics, String[] topicIds) {
        this.topics = topics;
        this.topicIds = topicIds;
        this.verbatimKeys = topics.all().stream().map(t -> Arrays.stream(NpsGroup.values())
                .map(g -> new FeedbackData.VerbatimKey(t.id(), g)).toArray(FeedbackData.VerbatimKey[]::new))
                .toArray(FeedbackData.VerbatimKey[][]::new);
    }

    /** Keeps a promoter's or detractor's comment as a verbatim of its topics, and as critical when it is. */
    void keep(Response r, int score, NpsGroup group, List<Integer> about) {
        YearMonth month = YearMonth.from(r.date());
        FeedbackData.Comment made = null; // redacted once, for the first list that takes it
        for (int topic : about) {
            Topics.Topic t = topics.all().get(topic);
            boolean newest = critical.isEmpty() || !month.isBefore(critical.lastKey());
            if (t.critical() && group == NpsGroup.DETRACTOR && newest) {
                critical.computeIfAbsent(month, m -> new ArrayList<>()).add(new Critical(r, score, about));
            }
            FeedbackData.VerbatimKey key = verbatimKeys[topic][group.ordinal()];
            made = offer(verbatims.computeIfAbsent(key, k -> new ArrayList<>()), r, score, about, made);
            made = offer(monthly.computeIfAbsent(month, m -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()), r,
                    score, about, made);
        }
        // Only the newest month's critical comments are listed; older months need not be kept.
        while (critical.size() > 1) {
            critical.remove(critical.firstKey());
        }
    }

    /**
     * Adds the row's comment to {@code kept} (newest first, at most {@link #VERBATIMS}) when it is among
     * the newest; redacts it only then, once: {@code made} is the comment when another list took it.
     * Returns the comment as kept, or {@code made} when this list does not take it.
     */
    private FeedbackData.Comment offer(List<FeedbackData.Comment> kept, Response r, int score, List<Integer> about,
            FeedbackData.Comment made) {
        boolean older = kept.size() >= VERBATIMS && r.date().isBefore(kept.get(kept.size() - 1).date());
        if (older || kept.size() >= VERBATIMS && NEWEST_FIRST.compare(probe(r), kept.get(kept.size() - 1)) >= 0) {
            return made;
        }
        FeedbackData.Comment comment = made != null ? made : comment(r, score, about, VERBATIM_LENGTH);
        kept.add(comment);
        kept.sort(NEWEST_FIRST);
        if (kept.size() > VERBATIMS) {
            kept.remove(kept.size() - 1);
        }
        return comment;
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

    private static void mergeLists(Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> into,
            Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> from) {
        from.forEach((key, theirs) -> {
            List<FeedbackData.Comment> kept = into.computeIfAbsent(key, k -> new ArrayList<>());
            kept.addAll(theirs);
            kept.sort(NEWEST_FIRST);
            while (kept.size() > VERBATIMS) {
                kept.remove(kept.size() - 1);
            }
        });
    }

    /** A stand-in with the row's sort key, to see whether it would make the list before redacting it. */
    private static FeedbackData.Comment probe(Response r) {
        return new FeedbackData.Comment(r.date(), 0, "", "", "", List.of(), r.source(), r.line());
    }

    private FeedbackData.Comment comment(Response r, int score, List<Integer> about, int length) {
        List<String> ids = about.stream().map(t -> topicIds[t]).toList();
        return new FeedbackData.Comment(r.date(), score, r.channel(), r.language(), Redactor.toSafeText(r.comment(),
                length), ids, r.source(), r.line());
    }

    /** The verbatims kept, as unmodifiable lists. */
    Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> verbatims() {
        Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> kept = new HashMap<>();
        verbatims.forEach((k, v) -> kept.put(k, List.copyOf(v)));
        return kept;
    }

    /** The verbatims kept per month, sorted by month, as unmodifiable lists. */
    SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> monthlyVerbatims() {
        SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> kept = new TreeMap<>();
        monthly.forEach((month, lists) -> {
            Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> copy = new HashMap<>();
            lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            kept.put(month, Map.copyOf(copy));
        });
        return kept;
    }

    /** The newest month's critical comments, newest first. */
    List<FeedbackData.Comment> newestCritical() {
        return critical.isEmpty() ? List.of() : critical.values().iterator().next().stream()
                .map(c -> comment(c.response(), c.score(), c.about(), CRITICAL_LENGTH)).sorted(NEWEST_FIRST).toList();
    }
}
