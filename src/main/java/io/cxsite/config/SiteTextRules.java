package io.cxsite.config;

import io.cxsite.diagnostics.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the per-language form of site.yaml's {@code title}, {@code description} and {@code footer}
 * ({@code title: {en: ..., sv: ...}}); the plain form stays with {@link YamlMapping#string}. Every
 * mistake is an error at its key or value, and the build goes on with what could be read.
 */
final class SiteTextRules {
    private final String path;
    private final List<String> languages;
    private final Problems problems;

    SiteTextRules(String path, List<String> languages, Problems problems) {
        this.path = path;
        this.languages = languages;
        this.problems = problems;
    }

    /** True when {@code key} is written as a mapping, so that it must be read here. */
    static boolean perLanguage(YamlNode root, String key) {
        YamlNode.Entry entry = root.entries().get(key);
        return entry != null && entry.value().isMapping();
    }

    /** The texts of {@code key} by language; empty when it has none. */
    Map<String, String> read(YamlNode root, String key) {
        YamlNode.Entry entry = root.entries().get(key);
        Map<String, String> texts = new LinkedHashMap<>();
        for (YamlNode.Entry e : entry.value().entries().values()) {
            if (!languages.contains(e.key())) {
                problems.error(path, e.line(), e.column(), "'" + key + ":' has a text for '" + e.key()
                        + "', which is not one of the site's languages (" + String.join(", ", languages)
                        + "); add it to 'languages:' or remove this line");
                continue;
            }
            text(key, e).ifPresent(t -> texts.put(e.key(), t));
        }
        if (!entry.value().entries().containsKey(languages.get(0))) {
            problems.error(path, entry.line(), entry.column(), "'" + key + ":' needs a text for the site's"
                    + " language '" + languages.get(0) + "', which every language without its own text shows");
        }
        return texts;
    }

    private Optional<String> text(String key, YamlNode.Entry e) {
        YamlNode value = e.value();
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.kind() == YamlNode.Kind.NULL) {
            error(value, "'" + key + ": " + e.key() + ":' takes a text, not " + value.describe());
            return Optional.empty();
        }
        int control = TextFile.controlAt(value.text(), 0);
        if (control >= 0) {
            error(value, "'" + key + ": " + e.key() + ":' holds the control character "
                    + TextFile.describeControl(value.text().charAt(control)) + ", which no web page can show; remove it");
            return Optional.empty();
        }
        return Optional.of(value.text());
    }

    private void error(YamlNode at, String message) {
        problems.error(path, at.line(), at.column(), message);
    }
}
