package io.cxsite.feedback;

import io.cxsite.diagnostics.Problems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Aggregates responses in one pass as the readers stream them: memory grows with days, channels,
 * segments, languages and topics, not with rows. Comments are kept only as verbatims (a few per
 * topic) and as the critical comments of the newest month, redacted on the way in.
 */
final class FeedbackCollector implements ExportSink {
    /** Verbatims kept per topic and group, newest first. */
    static final int VERBATIMS = 5;
    static final int VERBATIM_LENGTH = 280;
    static final int CRITICAL_LENGTH = 600;
    /** Bad rows reported one by one per file before the rest are summed up. */
    static final int BAD_ROWS_SHOWN = 3;
    /** Answers dated earlier are placeholders (0001-01-01, 1900-01-00 from a spreadsheet) or a lost century. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final Comparator<FeedbackData.Comment> NEWEST_FIRST = Comparator
            .comparing(FeedbackData.Comment::date).reversed()
            .thenComparing(FeedbackData.Comment::source).thenComparingLong(FeedbackData.Comment::line);

    private final Topics topics;
    /** Topic ids by index into {@link Topics#all()}, looked up once rather than per row. */
    private final String[] topicIds;
    /** The verbatim keys of each topic, by {@link NpsGroup} ordinal; made once rather than per row. */
    private final FeedbackData.VerbatimKey[][] verbatimKeys;
    private final Problems problems;
    private final LocalDate today;
    /** Running counts per cell of all answers, mutable and private: frozen into {@link Counts} by {@link #finish()}. */
    private final Map<Cell, Tally> tallies = new HashMap<>();
    private final Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> verbatims = new HashMap<>();
    private final Map<YearMonth, List<FeedbackData.Comment>> critical = new TreeMap<>();
    private final Map<String, Integer> badBySource = new TreeMap<>();
    /** Rows the export marks as no customer's answer, per file and reason: how many, and the first line. */
    private final Map<String, Map<String, long[]>> leftOut = new TreeMap<>();
    private final List<String> sources = new ArrayList<>();
    private long responses;
    private long unfinished;
    private long badRows;

    /** @param today answers dated after it are skipped, so that one bad date cannot make the newest month */
    FeedbackCollector(Topics topics, LocalDate today, Problems problems) {
        this.topics = topics;
        this.today = today;
        this.problems = problems;
        this.topicIds = topics.all().stream().map(Topics.Topic::id).toArray(String[]::new);
        this.verbatimKeys = topics.all().stream().map(t -> Arrays.stream(NpsGroup.values())
                .map(g -> new FeedbackData.VerbatimKey(t.id(), g)).toArray(FeedbackData.VerbatimKey[]::new))
                .toArray(FeedbackData.VerbatimKey[][]::new);
    }

    void startFile(String source) {
        sources.add(source);
    }

    @Override
    public void accept(Response r) {
        if (r.date().isBefore(EARLIEST) || r.date().isAfter(today)) {
            badRow(r.source(), r.line(), "the answer is dated " + r.date() + (r.date().isAfter(today)
                    ? ", after today (" + today + "); an answer from the future would become the newest month"
                    : ", before " + EARLIEST + "; a date this early is a placeholder or a lost century"));
            return;
        }
        int score = r.score().orElseThrow();
        NpsGroup group = NpsGroup.of(score);
        responses++;
        Tally cell = tally(Cell.of(r.date(), r.channel(), r.segment(), r.language()));
        cell.add(group, r);
        List<Integer> about = topics.match(r.comment(), r.language());
        for (int topic : about) {
            cell.about(topic, topicIds.length).add(group, r);
        }
        if (!about.isEmpty() && group != NpsGroup.PASSIVE) {
            keepComment(r, score, group, about);
        }
    }

    private Tally tally(Cell cell) {
        Tally tally = tallies.get(cell);
        if (tally == null) {
            tally = new Tally();
            tallies.put(cell, tally);
        }
        return tally;
    }

    /** Keeps a promoter's or detractor's comment as a verbatim of its topics, and as critical when it is. */
    private void keepComment(Response r, int score, NpsGroup group, List<Integer> about) {
        YearMonth month = YearMonth.from(r.date());
        FeedbackData.Comment comment = null;
        for (int topic : about) {
            Topics.Topic t = topics.all().get(topic);
            if (t.critical() && group == NpsGroup.DETRACTOR) {
                comment = comment != null ? comment : comment(r, score, about, CRITICAL_LENGTH);
                critical.computeIfAbsent(month, m -> new ArrayList<>()).add(comment);
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
            critical.remove(((TreeMap<YearMonth, List<FeedbackData.Comment>>) critical).firstKey());
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

    @Override
    public void badRow(String source, long line, String reason) {
        badRows++;
        int seen = badBySource.merge(source, 1, Integer::sum);
        if (seen <= BAD_ROWS_SHOWN) {
            problems.warning(source, (int) Math.min(line, Integer.MAX_VALUE), 1, "row skipped: " + reason
                    + "; fix the row in the export, or build with --strict to stop on bad rows");
        }
    }

    @Override
    public void unfinished(String source, long line) {
        unfinished++;
    }

    @Override
    public void leftOut(String source, long line, String reason) {
        leftOut.computeIfAbsent(source, s -> new TreeMap<>()).computeIfAbsent(reason, r -> new long[] {0, line})[0]++;
    }

    FeedbackData finish() {
        badBySource.forEach((source, count) -> {
            if (count > BAD_ROWS_SHOWN) {
                problems.warning(source, 1, 1, (count - BAD_ROWS_SHOWN) + " more bad rows skipped (" + count
                        + " in all); the first " + BAD_ROWS_SHOWN + " are listed above");
            }
        });
        Map<String, Map<String, Long>> leftOutCounts = new TreeMap<>();
        leftOut.forEach((source, reasons) -> {
            reportLeftOut(source, reasons);
            Map<String, Long> counts = new TreeMap<>();
            reasons.forEach((reason, seen) -> counts.put(reason, seen[0]));
            leftOutCounts.put(source, Collections.unmodifiableMap(counts));
        });
        List<FeedbackData.Comment> newestCritical = critical.isEmpty() ? List.of()
                : critical.values().iterator().next().stream().sorted(NEWEST_FIRST).toList();
        Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> kept = new HashMap<>();
        verbatims.forEach((k, v) -> kept.put(k, List.copyOf(v)));
        SortedMap<Cell, Counts> counts = new TreeMap<>();
        tallies.forEach((cell, tally) -> {
            counts.put(cell, tally.freeze());
            for (int topic = 0; tally.byTopic != null && topic < topicIds.length; topic++) {
                if (tally.byTopic[topic] != null) {
                    counts.put(cell.about(topicIds[topic]), tally.byTopic[topic].freeze());
                }
            }
        });
        return new FeedbackData(topics, counts, kept, newestCritical, sources, responses, unfinished, badRows,
                Collections.unmodifiableMap(leftOutCounts));
    }

    /**
     * One line per file for the rows left out: an info line for previews, tests and spam (the export
     * says what they are), a warning for a status cxsite cannot read, so that nothing goes unmentioned.
     */
    private void reportLeftOut(String source, Map<String, long[]> reasons) {
        for (boolean known : new boolean[] {true, false}) {
            List<String> parts = new ArrayList<>();
            long rows = 0;
            long first = Long.MAX_VALUE;
            for (Map.Entry<String, long[]> e : reasons.entrySet()) {
                if (QualtricsStatus.isKnown(e.getKey()) == known) {
                    long n = e.getValue()[0];
                    parts.add(n + " " + kind(e.getKey(), n));
                    rows += n;
                    first = Math.min(first, e.getValue()[1]);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            int line = (int) Math.min(first, Integer.MAX_VALUE);
            String left = rows + (rows == 1 ? " row" : " rows") + " left out of every figure: " + String.join(", ", parts);
            if (known) {
                problems.info(source, line, 1, left + ", as the export's Status column marks them");
            } else {
                problems.warning(source, line, 1, left + "; cxsite tells answers (0, IP Address, Imported, Offline)"
                        + " from previews (1, Survey Preview), tests and spam, and nothing else: export the responses"
                        + " with choice text instead of numeric values, so that each row names its kind");
            }
        }
    }

    private static String kind(String reason, long n) {
        String plural = n == 1 ? "" : "s";
        return switch (reason) {
            case QualtricsStatus.PREVIEW -> "survey preview" + plural;
            case QualtricsStatus.TEST -> "survey test" + plural;
            case QualtricsStatus.SPAM -> "marked as spam";
            default -> "with " + reason;
        };
    }

    /**
     * The counts of one cell while rows stream in: mutable, so that a row adds to it in place instead
     * of making a new {@link Counts}; sums are checked as in {@link Counts#plus}. The cells of the
     * topics hang off the cell of all answers by topic index, so that a row costs one map lookup
     * however many topics it mentions.
     */
    private static final class Tally {
        /** The same cell's answers about each topic, by index into {@link Topics#all()}; null until one. */
        private Tally[] byTopic;
        private long promoters;
        private long passives;
        private long detractors;
        private long csatAnswers;
        private long csatSatisfied;
        private long cesAnswers;
        private double cesSum;

        void add(NpsGroup group, Response r) {
            switch (group) {
                case PROMOTER -> promoters = Math.incrementExact(promoters);
                case PASSIVE -> passives = Math.incrementExact(passives);
                case DETRACTOR -> detractors = Math.incrementExact(detractors);
            }
            if (r.csat().isPresent()) {
                csatAnswers = Math.incrementExact(csatAnswers);
                csatSatisfied += Counts.satisfied(r.csat().getAsDouble()) ? 1 : 0;
            }
            if (r.ces().isPresent()) {
                cesAnswers = Math.incrementExact(cesAnswers);
                cesSum += r.ces().getAsDouble();
            }
        }

        Tally about(int topic, int topics) {
            if (byTopic == null) {
                byTopic = new Tally[topics];
            }
            Tally tally = byTopic[topic];
            if (tally == null) {
                tally = new Tally();
                byTopic[topic] = tally;
            }
            return tally;
        }

        Counts freeze() {
            return new Counts(promoters, passives, detractors, csatAnswers, csatSatisfied, cesAnswers, cesSum);
        }
    }
}
