package io.cxsite.feedback;

import io.cxsite.config.InputFiles;
import io.cxsite.config.TextFile;
import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/topics.yaml}; every mistake is a problem at its line. */
public final class TopicsLoader {
    public static final String FILE = "content/topics.yaml";
    private static final List<String> KEYS = List.of("id", "label", "keywords", "critical");

    private TopicsLoader() {
    }

    public static Topics load(Path siteDir, Problems problems) throws IOException {
        Path file = siteDir.resolve(FILE);
        if (!InputFiles.inside(siteDir, file, problems) || !Files.isRegularFile(file)) {
            return Topics.NONE;
        }
        YamlNode root = TextFile.read(file, FILE, TextFile.YAML_LIMIT, problems)
                .flatMap(text -> YamlNode.parse(FILE, text, problems)).orElse(null);
        if (root == null) {
            return Topics.NONE;
        }
        Entry list = root.entries().get("topics");
        if (!root.isMapping() || list == null || list.value().kind() != YamlNode.Kind.SEQUENCE) {
            problems.error(FILE, root.line(), root.column(), "topics.yaml needs a 'topics:' list, each with an id,"
                    + " a label per language and keywords per language");
            return Topics.NONE;
        }
        for (Entry other : root.entries().values()) {
            if (!other.key().equals("topics")) {
                problems.error(FILE, other.line(), other.column(), "unknown key '" + other.key() + "'; topics.yaml has"
                        + " only 'topics:'");
            }
        }
        List<Topics.Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode item : list.value().items()) {
            topic(item, ids, problems).ifPresent(topics::add);
        }
        return new Topics(topics);
    }

    /** One item of the list as a topic; empty, with problems, when it lacks a usable id or keywords. */
    private static Optional<Topics.Topic> topic(YamlNode item, Set<String> ids, Problems problems) {
        if (!item.isMapping()) {
            problems.error(FILE, item.line(), item.column(), "each topic is a mapping with id, label and keywords");
            return Optional.empty();
        }
        for (Entry e : item.entries().values()) {
            if (!KEYS.contains(e.key())) {
                String hint = YamlMapping.hint(e.key(), KEYS);
                problems.error(FILE, e.line(), e.column(), "unknown topic key '" + e.key() + "'" + hint);
            }
        }
        Entry id = item.entries().get("id");
        if (id == null || !id.value().text().matches("[a-z0-9][a-z0-9-]*")) {
            problems.error(FILE, item.line(), item.column(), "a topic needs an 'id:' of lower-case letters, digits"
                    + " and hyphens, such as billing");
            return Optional.empty();
        }
        if (!ids.add(id.value().text())) {
            problems.error(FILE, id.line(), id.column(), "topic id '" + id.value().text() + "' is used twice");
            return Optional.empty();
        }
        Entry words = item.entries().get("keywords");
        if (words == null || !words.value().isMapping() || words.value().entries().isEmpty()) {
            problems.error(FILE, item.line(), item.column(), "topic '" + id.value().text() + "' needs 'keywords:'"
                    + " per language, such as {en: [bill*], sv: [faktur*], nb: [faktura*]}");
            return Optional.empty();
        }
        Map<String, List<String>> keywords = keywords(words.value(), problems);
        return Optional.of(new Topics.Topic(id.value().text(), labels(item.entries().get("label")),
                Map.copyOf(keywords), critical(item.entries().get("critical"), problems)));
    }

    /** {@code label: Billing} is the English label; {@code label: {en: Billing, sv: Fakturor}} one per language. */
    private static Map<String, String> labels(Entry label) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (label != null && label.value().isMapping()) {
            label.value().entries().values().forEach(l -> labels.put(l.key(), l.value().text()));
        } else if (label != null) {
            labels.put("en", label.value().text());
        }
        return Map.copyOf(labels);
    }

    /** The keywords per language; a language that is not a list, and an empty keyword, are problems. */
    private static Map<String, List<String>> keywords(YamlNode byLanguage, Problems problems) {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        for (Entry language : byLanguage.entries().values()) {
            if (language.value().kind() != YamlNode.Kind.SEQUENCE || language.value().items().isEmpty()) {
                problems.error(FILE, language.line(), language.column(), "keywords for '" + language.key()
                        + "' must be a list of words, such as [faktur*, räkning]");
                continue;
            }
            List<String> words = new ArrayList<>();
            for (YamlNode word : language.value().items()) {
                if (word.text().isBlank() || word.text().equals("*")) {
                    problems.error(FILE, word.line(), word.column(), "an empty keyword would match every comment");
                } else {
                    words.add(word.text());
                }
            }
            keywords.put(language.key(), List.copyOf(words));
        }
        return keywords;
    }

    private static boolean critical(Entry critical, Problems problems) {
        if (critical != null && critical.value().kind() != YamlNode.Kind.BOOLEAN) {
            problems.error(FILE, critical.value().line(), critical.value().column(), "'critical' is true or false");
        }
        return critical != null && critical.value().text().equals("true");
    }
}
