package io.cxsite.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.render.SearchIndex.StoredPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a search index as {@code search/<lang>.json}, the file format {@link SearchIndex} describes. */
final class SearchIndexJson {
    private SearchIndexJson() {
    }

    /** The file of an index with these parts: compact JSON, ending in a newline. */
    static byte[] write(String lang, List<String> sections, List<StoredPage> pages, List<String> terms,
            List<String> postings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("version", SearchIndex.VERSION);
            json.writeStringField("lang", lang);
            json.writeArrayFieldStart("weights");
            for (int weight : SearchIndex.WEIGHTS) {
                json.writeNumber(weight);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("quality");
            json.writeNumber(SearchIndex.EXACT);
            json.writeNumber(SearchIndex.PREFIX);
            json.writeNumber(SearchIndex.TYPO);
            json.writeEndArray();
            strings(json, "sections", sections);
            json.writeArrayFieldStart("pages");
            for (StoredPage page : pages) {
                json.writeStartArray();
                json.writeString(page.title());
                json.writeString(page.url());
                json.writeNumber(page.section());
                json.writeString(page.text());
                json.writeEndArray();
            }
            json.writeEndArray();
            strings(json, "terms", terms);
            strings(json, "postings", postings);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
