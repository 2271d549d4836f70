package io.cxsite.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxsite.config.FeedbackConfig;
import io.cxsite.config.ParserMessage;
import io.cxsite.diagnostics.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one survey export, streaming: CSV and TSV from Qualtrics, SurveyMonkey, Delighted, Typeform
 * or any tool with recognisable column names, JSON (an array of answers, or an object holding one)
 * and JSON Lines. Each row goes to the sink as an answer, a bad row or an unfinished answer; a file
 * that cannot be read as an export at all is an error here.
 */
public final class ExportReader {
    /** File name endings read as exports; other files in content/feedback/ are reported and left alone. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson");

    private static final CsvFactory CSV = new CsvFactory();
    private static final JsonFactory JSON = new JsonFactory();
    /** Header rows read before the layout is decided (Qualtrics has three). */
    private static final int HEAD = 3;

    private final Path file;
    private final String source;
    private final ZoneId siteZone;
    private final Optional<FeedbackConfig.Rule> rule;
    private final ExportSink sink;
    private final Problems problems;

    private ExportReader(Path file, String source, ZoneId siteZone, Optional<FeedbackConfig.Rule> rule,
            ExportSink sink, Problems problems) {
        this.file = file;
        this.source = source;
        this.siteZone = siteZone;
        this.rule = rule;
        this.sink = sink;
        this.problems = problems;
    }

    /**
     * Reads {@code file}, named {@code source} in messages.
     *
     * @param rule the site.yaml rule for this file, if one matches
     */
    public static void read(Path file, String source, ZoneId siteZone, Optional<FeedbackConfig.Rule> rule,
            ExportSink sink, Problems problems) throws IOException {
        new ExportReader(file, source, siteZone, rule, sink, problems).read();
    }

    /** True for a file name this reader takes. */
    public static boolean isExport(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private void read() throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = rule.flatMap(FeedbackConfig.Rule::format)
                .orElse(lower.endsWith(".json") ? "json" : lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
                        ? "jsonl" : "csv-like");
        try (InputStream in = ImportProgress.wrap(Files.newInputStream(file), Files.size(file), source)) {
            Optional<Reader> opened = ExportText.open(in, rule.flatMap(FeedbackConfig.Rule::encoding), source, problems);
            if (opened.isEmpty()) {
                return;
            }
            Reader text = opened.get();
            switch (format) {
                case "json" -> readJson(text);
                case "jsonl" -> readJsonLines(text);
                default -> readCsv(text);
            }
        }
    }

    private ExportDates dates(Optional<ZoneId> exportZone) {
        ZoneId written = rule.flatMap(FeedbackConfig.Rule::timeZone).or(() -> exportZone).orElse(siteZone);
        return new ExportDates(siteZone, written, rule.flatMap(FeedbackConfig.Rule::dateFormat));
    }

    private Map<String, String> defaults() {
        return rule.map(FeedbackConfig.Rule::defaults).orElse(Map.of());
    }

    // ---- CSV -------------------------------------------------------------------------------

    private void readCsv(Reader text) throws IOException {
        BufferedReader in = new BufferedReader(text, 1 << 16);
        char delimiter = rule.flatMap(FeedbackConfig.Rule::delimiter).orElseGet(() -> sniffDelimiter(in));
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        long rowLine = 1;
        // The first rows are held back until they tell the layout; their lines in a parallel list.
        List<String[]> head = new ArrayList<>(HEAD);
        List<Long> headLines = new ArrayList<>(HEAD);
        ExportLayout layout = null;
        String[] values = new String[FeedbackConfig.ROLES.size()];
        try (CsvParser p = CSV.createParser(in)) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            Answers answers = null;
            List<String> cells = new ArrayList<>();
            int depth = 0; // the rows are arrays inside one array that wraps the file
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                    cells.clear();
                    // The parser has passed the previous row's line break: this row starts here, even when its
                    // first field is the quote that is never closed.
                    rowLine = p.currentLocation().getLineNr();
                } else if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getText());
                } else if (t == JsonToken.END_ARRAY && depth-- == 2) {
                    if (isBlank(cells)) {
                        continue;
                    }
                    if (layout == null) {
                        head.add(cells.toArray(String[]::new));
                        headLines.add(rowLine);
                        if (head.size() < HEAD) {
                            continue;
                        }
                        layout = layout(head);
                        if (layout == null) {
                            return;
                        }
                        answers = replay(layout, head, headLines, values);
                        continue;
                    }
                    csvRow(layout, answers, rowLine, cells, values);
                }
            }
            if (head.isEmpty()) {
                problems.warning(source, 1, 1, "the export is empty; remove it or export the survey again");
            }
        } catch (JsonProcessingException e) {
            problems.error(source, (int) Math.max(1, rowLine), 1, "cannot read the row that starts here: "
                    + ParserMessage.of(e) + "; a quoted field is probably never closed. Nothing after"
                    + " this line was read: fix the quote, or export the file again");
        }
        // Rows still held back (a short file, or one broken among its first rows) are answers all the same.
        if (layout == null && !head.isEmpty()) {
            layout = layout(head);
            if (layout != null) {
                replay(layout, head, headLines, values);
            }
        }
    }

    /** Starts reading answers in {@code layout} with the rows held back, past the header rows. */
    private Answers replay(ExportLayout layout, List<String[]> head, List<Long> headLines, String[] values) {
        Answers answers = new Answers(source, dates(layout.zone()), defaults(), sink);
        for (int i = layout.headerRows(); i < head.size(); i++) {
            csvRow(layout, answers, headLines.get(i), Arrays.asList(head.get(i)), values);
        }
        return answers;
    }

    /** The layout, or null (with an error) when the score or date column cannot be found. */
    private ExportLayout layout(List<String[]> head) {
        ExportLayout layout = ExportLayout.detect(head, rule);
        List<String> missing = layout.applyColumns(rule.map(FeedbackConfig.Rule::columns).orElse(Map.of()));
        if (!missing.isEmpty()) {
            problems.error(source, 1, 1, "site.yaml (feedback rule at line " + rule.get().line() + ") names columns"
                    + " this export does not have: " + ExportText.printable(String.join(", ", missing))
                    + "; its columns are "
                    + ExportText.printable(String.join(", ", layout.names())));
            return null;
        }
        List<String> lacking = new ArrayList<>();
        if (layout.column(ExportLayout.SCORE) < 0 && !defaults().containsKey("score")) {
            lacking.add("score");
        }
        if (layout.column(ExportLayout.DATE) < 0 && !defaults().containsKey("date")) {
            lacking.add("date");
        }
        if (!lacking.isEmpty()) {
            problems.error(source, 1, 1, "cannot tell which column holds the " + String.join(" and the ", lacking)
                    + " (read as a " + layout.format() + " export with columns "
                    + ExportText.printable(String.join(", ", layout.names()))
                    + "); name it in site.yaml, such as feedback: [{files: \"" + file.getFileName() + "\", columns: {"
                    + lacking.get(0) + ": <column name>}}]");
            return null;
        }
        return layout;
    }

    private void csvRow(ExportLayout layout, Answers answers, long line, List<String> cells, String[] values) {
        int expected = layout.names().size();
        if (cells.size() != expected && !(cells.size() > expected && isBlank(cells.subList(expected, cells.size())))) {
            sink.badRow(source, line, "the row has " + cells.size() + " fields where the header has " + expected
                    + "; a comment with an unquoted delimiter or line break?");
            return;
        }
        for (int role = 0; role < values.length; role++) {
            int column = layout.column(role);
            values[role] = column >= 0 ? cells.get(column) : null;
        }
        answers.row(line, values, layout.finished() >= 0 ? cells.get(layout.finished()) : null,
                layout.status() >= 0 ? cells.get(layout.status()) : null);
    }

    /** The most frequent of comma, semicolon, tab and pipe outside quotes on the first line not blank; else comma. */
    private static char sniffDelimiter(BufferedReader in) {
        try {
            in.mark(1 << 16);
            char[] buffer = new char[1 << 16];
            int n = in.read(buffer);
            in.reset();
            int[] counts = new int[4];
            char[] candidates = {',', ';', '\t', '|'};
            boolean quoted = false;
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (!quoted && (c == '\n' || c == '\r')) {
                    if (seen) {
                        break;
                    }
                    continue; // blank lines above the header say nothing
                }
                seen |= c == '\t' || !Character.isWhitespace(c);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    for (int k = 0; k < candidates.length; k++) {
                        if (c == candidates[k]) {
                            counts[k]++;
                        }
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < counts.length; k++) {
                if (counts[k] > counts[best]) {
                    best = k;
                }
            }
            return candidates[best];
        } catch (IOException e) {
            return ',';
        }
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ---- JSON ------------------------------------------------------------------------------

    private void readJson(Reader text) throws IOException {
        Answers answers = new Answers(source, dates(Optional.empty()), defaults(), sink);
        JsonObjects objects = new JsonObjects();
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                // {"responses": [...]}: the first array of the object holds the answers.
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    if (p.nextToken() == JsonToken.START_ARRAY) {
                        break;
                    }
                    p.skipChildren();
                }
                if (t != JsonToken.FIELD_NAME) {
                    problems.error(source, 1, 1, "expected a list of answers, or an object with one, such as"
                            + " {\"responses\": [{\"date\": \"2026-10-05\", \"score\": 9, \"comment\": \"...\"}]}");
                    return;
                }
            } else if (t != JsonToken.START_ARRAY) {
                problems.error(source, 1, 1, "expected a list of answers such as [{\"date\": \"2026-10-05\","
                        + " \"score\": 9}]; a file with one answer per line should be named .jsonl");
                return;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                long line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    String found = t == JsonToken.START_ARRAY ? "a list [...]" : Answers.quote(p.getText());
                    p.skipChildren();
                    sink.badRow(source, line, "expected an answer object {...}, found " + found);
                    continue;
                }
                objects.read(p, line, answers);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.error(source, at == null ? 1 : at.getLineNr(), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "invalid JSON: " + ParserMessage.of(e) + "; nothing after this point was read");
        }
    }

    private void readJsonLines(Reader text) throws IOException {
        Answers answers = new Answers(source, dates(Optional.empty()), defaults(), sink);
        JsonObjects objects = new JsonObjects();
        BufferedReader in = new BufferedReader(text, 1 << 16);
        String line;
        long number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser p = JSON.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    sink.badRow(source, number, "expected one answer object {...} per line");
                    continue;
                }
                objects.read(p, number, answers);
            } catch (JsonProcessingException e) {
                sink.badRow(source, number, "invalid JSON: " + ParserMessage.of(e));
            }
        }
    }

    /** Reads answer objects, flattening nested objects to their keys and remembering which key is which role. */
    private final class JsonObjects {
        /** In {@link #roleOfKey}: the key holds whether the answer was finished. */
        private static final int FINISHED = -2;
        private final Map<String, Integer> roleOfKey = new HashMap<>();
        private final String[] values = new String[FeedbackConfig.ROLES.size()];
        /** Roles site.yaml gives to a key of its own: no other key is guessed into them. */
        private final boolean[] ruled = new boolean[FeedbackConfig.ROLES.size()];

        JsonObjects() {
            rule.map(FeedbackConfig.Rule::columns).orElse(Map.of()).forEach((role, key) -> {
                roleOfKey.put(key, FeedbackConfig.ROLES.indexOf(role));
                ruled[FeedbackConfig.ROLES.indexOf(role)] = true;
            });
        }

        /** The role of {@code key}, or {@link #FINISHED} for the finished flag, else -1; worked out once per key. */
        private int guessRole(String key) {
            int role = ExportLayout.roleOfKey(key);
            if (role >= 0 && !ruled[role]) {
                return role;
            }
            return isFinished(key) ? FINISHED : -1;
        }

        private static boolean isFinished(String key) {
            String folded = ExportLayout.key(key);
            return folded.equals("finished") || folded.equals("completed");
        }

        void read(JsonParser p, long line, Answers answers) throws IOException {
            Arrays.fill(values, null);
            String[] finished = {null};
            fields(p, finished);
            answers.row(line, values, finished[0], null);
        }

        private void fields(JsonParser p, String[] finished) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT) {
                    fields(p, finished);
                    continue;
                }
                if (value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                String text = value == JsonToken.VALUE_NULL ? "" : p.getText();
                int role = roleOfKey.computeIfAbsent(key, this::guessRole);
                if (role >= 0 && values[role] == null) {
                    values[role] = text;
                } else if (role == FINISHED || role >= 0 && isFinished(key)) {
                    finished[0] = text;
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new JsonProcessingException("unexpected " + t, p.currentLocation()) {
                };
            }
        }
    }

}
