package io.cxsite.feedback;

import io.cxsite.diagnostics.Problems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Aggregates responses in one pass as the readers stream them: memory grows with days, channels,
 * segments, languages and topics, not with rows. Comments are kept only as verbatims (a few per
 * topic) and as the critical comments of the newest month, redacted on the way in.
 */
final class FeedbackCollector implements PartedSink {
    /** Answers dated earlier are placeholders (0001-01-01, 1900-01-00 from a spreadsheet) or a lost century. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final long EARLIEST_DAY = EARLIEST.toEpochDay();

    private final Topics topics;
    /** Topic ids by index into {@link Topics#all()}, looked up once rather than per row. */
    private final String[] topicIds;
    private final LocalDate today;
    /** Running counts per cell of all answers, mutable and private: frozen into {@link Counts} by {@link #finish()}. */
    private final Map<Cell, Tally> tallies = new HashMap<>();
    /** Counts of the answers read from bytes ({@link ByteRows}) by ids; added to {@link #tallies} at the end. */
    private final IdTallies byIds = new IdTallies();
    private final long todayDay;
    /** The date of the last answer read from bytes whose comment was looked at, and its epoch day. */
    private LocalDate lastDate = LocalDate.EPOCH;
    private long lastDay;
    private final KeptComments comments;
    private final SkippedRows skipped;
    private final List<String> sources = new ArrayList<>();
    private long responses;
    private long unfinished;
    /** Rows given by {@link #accept(ByteRow, long, int, int, int, int)}: how many were read from bytes. */
    private long fromBytes;

    /**
     * @param today    answers dated after it are skipped, so that one bad date cannot make the newest month
     * @param problems where bad rows are reported; null for a part of an export, which holds them until merged
     */
    FeedbackCollector(Topics topics, LocalDate today, Problems problems) {
        this.topics = topics;
        this.today = today;
        this.todayDay = today.toEpochDay();
        this.topicIds = topics.all().stream().map(Topics.Topic::id).toArray(String[]::new);
        this.comments = new KeptComments(topics, topicIds);
        this.skipped = new SkippedRows(problems);
    }

    /** A collector for one part of an export: the bad rows it would report are held until it is merged. */
    @Override
    public FeedbackCollector newPart() {
        return new FeedbackCollector(topics, today, null);
    }

    @Override
    public void mergePart(PartedSink part) {
        FeedbackCollector other = (FeedbackCollector) part;
        other.tallies.forEach((cell, tally) -> tally(cell).add(tally));
        byIds.addAll(other.byIds, (cell, tally) -> tally(cell).add(tally));
        responses = Math.addExact(responses, other.responses);
        unfinished = Math.addExact(unfinished, other.unfinished);
        fromBytes += other.fromBytes;
        comments.merge(other.comments);
        skipped.merge(other.skipped);
    }

    @Override
    public void shiftLines(long by) {
        comments.shiftLines(by);
        skipped.shiftLines(by);
    }

    void startFile(String source) {
        sources.add(source);
    }

    @Override
    public void accept(Response r) {
        if (!inRange(r)) {
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
            comments.keep(r, score, group, about);
        }
    }

    /** The id of a channel, segment or language code, for answers read from bytes; -1 when there are too many. */
    int codeId(String code) {
        return byIds.id(code);
    }

    /** How many answers came read from bytes rather than as a {@link Response}: for tests of the two ways. */
    long answersFromBytes() {
        return fromBytes;
    }

    /** The code of an id given by {@link #codeId}. */
    String code(int id) {
        return byIds.code(id);
    }

    Topics topics() {
        return topics;
    }

    /** The current row of a reader of an export's bytes, as far as counting it needs. */
    interface ByteRow {
        String source();

        long line();

        /** The topics its comment is about, as bits of {@link Topics#all()}. */
        long topics();

        /** The row as a {@link Response} of that day and score, for a comment that is kept. */
        Response response(LocalDate date, int score);
    }

    /**
     * An answer read from an export's bytes, counted as {@link #accept(Response)} counts it: by its
     * epoch day and the {@link #codeId ids} of its channel, segment and language codes. Its comment
     * becomes a String only when it is kept.
     */
    void accept(ByteRow row, long day, int score, int channel, int segment, int language) {
        fromBytes++;
        if (day < EARLIEST_DAY || day > todayDay) {
            inRange(LocalDate.ofEpochDay(day), row.source(), row.line());
            return;
        }
        NpsGroup group = NpsGroup.of(score);
        responses++;
        Tally cell = byIds.tally(day, channel, segment, language);
        cell.add(group);
        long about = row.topics();
        for (long bits = about; bits != 0; bits &= bits - 1) {
            cell.about(Long.numberOfTrailingZeros(bits), topicIds.length).add(group);
        }
        if (about != 0 && group != NpsGroup.PASSIVE) {
            if (lastDay != day) {
                lastDate = LocalDate.ofEpochDay(day);
                lastDay = day;
            }
            if (comments.wants(lastDate, row.source(), row.line(), group, about)) {
                List<Integer> topicList = new ArrayList<>(Long.bitCount(about));
                for (long bits = about; bits != 0; bits &= bits - 1) {
                    topicList.add(Long.numberOfTrailingZeros(bits));
                }
                comments.keep(row.response(lastDate, score), score, group, topicList);
            }
        }
    }

    /**
     * Adds the rows of an aggregated export: a row of all answers to its cell, a row about a topic to
     * that topic's cell beside it, as if its answers had been read one by one.
     */
    void add(List<AggregateExport.Row> rows) {
        Map<String, Integer> topicIndex = new HashMap<>();
        for (int t = 0; t < topicIds.length; t++) {
            topicIndex.put(topicIds[t], t);
        }
        for (AggregateExport.Row row : rows) {
            Cell cell = row.cell();
            Tally all = tally(cell.allAnswers() ? cell : cell.about(Cell.ALL));
            NpsGroup group = NpsGroup.of(row.score());
            if (cell.allAnswers()) {
                all.add(group, row.count());
                responses = Math.addExact(responses, row.count());
            } else {
                all.about(topicIndex.get(cell.topic()), topicIds.length).add(group, row.count());
            }
        }
    }

    /** A comment of a verbatims file: kept as a quote like any answer's, counted nowhere. */
    void keepComment(Response r) {
        if (!inRange(r)) {
            return;
        }
        int score = r.score().orElseThrow();
        NpsGroup group = NpsGroup.of(score);
        List<Integer> about = topics.match(r.comment(), r.language());
        if (!about.isEmpty() && group != NpsGroup.PASSIVE) {
            comments.keep(r, score, group, about);
        }
    }

    /** False, with a bad row, for an answer dated after today or before {@link #EARLIEST}. */
    private boolean inRange(Response r) {
        return inRange(r.date(), r.source(), r.line());
    }

    private boolean inRange(LocalDate date, String source, long line) {
        if (date.isBefore(EARLIEST) || date.isAfter(today)) {
            badRow(source, line, "the answer is dated " + date + (date.isAfter(today)
                    ? ", after today (" + today + "); an answer from the future would become the newest month"
                    : ", before " + EARLIEST + "; a date this early is a placeholder or a lost century"));
            return false;
        }
        return true;
    }

    private Tally tally(Cell cell) {
        Tally tally = tallies.get(cell);
        if (tally == null) {
            tally = new Tally();
            tallies.put(cell, tally);
        }
        return tally;
    }

    @Override
    public void badRow(String source, long line, String reason) {
        skipped.badRow(source, line, reason);
    }

    @Override
    public void unfinished(String source, long line) {
        unfinished++;
    }

    @Override
    public void leftOut(String source, long line, String reason) {
        skipped.leftOut(source, line, reason);
    }

    FeedbackData finish() {
        skipped.reportBadRows();
        Map<String, Map<String, Long>> leftOutCounts = skipped.reportLeftOut();
        // The kept comments are redacted on a thread of their own while the counts are sorted: neither
        // touches what the other reads, and for a large export each takes tens of milliseconds.
        CompletableFuture<Redacted> redacted = CompletableFuture.supplyAsync(() -> new Redacted(
                comments.newestCritical(), comments.verbatims(), comments.monthlyVerbatims()), FeedbackCollector::onThread);
        SortedMap<Cell, Counts> counts = counts();
        Redacted kept;
        try {
            kept = redacted.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new FeedbackData(topics, counts, kept.verbatims(), kept.newestCritical(), sources, responses,
                unfinished, skipped.badRows(), leftOutCounts, kept.monthly());
    }

    /** The kept comments, redacted. */
    private record Redacted(List<FeedbackData.Comment> newestCritical,
            Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>> verbatims,
            SortedMap<YearMonth, Map<FeedbackData.VerbatimKey, List<FeedbackData.Comment>>> monthly) {
    }

    private static void onThread(Runnable task) {
        Thread thread = new Thread(task, "cxsite-feedback-comments");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Every cell's counts, sorted: by ids when every cell can have them (then sorted as numbers,
     * see {@link SortedCounts}), else as cells. Counted once, however often it is asked for: what
     * moves from one table into the other leaves the first.
     */
    private SortedMap<Cell, Counts> counts() {
        tallies.entrySet().removeIf(e -> byIds.absorb(e.getKey(), e.getValue()));
        if (tallies.isEmpty()) {
            return SortedCounts.of(byIds, topicIds);
        }
        byIds.forEach((cell, tally) -> tally(cell).add(tally));
        byIds.clear();
        SortedMap<Cell, Counts> counts = new TreeMap<>();
        tallies.forEach((cell, tally) -> {
            counts.put(cell, tally.freeze());
            for (int topic = 0; topic < topicIds.length; topic++) {
                Tally about = tally.topic(topic);
                if (about != null) {
                    counts.put(cell.about(topicIds[topic]), about.freeze());
                }
            }
        });
        return counts;
    }
}
