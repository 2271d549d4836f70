package io.cxsite.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a build's problems as the JSON list the live-reload script shows: file, line, column, severity, message. */
final class ProblemsJson {
    private ProblemsJson() {
    }

    /** One JSON line (an event's data may not hold a newline). */
    static String of(List<Problem> list) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartArray();
            for (Problem p : list) {
                json.writeStartObject();
                json.writeStringField("file", p.path());
                json.writeNumberField("line", Math.max(p.line(), 1));
                json.writeNumberField("column", Math.max(p.column(), 1));
                json.writeStringField("severity", p.severity().label());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
