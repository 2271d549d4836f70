package io.cxsite.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxsite.config.FeedbackConfig;
import io.cxsite.config.ParserMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON export (an array of answer objects, or an object holding one) or a JSON Lines export
 * (one answer object per line). Nested objects are flattened to their keys, and each key's role is
 * worked out once, from site.yaml's {@code columns:} or from its name.
 */
final class JsonExport {
    private static final JsonFactory JSON = new JsonFactory();
    /** In {@link #roleOfKey}: the key holds whether the answer was finished. */
    private static final int FINISHED = -2;

    private final ExportFile export;
    private final Answers answers;
    private final Map<String, Integer> roleOfKey = new HashMap<>();
    private final String[] values = new String[FeedbackConfig.ROLES.size()];
    /** Roles site.yaml gives to a key of its own: no other key is guessed into them. */
    private final boolean[] ruled = new boolean[FeedbackConfig.ROLES.size()];

    private JsonExport(ExportFile export) {
        this.export = export;
        this.answers = export.answers(Optional.empty());
        export.columns().forEach((role, key) -> {
            roleOfKey.put(key, FeedbackConfig.ROLES.indexOf(role));
            ruled[FeedbackConfig.ROLES.indexOf(role)] = true;
        });
    }

    /** Reads a JSON array of answers; a syntax error ends the file with an error at its position. */
    static void read(ExportFile export, Reader text) throws IOException {
        JsonExport reader = new JsonExport(export);
        try (JsonParser p = JSON.createParser(text)) {
            if (reader.toAnswers(p)) {
                reader.answers(p);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            export.problems().error(export.source(), at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "invalid JSON: " + ParserMessage.of(e) + "; nothing after this point was read");
        }
    }

    /** Reads one answer object per line; a line that is not one is a bad row, and the next line is read. */
    static void readLines(ExportFile export, Reader text) throws IOException {
        JsonExport reader = new JsonExport(export);
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
                    export.sink().badRow(export.source(), number, "expected one answer object {...} per line");
                    continue;
                }
                reader.answer(p, number);
            } catch (JsonProcessingException e) {
                export.sink().badRow(export.source(), number, "invalid JSON: " + ParserMessage.of(e));
            }
        }
    }

    /**
     * Moves to the array of answers: the file itself, or the first array of the object that is the
     * file ({"responses": [...]}). False, with an error, when there is none.
     */
    private boolean toAnswers(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    return true;
                }
                p.skipChildren();
            }
            export.problems().error(export.source(), 1, 1, "expected a list of answers, or an object with one, such"
                    + " as {\"responses\": [{\"date\": \"2026-10-05\", \"score\": 9, \"comment\": \"...\"}]}");
            return false;
        }
        if (t != JsonToken.START_ARRAY) {
            export.problems().error(export.source(), 1, 1, "expected a list of answers such as [{\"date\":"
                    + " \"2026-10-05\", \"score\": 9}]; a file with one answer per line should be named .jsonl");
            return false;
        }
        return true;
    }

    /** Reads the elements of the array of answers; one that is not an object is a bad row. */
    private void answers(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            long line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                String found = t == JsonToken.START_ARRAY ? "a list [...]" : Answers.quote(p.getText());
                p.skipChildren();
                export.sink().badRow(export.source(), line, "expected an answer object {...}, found " + found);
                continue;
            }
            answer(p, line);
        }
    }

    /** Reads the object the parser has just opened as the answer at {@code line}. */
    private void answer(JsonParser p, long line) throws IOException {
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
}
