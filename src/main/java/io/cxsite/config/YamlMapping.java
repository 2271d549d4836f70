package io.cxsite.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxsite.diagnostics.Problems;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level mapping of a YAML document, each key with its position, plus typed reads that
 * record a problem at the value's position when the type is wrong. Reading never throws.
 */
public final class YamlMapping {
    private final String path;
    private final Map<String, YamlField> fields;
    private final Problems problems;
    private final boolean valid;

    YamlMapping(String path, Map<String, YamlField> fields, Problems problems, boolean valid) {
        this.path = path;
        this.fields = fields;
        this.problems = problems;
        this.valid = valid;
    }

    /** False when the text was not a YAML mapping; a problem says why, so callers need not add more. */
    public boolean valid() {
        return valid;
    }

    /**
     * Parses {@code text} as one YAML mapping.
     *
     * @param lineOffset lines before {@code text} in the file (front matter starts after the {@code ---} line)
     * @return the mapping; empty (with a problem recorded) when the text is not a valid mapping
     */
    public static YamlMapping parse(String path, String text, int lineOffset, Problems problems) {
        return YamlMappingReader.read(path, text, lineOffset, problems);
    }

    /** Fields in the order they appear. */
    public Collection<YamlField> fields() {
        return fields.values();
    }

    public Optional<YamlField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Warns about every key not in {@code known}, suggesting the closest known key. */
    public void warnUnknownKeys(Collection<String> known, String what) {
        for (YamlField field : fields.values()) {
            if (!known.contains(field.key())) {
                problems.warning(path, field.line(), field.column(),
                        "unknown " + what + " key '" + field.key() + "'" + hint(field.key(), known));
            }
        }
    }

    public Optional<String> string(String key) {
        return field(key).flatMap(f -> {
            JsonNode v = f.value();
            if (v.isNull()) {
                return Optional.empty();
            }
            if (v.isTextual() || v.isNumber() || v.isBoolean()) {
                return withoutControls(f, v.asText(), new YamlField.At(f.valueLine(), f.valueColumn()));
            }
            return typeError(f, "a text value");
        });
    }

    public Optional<Boolean> bool(String key) {
        return field(key).flatMap(f -> f.value().isBoolean()
                ? Optional.of(f.value().booleanValue())
                : typeError(f, "true or false"));
    }

    public Optional<Integer> integer(String key) {
        return field(key).flatMap(f -> f.value().isIntegralNumber() && f.value().canConvertToInt()
                ? Optional.of(f.value().intValue())
                : typeError(f, "a whole number"));
    }

    /** A list of text values; a single text value is accepted as a list of one. */
    public Optional<List<String>> stringList(String key) {
        return field(key).flatMap(f -> {
            JsonNode v = f.value();
            if (v.isTextual()) {
                return Optional.of(List.of(v.asText()));
            }
            if (!v.isArray()) {
                return typeError(f, "a list such as [a, b]");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode item : v) {
                if (!(item.isTextual() || item.isNumber())) {
                    return typeError(f, "a list of text values");
                }
                Optional<String> text = withoutControls(f, item.asText(), f.itemAt(values.size()));
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                values.add(text.get());
            }
            return Optional.of(List.copyOf(values));
        });
    }

    /** A date as {@code 2026-10-01} or a timestamp such as {@code 2026-10-01T09:30:00+02:00}. */
    public Optional<LocalDate> date(String key) {
        return field(key).flatMap(f -> {
            String text = f.value().asText();
            if (!f.value().isTextual()) {
                return typeError(f, "a date such as 2026-10-01");
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException notPlain) {
                try {
                    return Optional.of(OffsetDateTime.parse(text).toLocalDate());
                } catch (DateTimeParseException e) {
                    return typeError(f, "a date such as 2026-10-01");
                }
            }
        });
    }

    /** The text, or empty with an error at {@code at} when it holds a control character no page can show. */
    private Optional<String> withoutControls(YamlField f, String text, YamlField.At at) {
        int control = TextFile.controlAt(text, 0);
        if (control < 0) {
            return Optional.of(text);
        }
        problems.error(path, at.line(), at.column(), "'" + f.key() + "' holds the control character "
                + TextFile.describeControl(text.charAt(control)) + ", which no web page can show; remove it");
        return Optional.empty();
    }

    /** Records an error at the field's value and returns empty. */
    public <T> Optional<T> typeError(YamlField f, String expected) {
        problems.error(path, f.valueLine(), f.valueColumn(),
                "'" + f.key() + "' must be " + expected + ", found " + describe(f.value()));
        return Optional.empty();
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "'" + visible(v.asText()) + "'";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        return v.isNull() ? "nothing" : v.toString();
    }

    /** Text for a message, each control character written as its code point so that nothing invisible is printed. */
    static String visible(String text) {
        if (TextFile.controlAt(text, 0) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(TextFile.controlAt(String.valueOf((char) c), 0) == 0
                ? TextFile.describeControl((char) c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** For messages: " (did you mean 'x'?)" with the known key closest to {@code key}, or "" when none is close. */
    public static String hint(String key, Collection<String> known) {
        return closest(key, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /** The known key nearest to {@code key} by edit distance, if it is near enough to be a typo. */
    public static Optional<String> closest(String key, Collection<String> known) {
        return KeyHints.closest(key, known);
    }
}
