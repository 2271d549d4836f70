package io.cxsite.feedback;

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
 * group, and the critical comments of the newest month, redacted on the way in.
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
        for (int topic : about) {
            Topics.Topic t = topics.all().get(topic);
            boolean newest = critical.isEmpty() || !month.isBefore(critical.lastKey());
            if (t.critical() && group == NpsGroup.DETRACTOR && newest) {
                critical.computeIfAbsent(month, m -> new ArrayList<>()).add(new Critical(r, score, about));
            }
            List<FeedbackData.Comment> kept = verbatims.computeIfAbsent(verbatimKeys[topic][group.ordinal()],
                    k -> new ArrayList<>());
            boolean older = kept.size() >= VERBATIMS && r.date().isBefore(kept.get(kept.size() - 1).date());
            if (!older && (kept.size() < VERBATIMS || NEWEST_FIRST.compare(probe(r), kept.get(kept.size() - 1)) < 0)) {
                kept.add(comment(r, score, about, VERBATIM_LENGTH));
                kept.sort(NEWEST_FIRST);
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

    /** Adds what a part of an export kept: the newest verbatims of both, and the newest month's critical comments. */
    void merge(KeptComments part) {
        part.verbatims.forEach((key, theirs) -> {
            List<FeedbackData.Comment> kept = verbatims.computeIfAbsent(key, k -> new ArrayList<>());
            kept.addAll(theirs);
            kept.sort(NEWEST_FIRST);
            while (kept.size() > VERBATIMS) {
                kept.remove(kept.size() - 1);
            }
        });
        part.critical.forEach((month, theirs) -> critical.computeIfAbsent(month, m -> new ArrayList<>()).addAll(theirs));
        while (critical.size() > 1) {
            critical.remove(critical.firstKey());
        }
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

    /** The newest month's critical comments, newest first. */
    List<FeedbackData.Comment> newestCritical() {
        return critical.isEmpty() ? List.of() : critical.values().iterator().next().stream()
                .map(c -> comment(c.response(), c.score(), c.about(), CRITICAL_LENGTH)).sorted(NEWEST_FIRST).toList();
    }
}
