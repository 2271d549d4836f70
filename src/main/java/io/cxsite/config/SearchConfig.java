package io.cxsite.config;

import java.util.List;
import java.util.Map;

/**
 * The site's search settings, from site.yaml's {@code search:}.
 *
 * @param synonyms per language (a code of {@code languages:}), groups of words a query treats as one
 *                 ("funkar" and "fungerar"); words as written, with where they are written, so the
 *                 search index can report a word its language's rules cannot use
 */
public record SearchConfig(Map<String, List<List<Word>>> synonyms) {
    public static final SearchConfig NONE = new SearchConfig(Map.of());

    /** A word of a synonym group as written in site.yaml, at its line and column. */
    public record Word(String text, int line, int column) {
    }

    /** The groups of {@code lang}, empty when it has none. */
    public List<List<Word>> synonyms(String lang) {
        return synonyms.getOrDefault(lang, List.of());
    }
}
