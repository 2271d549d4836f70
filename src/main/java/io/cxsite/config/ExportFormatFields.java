package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Reads the keys of a feedback rule that say how its exports are parsed, each mistake at its value. */
final class ExportFormatFields {
    private final String path;
    private final Problems problems;

    ExportFormatFields(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    Optional<String> format(Entry entry) {
        return text(entry).filter(f -> {
            boolean known = FeedbackConfig.FORMATS.contains(f);
            if (!known) {
                error(entry.value(), "unknown format '" + f + "'; use one of "
                        + String.join(", ", FeedbackConfig.FORMATS));
            }
            return known;
        });
    }

    /** One character; {@code \t} or {@code tab} for a tab. */
    Optional<Character> delimiter(Entry entry) {
        return text(entry).map(d -> d.equals("\\t") || d.equals("tab") ? "\t" : d)
                .filter(d -> {
                    if (d.length() != 1) {
                        error(entry.value(), "a delimiter is one character: \",\", \";\", \"|\" or tab");
                    }
                    return d.length() == 1;
                }).map(d -> d.charAt(0));
    }

    Optional<Charset> encoding(Entry entry) {
        return text(entry).flatMap(name -> {
            try {
                return Optional.of(Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
                error(entry.value(), "unknown encoding '" + name + "'; use UTF-8, UTF-16 or windows-1252");
                return Optional.empty();
            }
        });
    }

    int headerRows(Entry entry) {
        if (entry == null) {
            return 0;
        }
        YamlNode node = entry.value();
        if (node.kind() == YamlNode.Kind.NUMBER && node.text().matches("[0-9]{1,2}")) {
            return Integer.parseInt(node.text());
        }
        error(node, "headerRows is the number of rows before the first answer, such as 1 or 2");
        return 0;
    }

    Optional<String> dateFormat(Entry entry) {
        return text(entry).filter(pattern -> {
            try {
                DateTimeFormatter.ofPattern(pattern);
                return true;
            } catch (IllegalArgumentException ex) {
                error(entry.value(), "not a date pattern: " + ex.getMessage()
                        + "; write it with the pattern letters of Java's DateTimeFormatter, such as dd/MM/yyyy HH:mm");
                return false;
            }
        });
    }
    /** The key's text; empty when the key is absent, or (with a problem) when its value is not text. */
    Optional<String> text(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        YamlNode value = entry.value();
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.text().isEmpty()) {
            error(value, "'" + entry.key() + ":' takes a text value, not " + value.describe());
            return Optional.empty();
        }
        return Optional.of(value.text());
    }

    private void error(YamlNode at, String message) {
        problems.error(path, at.line(), at.column(), message);
    }
}
