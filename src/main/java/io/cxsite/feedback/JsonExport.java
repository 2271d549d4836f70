package io.cxsite.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxsite.config.ParserMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a JSON export (an array of answer objects, or an object holding one) or a JSON Lines export
 * (one answer object per line), finding the answer objects in the file's structure.
 */
final class JsonExport {
    private static final JsonFactory JSON = new JsonFactory();

    private final ExportFile export;
    private final JsonAnswer answer;

    private JsonExport(ExportFile export) {
        this.export = export;
        this.answer = new JsonAnswer(export);
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
                reader.answer.read(p, number);
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
            answer.read(p, line);
        }
    }
}
