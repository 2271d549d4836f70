package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads the answers of a CSV export straight from the bytes of its records ({@link CsvRecords})
 * into a {@link FeedbackCollector}: the score from its digits, the date by {@link ByteDates}, the
 * channel, segment and language by their bytes ({@link ByteLabels}), the comment's topics by
 * walking its bytes ({@link WordTrie.Walk}); no String per cell, and the comment's text only when
 * it is kept. It reads the common case; a row with anything else (a field too many or too few,
 * a bad or unusual score or date, text that is not UTF-8...) is left to {@link CsvExport#take},
 * which reads it as {@link Answers} does every row, so that every row gives what it gives there.
 */
final class ByteRows implements FeedbackCollector.ByteRow {
    private final String source;
    private final FeedbackCollector sink;
    private final Topics topics;
    private final ExportDates dates;
    /** Null when site.yaml gives a date pattern: then every date is read as text. */
    private final ByteDates byteDates;
    private final String[] defaults = new String[FeedbackConfig.ROLES.size()];
    private final AnswerLabels labels = new AnswerLabels();
    private final ByteLabels[] byBytes = {new ByteLabels(), new ByteLabels(), new ByteLabels()};
    private final int columns;
    private final int[] column = new int[FeedbackConfig.ROLES.size()];
    /** The walk of each language's keywords, by code id. */
    private WordTrie.Walk[] walks = new WordTrie.Walk[8];
    private CsvRecords row;
    private final int[] codes = new int[3];
    /** The code id of a role the export has no column for (the site.yaml default, or none), once known. */
    private final int[] fixed = {ByteLabels.UNKNOWN, ByteLabels.UNKNOWN, ByteLabels.UNKNOWN};

    private ByteRows(ExportFile export, ExportLayout layout, FeedbackCollector sink) {
        this.source = export.source();
        this.sink = sink;
        this.topics = sink.topics();
        this.columns = layout.names().size();
        this.dates = export.dates(layout.zone());
        export.defaults().forEach((role, value) -> defaults[FeedbackConfig.ROLES.indexOf(role)] = value);
        for (int role = 0; role < column.length; role++) {
            column[role] = layout.column(role);
        }
        boolean localIsSite = export.writtenZone(layout.zone()).equals(export.siteZone());
        this.byteDates = export.rule().flatMap(FeedbackConfig.Rule::dateFormat).isPresent() ? null
                : new ByteDates(export.siteZone().getRules(), localIsSite);
    }

    /**
     * A reader for exports of this layout into this sink; null when rows of the layout are better
     * read as text: a completion flag, a Status column, CSAT or CES answers, no score or date column,
     * a default comment, or more topics than a {@link WordTrie} holds.
     */
    static ByteRows of(ExportFile export, ExportLayout layout, ExportSink sink) {
        if (!(sink instanceof FeedbackCollector collector) || layout.finished() >= 0 || layout.status() >= 0
                || layout.column(ExportLayout.SCORE) < 0 || layout.column(ExportLayout.DATE) < 0
                || layout.column(ExportLayout.CSAT) >= 0 || layout.column(ExportLayout.CES) >= 0
                || collector.topics().all().size() > WordTrie.MAX_TOPICS) {
            return null;
        }
        var defaults = export.defaults();
        if (defaults.containsKey("csat") || defaults.containsKey("ces") || defaults.containsKey("comment")) {
            return null;
        }
        return new ByteRows(export, layout, collector);
    }

    /** Reads the current record as an answer; false, having sent nothing to the sink, when it is to be read as text. */
    boolean read(CsvRecords record) {
        if (record.fields() != columns) {
            return false;
        }
        row = record;
        byte[] b = record.bytes();
        int scoreColumn = column[ExportLayout.SCORE];
        int from = start(b, record.from(scoreColumn), record.to(scoreColumn));
        int to = end(b, from, record.to(scoreColumn));
        if (from == to) {
            if (defaults[ExportLayout.SCORE] != null) {
                return false;
            }
            sink.unfinished(source, record.line()); // no score: the customer did not finish
            return true;
        }
        int score = score(b, from, to);
        long day = score < 0 ? ByteDates.OTHER : day(record);
        if (day == ByteDates.OTHER) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            codes[k] = code(ExportLayout.CHANNEL + k);
            if (codes[k] < 0) {
                return false;
            }
        }
        sink.accept(this, day, score, codes[0], codes[1], codes[2]);
        return true;
    }

    /** The epoch day of the row's date; {@link ByteDates#OTHER} when the row is to be read as text. */
    private long day(CsvRecords record) {
        byte[] b = record.bytes();
        int dateColumn = column[ExportLayout.DATE];
        int from = start(b, record.from(dateColumn), record.to(dateColumn));
        int to = end(b, from, record.to(dateColumn));
        if (from == to) {
            return ByteDates.OTHER;
        }
        // a day read from bytes had only ASCII in them (ByteDates looks at every byte)
        long day = byteDates == null ? ByteDates.OTHER : byteDates.day(b, from, to);
        if (day == ByteDates.OTHER) {
            if (!ascii(b, from, to)) {
                return ByteDates.OTHER; // Unicode white space and the like: as the text path strips it
            }
            LocalDate read = dates.day(record.text(dateColumn));
            return read == null ? ByteDates.OTHER : read.toEpochDay();
        }
        return day;
    }

    /** The id of the code of the channel, segment or language cell; -1 when there are too many codes. */
    private int code(int role) {
        int k = role - ExportLayout.CHANNEL;
        int c = column[role];
        int id = c < 0 ? fixed[k] : byBytes[k].id(row.bytes(), row.from(c), row.to(c));
        if (id != ByteLabels.UNKNOWN) {
            return id;
        }
        String text = value(c < 0 ? null : row.text(c), role);
        String code = switch (role) {
            case ExportLayout.CHANNEL -> labels.channelCode(text);
            case ExportLayout.SEGMENT -> labels.segmentCode(text);
            default -> labels.languageCode(text);
        };
        id = sink.codeId(code);
        if (id >= 0 && c >= 0) {
            byBytes[k].put(row.bytes(), row.from(c), row.to(c), id);
        } else if (id >= 0) {
            fixed[k] = id;
        }
        return id;
    }

    /** The cell as {@link Answers} reads it: the site.yaml default when it is blank, else stripped. */
    private String value(String cell, int role) {
        if (cell == null || cell.isBlank()) {
            return defaults[role] == null ? "" : defaults[role];
        }
        return cell.strip();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public long line() {
        return row.line();
    }

    @Override
    public long topics() {
        int c = column[ExportLayout.COMMENT];
        if (c < 0 || topics.isEmpty()) {
            return 0;
        }
        int language = codes[2];
        if (language >= walks.length) {
            walks = Arrays.copyOf(walks, Math.max(language + 1, walks.length * 2));
        }
        if (walks[language] == null) {
            walks[language] = topics.trie(sink.code(language)).walk();
        }
        WordTrie.Walk walk = walks[language];
        if (walk.bytes(row.bytes(), row.from(c), row.to(c))) {
            return walk.found();
        }
        return topics.trie(sink.code(language)).match(row.text(c)); // not UTF-8: as the decoded text reads
    }

    @Override
    public Response response(LocalDate date, int score) {
        int c = column[ExportLayout.COMMENT];
        return new Response(source, row.line(), date, OptionalInt.of(score), value(c < 0 ? null : row.text(c),
                ExportLayout.COMMENT), sink.code(codes[0]), sink.code(codes[1]), sink.code(codes[2]),
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** The 0-10 answer in ASCII, read as {@link Answers#score} reads it; -1 for anything else (read as text then). */
    static int score(byte[] b, int from, int to) {
        int i = from;
        int value = 0;
        while (i < to && i - from < 3 && b[i] >= '0' && b[i] <= '9') {
            value = value * 10 + b[i] - '0';
            i++;
        }
        if (i == from || value > 10) {
            return -1;
        }
        if (i < to && (b[i] == '.' || b[i] == ',')) {
            i++;
            while (i < to && b[i] == '0') {
                i++;
            }
        }
        return i == to || b[i] == ' ' || b[i] == '(' || b[i] == '-' ? value : -1;
    }

    /** The first byte from {@code from} that is not ASCII white space. */
    private static int start(byte[] b, int from, int to) {
        while (from < to && CsvRecords.isSpace(b[from])) {
            from++;
        }
        return from;
    }

    /** The end of {@code b[from, to)} without the ASCII white space it ends in. */
    private static int end(byte[] b, int from, int to) {
        while (to > from && CsvRecords.isSpace(b[to - 1])) {
            to--;
        }
        return to;
    }

    private static boolean ascii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
