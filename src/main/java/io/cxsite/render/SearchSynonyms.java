package io.cxsite.render;

import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SearchConfig;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synonym groups of site.yaml's {@code search: synonyms:} as a language's index uses them:
 * each word folded and, for the check, stemmed by the same {@link SearchLanguage} rules as the
 * pages' words, so a group with "funkar" and "fungerar" also finds "fungerade". A word those
 * rules cannot use (a stop word, nothing left, several words) and a stem in two groups are
 * problems at the word's line in site.yaml; such a word is left out of the index.
 */
final class SearchSynonyms {
    private final String lang;
    private final SearchLanguage language;
    private final Problems problems;

    private SearchSynonyms(String lang, Problems problems) {
        this.lang = lang;
        this.language = SearchLanguage.of(lang);
        this.problems = problems;
    }

    /** Reports every word of the site's synonyms that search could not use. */
    static void check(SiteConfig config, Problems problems) {
        config.search().synonyms().keySet().stream().sorted()
                .forEach(lang -> new SearchSynonyms(lang, problems).groups(config.search().synonyms(lang)));
    }

    /** {@code lang}'s groups as folded words, for {@link SearchIndexFiles#of}; the words with problems left out. */
    static List<List<String>> of(SiteConfig config, String lang) {
        return new SearchSynonyms(lang, new Problems()).groups(config.search().synonyms(lang));
    }

    private List<List<String>> groups(List<List<SearchConfig.Word>> groups) {
        Map<String, SearchConfig.Word> owners = new HashMap<>();
        List<List<String>> usable = new ArrayList<>();
        for (List<SearchConfig.Word> group : groups) {
            Map<String, String> byStem = new LinkedHashMap<>();
            boolean wrong = false;
            for (SearchConfig.Word word : group) {
                Optional<String> folded = folded(word);
                if (folded.isEmpty()) {
                    wrong = true;
                    continue;
                }
                String stem = language.stem(folded.get());
                SearchConfig.Word owner = owners.get(stem);
                if (owner != null && !group.contains(owner)) {
                    error(word, "'" + word.text() + "' searches as '" + stem + "', as '" + owner.text() + "' at line "
                            + owner.line() + " does, which is in another group; a word belongs to one group"
                            + " (merge the two groups)");
                    wrong = true;
                    continue;
                }
                owners.putIfAbsent(stem, word);
                byStem.putIfAbsent(stem, folded.get());
            }
            if (byStem.size() == 1 && !wrong) {
                SearchConfig.Word first = group.get(0);
                error(first, "every word of this group searches as '" + byStem.keySet().iterator().next() + "'"
                        + " already (search finds the word's other endings by itself); a group needs words that"
                        + " differ, such as [wifi, wlan]");
            }
            if (byStem.size() >= 2) {
                usable.add(List.copyOf(byStem.values()));
            }
        }
        return List.copyOf(usable);
    }

    /** The word as search reads it, or empty after a problem: one run of letters and digits, not a stop word. */
    private Optional<String> folded(SearchConfig.Word word) {
        List<String> words = new ArrayList<>();
        SearchWords.addTo(words, word.text());
        List<String> joined = SearchWords.hyphenJoined(word.text());
        if (words.size() == 2 && joined.size() == 1 && !word.text().strip().contains(" ")) {
            words = joined; // "e-faktura": the index has it as "efaktura" too
        }
        if (words.isEmpty()) {
            error(word, "'" + word.text() + "' has no letters or digits, so search leaves nothing of it; write a word");
            return Optional.empty();
        }
        if (words.size() > 1) {
            error(word, "'" + word.text() + "' is " + words.size() + " words to search (" + String.join(", ", words)
                    + "); a synonym is one word, and a query matches word by word");
            return Optional.empty();
        }
        if (language.isStop(words.get(0))) {
            error(word, "'" + word.text() + "' is a stop word in " + lang + " (a word so common that search never"
                    + " needs it to match), so it would find nothing; leave it out");
            return Optional.empty();
        }
        return Optional.of(words.get(0));
    }

    private void error(SearchConfig.Word at, String message) {
        problems.error(ConfigLoader.FILE, at.line(), at.column(), message);
    }
}
