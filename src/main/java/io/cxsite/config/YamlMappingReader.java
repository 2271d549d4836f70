package io.cxsite.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into the fields of a {@link YamlMapping}, each key and list item with its file
 * position; text that is not one mapping becomes a problem at its place and an invalid mapping.
 * Plain text (most front matter) is read by {@link PlainYamlFields}, which gives the same fields;
 * anything else by Jackson's YAML parser.
 */
final class YamlMappingReader {
    private final String path;
    private final int lineOffset;
    private final Problems problems;

    private YamlMappingReader(String path, int lineOffset, Problems problems) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** See {@link YamlMapping#parse}. */
    static YamlMapping read(String path, String text, int lineOffset, Problems problems) {
        return new YamlMappingReader(path, lineOffset, problems).read(text, true);
    }

    /** As {@link #read}, always with Jackson's YAML parser: the yardstick of the plain reader's tests. */
    static YamlMapping readFully(String path, String text, int lineOffset, Problems problems) {
        return new YamlMappingReader(path, lineOffset, problems).read(text, false);
    }

    private YamlMapping read(String text, boolean plainFirst) {
        String tooLong = YamlStream.tooLong(text);
        if (tooLong != null) {
            problems.error(path, lineOffset + 1, 1, tooLong);
            return invalid();
        }
        if (plainFirst) {
            Optional<YamlMapping> plain = PlainYamlFields.tryRead(path, text, lineOffset, problems);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        List<YamlStream.Reference> references = YamlStream.references(text);
        if (!references.isEmpty()) {
            references.forEach(r -> problems.error(path, lineOffset + r.line(), r.column(), r.message()));
            return invalid();
        }
        try (JsonParser parser = YamlStream.open(text)) {
            return mapping(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? lineOffset + 1 : lineOffset + at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            problems.error(path, line, column, "invalid YAML: " + ParserMessage.of(e));
            return invalid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private YamlMapping mapping(JsonParser parser) throws IOException {
        Map<String, YamlField> fields = new LinkedHashMap<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new YamlMapping(path, fields, problems, true);
        }
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            problems.error(path, lineOffset + at.getLineNr(), at.getColumnNr(),
                    "expected a mapping of 'key: value' lines, found " + describe(first));
            return invalid();
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            YamlField field = field(parser);
            if (fields.putIfAbsent(field.key(), field) != null) {
                problems.error(path, field.line(), field.column(), "duplicate key '" + field.key() + "'; keep only one");
            }
        }
        return new YamlMapping(path, fields, problems, true);
    }

    /** The field whose key the parser stands on, its value read whole. */
    private YamlField field(JsonParser parser) throws IOException {
        JsonLocation keyAt = parser.currentTokenLocation();
        String key = parser.currentName();
        parser.nextToken();
        JsonLocation valueAt = parser.currentTokenLocation();
        List<YamlField.At> items = new ArrayList<>();
        JsonNode value = parser.currentToken() == JsonToken.START_ARRAY ? readList(parser, items)
                : Trees.MAPPER.readTree(parser);
        return new YamlField(key, value, lineOffset + keyAt.getLineNr(), keyAt.getColumnNr(),
                lineOffset + valueAt.getLineNr(), valueAt.getColumnNr(), List.copyOf(items));
    }

    /** A list value read item by item, so that each item's position is kept in {@code items}. */
    private JsonNode readList(JsonParser parser, List<YamlField.At> items) throws IOException {
        ArrayNode list = Trees.MAPPER.createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = parser.currentTokenLocation();
            items.add(new YamlField.At(lineOffset + at.getLineNr(), at.getColumnNr()));
            JsonNode item = Trees.MAPPER.readTree(parser);
            list.add(item);
        }
        return list;
    }

    private YamlMapping invalid() {
        return new YamlMapping(path, Map.of(), problems, false);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a single text value";
            default -> "a single value";
        };
    }

    /** Made at the first text the plain reader declines, so that a build whose texts are all plain never makes it. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
