package io.cxsite.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as a tree that remembers where every key and value is, for data files whose
 * nested values need errors at their own line (metric snapshots). Scalars keep their text and
 * whether YAML saw them as a number, a boolean, null or a string.
 */
public final class YamlNode {
    public enum Kind { MAPPING, SEQUENCE, STRING, NUMBER, BOOLEAN, NULL }

    /** A key of a mapping, with its position, and its value. */
    public record Entry(String key, int line, int column, YamlNode value) {
    }

    private final Kind kind;
    private final String text;
    private final int line;
    private final int column;
    private final Map<String, Entry> entries;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, String text, int line, int column, Map<String, Entry> entries, List<YamlNode> items) {
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.column = column;
        this.entries = entries;
        this.items = items;
    }

    /**
     * Parses a whole file; empty (with the problem recorded) when it is not valid YAML. Plain block
     * mappings (metric snapshots, most site files) are read by {@link PlainYamlReader}, anything
     * else by the full parser; both give the same tree and the same problems.
     */
    public static Optional<YamlNode> parse(String path, String text, Problems problems) {
        String tooLong = YamlStream.tooLong(text);
        if (tooLong != null) {
            problems.error(path, 1, 1, tooLong);
            return Optional.empty();
        }
        Optional<YamlNode> plain = PlainYamlReader.read(text);
        return plain.isPresent() ? plain : parseFully(path, text, problems);
    }

    /** Parses {@code text}, already checked for length, with the full YAML parser. */
    static Optional<YamlNode> parseFully(String path, String text, Problems problems) {
        List<YamlStream.Reference> references = YamlStream.references(text);
        if (!references.isEmpty()) {
            references.forEach(r -> problems.error(path, r.line(), r.column(), r.message()));
            return Optional.empty();
        }
        try (JsonParser parser = YamlStream.open(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode(Kind.MAPPING, "", 1, 1, Map.of(), List.of()));
            }
            return Optional.of(read(parser, path, problems));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = ParserMessage.of(e);
            problems.error(path, at == null ? 1 : at.getLineNr(), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "invalid YAML: " + message);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YamlNode read(JsonParser parser, String path, Problems problems) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    Entry entry = new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), read(parser, path, problems));
                    if (entries.putIfAbsent(key, entry) != null) {
                        problems.error(path, entry.line(), entry.column(), "duplicate key '" + key + "'; keep only one");
                    }
                }
                return new YamlNode(Kind.MAPPING, "", line, column, Collections.unmodifiableMap(entries), List.of());
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, path, problems));
                }
                return new YamlNode(Kind.SEQUENCE, "", line, column, Map.of(), List.copyOf(items));
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return scalar(Kind.NUMBER, parser.getText(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return scalar(Kind.BOOLEAN, parser.getText(), line, column);
            }
            case VALUE_NULL -> {
                return scalar(Kind.NULL, "", line, column);
            }
            default -> {
                return scalar(Kind.STRING, parser.getText(), line, column);
            }
        }
    }

    static YamlNode scalar(Kind kind, String text, int line, int column) {
        return new YamlNode(kind, text, line, column, Map.of(), List.of());
    }

    /** A mapping starting at {@code line} and {@code column} of the given entries, in file order. */
    static YamlNode mapping(int line, int column, Map<String, Entry> entries) {
        return new YamlNode(Kind.MAPPING, "", line, column, entries, List.of());
    }

    /** A sequence starting at {@code line} and {@code column} (its '[' or first '-') of the given items. */
    static YamlNode sequence(int line, int column, List<YamlNode> items) {
        return new YamlNode(Kind.SEQUENCE, "", line, column, Map.of(), items);
    }

    public Kind kind() {
        return kind;
    }

    /** The scalar's text as written (numbers in YAML's own spelling); empty for mappings and sequences. */
    public String text() {
        return text;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Entries in file order; empty unless this is a mapping. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public List<YamlNode> items() {
        return items;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    /** How the value looks to a person reading an error message. */
    public String describe() {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            case NULL -> "nothing";
            case STRING -> "'" + text + "'";
            default -> text;
        };
    }
}
