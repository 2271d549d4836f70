package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads site.yaml's {@code search:} mapping, every mistake at its own line:
 * <pre>
 * search:
 *   synonyms:
 *     sv: [[funkar, fungerar], [wifi, wlan, trådlöst]]
 *     en: [[wifi, wlan, wireless]]
 * </pre>
 * Here only the shape is checked; whether a word survives its language's stop words and stemming
 * is the search index's check, which knows those rules.
 */
final class SearchRules {
    private static final List<String> KEYS = List.of("synonyms");
    private static final String EXAMPLE = "such as {sv: [[funkar, fungerar]], en: [[wifi, wlan, wireless]]}";

    private final String path;
    private final Problems problems;

    private SearchRules(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    static SearchConfig read(String path, YamlNode root, List<String> languages, Problems problems) {
        Entry search = root.entries().get("search");
        return search == null ? SearchConfig.NONE : new SearchRules(path, problems).search(search.value(), languages);
    }

    private SearchConfig search(YamlNode search, List<String> languages) {
        if (!search.isMapping()) {
            error(search, "'search:' is a mapping such as {synonyms: {en: [[wifi, wlan, wireless]]}}, found "
                    + search.describe());
            return SearchConfig.NONE;
        }
        for (Entry e : search.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.error(path, e.line(), e.column(), "unknown search key '" + e.key() + "'"
                        + YamlMapping.hint(e.key(), KEYS) + "; the keys are " + String.join(", ", KEYS));
            }
        }
        Entry synonyms = search.entries().get("synonyms");
        if (synonyms == null) {
            return SearchConfig.NONE;
        }
        YamlNode byLanguage = synonyms.value();
        if (!byLanguage.isMapping()) {
            error(byLanguage, "'synonyms:' maps a language to its groups of words, " + EXAMPLE + ", found "
                    + byLanguage.describe());
            return SearchConfig.NONE;
        }
        Map<String, List<List<SearchConfig.Word>>> groups = new TreeMap<>();
        for (Entry lang : byLanguage.entries().values()) {
            if (!languages.contains(lang.key())) {
                problems.error(path, lang.line(), lang.column(), "synonyms for '" + lang.key() + "', which is not"
                        + " one of the site's languages (" + String.join(", ", languages) + "); add it to"
                        + " 'languages:' or use one of those codes");
                continue;
            }
            groups.put(lang.key(), groups(lang.value()));
        }
        return new SearchConfig(Map.copyOf(groups));
    }

    /** {@code [[funkar, fungerar], [wifi, wlan]]}: the groups that are right; the others are problems. */
    private List<List<SearchConfig.Word>> groups(YamlNode list) {
        if (list.kind() != YamlNode.Kind.SEQUENCE) {
            error(list, "a language's synonyms are a list of groups, such as [[funkar, fungerar], [wifi, wlan]],"
                    + " found " + list.describe());
            return List.of();
        }
        List<List<SearchConfig.Word>> groups = new ArrayList<>();
        for (YamlNode group : list.items()) {
            if (group.kind() != YamlNode.Kind.SEQUENCE) {
                error(group, "a synonym group is a list of words that mean the same, such as [wifi, wlan], found "
                        + group.describe());
                continue;
            }
            List<SearchConfig.Word> words = words(group);
            if (words.size() == group.items().size()) {
                if (words.size() < 2) {
                    error(group, "a synonym group needs at least two words, such as [wifi, wlan]; this one has "
                            + words.size());
                } else {
                    groups.add(List.copyOf(words));
                }
            }
        }
        return List.copyOf(groups);
    }

    private List<SearchConfig.Word> words(YamlNode group) {
        List<SearchConfig.Word> words = new ArrayList<>();
        for (YamlNode item : group.items()) {
            if (item.kind() != YamlNode.Kind.STRING || item.text().isBlank()) {
                error(item, "a synonym is a word written as text, such as wifi (write a number or true/false in quotes:"
                        + " \"3\"), found " + item.describe());
            } else {
                words.add(new SearchConfig.Word(item.text().strip(), item.line(), item.column()));
            }
        }
        return words;
    }

    private void error(YamlNode at, String message) {
        problems.error(path, at.line(), at.column(), message);
    }
}
