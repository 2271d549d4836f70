package io.cxsite.feedback;

import io.cxsite.config.YamlMapping;
import io.cxsite.diagnostics.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an aggregated export ({@code *.agg.csv}, DESIGN.md "Contract additions"): UTF-8, header
 * {@code day,channel,segment,language,topic,score,count}, one row per day, channel, segment,
 * language, topic ("" for all answers) and score with its number of answers.
 *
 * <p>Every bad row is an error at its line and column, not a skipped row: one row stands for many
 * answers, and a machine wrote it, so a bad row means the job that writes the file is wrong. A key
 * that comes twice in one file is an error too (a warehouse's {@code GROUP BY} never writes one, a
 * concatenation of two runs does); the same key in two files adds up, as aggregates and raw exports
 * do. A file with errors adds nothing.
 */
final class AggregateExport {
    /** The ending that makes a file in content/feedback/ an aggregated export rather than a raw one. */
    static final String SUFFIX = ".agg.csv";
    static final String HEADER = "day,channel,segment,language,topic,score,count";
    /** Errors listed one by one per file before the rest are summed up. */
    static final int ERRORS_SHOWN = 50;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");

    /** One valid row. */
    record Row(Cell cell, int score, long count) {
    }

    private final String source;
    private final Topics topics;
    private final LocalDate today;
    private final ZoneId zone;
    private final Problems problems;
    private final AnswerLabels labels = new AnswerLabels();
    private final AggregateCheck check;
    private final Map<String, LocalDate> days = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private int errors;

    private AggregateExport(String source, Topics topics, LocalDate today, ZoneId zone, Problems problems) {
        this.source = source;
        this.topics = topics;
        this.today = today;
        this.zone = zone;
        this.problems = problems;
        this.check = new AggregateCheck(this::error);
    }

    static boolean isAggregate(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX);
    }

    /**
     * The rows of {@code file}, named {@code source} in messages; none when it has any error.
     *
     * @param today days after it, and before 2000, are errors, as such answers are skipped in raw exports
     */
    static List<Row> read(Path file, String source, Topics topics, LocalDate today, ZoneId zone, Problems problems)
            throws IOException {
        AggregateExport export = new AggregateExport(source, topics, today, zone, problems);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            export.lines(in);
        }
        export.check.finish();
        if (export.errors > ERRORS_SHOWN) {
            problems.error(source, 1, 1, (export.errors - ERRORS_SHOWN) + " more errors in this file ("
                    + export.errors + " in all); the first " + ERRORS_SHOWN + " are listed");
        }
        return export.errors > 0 ? List.of() : export.rows;
    }

    private void lines(BufferedReader in) throws IOException {
        long number = 0;
        String line;
        try {
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1) {
                    header(line.startsWith("\uFEFF") ? line.substring(1) : line);
                } else if (!line.isEmpty()) {
                    row(number, line);
                }
            }
        } catch (CharacterCodingException e) {
            error(number + 1, 1, "the file is not UTF-8 from this line on; write the aggregate as UTF-8");
        }
        if (number == 0) {
            error(1, 1, "the file is empty; an aggregated export starts with the header " + HEADER);
        }
    }

    private void header(String line) {
        if (!line.strip().equals(HEADER)) {
            error(1, 1, "expected the header " + HEADER + ", found '" + line.strip()
                    + "'; an aggregated export (.agg.csv) has exactly these columns in this order");
        }
    }

    private void row(long line, String text) {
        Optional<AggregateLine> parsed = AggregateLine.parse(text.endsWith("\r") ? text.substring(0, text.length() - 1)
                : text);
        if (parsed.isEmpty()) {
            error(line, 1, "a quoted value is not closed on this line; values in .agg.csv cannot span lines");
            return;
        }
        List<String> v = parsed.get().values();
        List<Integer> col = parsed.get().columns();
        if (v.size() != 7) {
            error(line, 1, "expected 7 values (" + HEADER + "), found " + v.size());
            return;
        }
        int before = errors;
        LocalDate day = day(line, col.get(0), v.get(0));
        String topic = topic(line, col.get(4), v.get(4).strip());
        int score = score(line, col.get(5), v.get(5).strip());
        long count = count(line, col.get(6), v.get(6).strip());
        if (errors == before) {
            Cell cell = new Cell(day, labels.channelCode(v.get(1)), labels.segmentCode(v.get(2)),
                    labels.languageCode(v.get(3)), topic);
            check.add(line, cell, score, count);
            rows.add(new Row(cell, score, count));
        }
    }

    private LocalDate day(long line, int column, String text) {
        LocalDate day = days.get(text);
        if (day != null) {
            return day;
        }
        try {
            day = DAY.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (java.time.DateTimeException e) {
            day = null;
        }
        if (day == null) {
            error(line, column, "day '" + text + "' is not a date; write it as yyyy-mm-dd, the day in the site's"
                    + " time zone (" + zone + ")");
        } else if (day.isAfter(today) || day.isBefore(FeedbackCollector.EARLIEST)) {
            error(line, column, "day " + day + (day.isAfter(today) ? " is after today (" + today + " in " + zone
                    + "); leave days after today out of the query" : " is before " + FeedbackCollector.EARLIEST
                    + ", a placeholder or a lost century; leave such answers out of the query"));
            return null;
        } else if (days.size() < 100_000) {
            days.put(text, day);
        }
        return day;
    }

    private String topic(long line, int column, String id) {
        if (id.isEmpty() || topics.all().stream().anyMatch(t -> t.id().equals(id))) {
            return id;
        }
        List<String> known = topics.all().stream().map(Topics.Topic::id).toList();
        error(line, column, "unknown topic '" + id + "'" + YamlMapping.hint(id, known) + "; use an id from "
                + TopicsLoader.FILE + (known.isEmpty() ? " (it has none)" : " (" + String.join(", ", known) + ")")
                + ", or leave it empty for all answers");
        return id;
    }

    private int score(long line, int column, String text) {
        if (text.length() <= 2 && DIGITS.matcher(text).matches() && Integer.parseInt(text) <= 10) {
            return Integer.parseInt(text);
        }
        error(line, column, "score '" + text + "' is not a whole number from 0 to 10");
        return 0;
    }

    private long count(long line, int column, String text) {
        if (DIGITS.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // too large for a long: reported below
            }
        }
        error(line, column, "count '" + text + "' is not a whole number of answers from 0 to " + Long.MAX_VALUE);
        return 0;
    }

    private void error(long line, int column, String message) {
        errors++;
        if (errors <= ERRORS_SHOWN) {
            problems.error(source, (int) Math.min(line, Integer.MAX_VALUE), column, message);
        }
    }
}
