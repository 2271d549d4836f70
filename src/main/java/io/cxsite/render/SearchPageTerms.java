package io.cxsite.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The terms of one page: per term, how often it is in each field; the page's length (body
 * words); and for the words of the short fields (title, tags, description, headings) the word as
 * written, lower case, that a "did you mean" can show for its term.
 */
record SearchPageTerms(Map<String, int[]> counts, int length, Map<String, String> forms) {
    /** What separates written words: anything but letters, marks and digits (compiled once, not per field). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

    static SearchPageTerms of(SearchIndex.Entry entry, SearchLanguage language) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        List<String> meta = new ArrayList<>(entry.headings().size() + 1);
        meta.add(entry.description());
        meta.addAll(entry.headings());
        List<List<String>> fields = List.of(List.of(entry.title()), entry.tags(), meta, List.of(entry.body()));
        int length = 0;
        for (int field = 0; field < fields.size(); field++) {
            for (String text : fields.get(field)) {
                int words = count(text, field, language, counts);
                if (field == SearchPostings.FIELDS - 1) {
                    length += words;
                } else {
                    addForms(text, language, forms);
                }
            }
        }
        return new SearchPageTerms(counts, length, forms);
    }

    private static int count(String text, int field, SearchLanguage language, Map<String, int[]> counts) {
        List<String> words = new ArrayList<>();
        List<String> joinedWords = new ArrayList<>();
        SearchWords.addTo(words, joinedWords, text);
        for (String word : words) {
            add(language.stem(word), field, counts);
        }
        for (String joined : joinedWords) {
            add(language.stem(joined), field, counts);
        }
        return words.size();
    }

    private static void add(String term, int field, Map<String, int[]> counts) {
        counts.computeIfAbsent(term, k -> new int[SearchPostings.FIELDS])[field]++;
    }

    /** The lower-case words of {@code text} whose folded form is one word, by their term. */
    private static void addForms(String text, SearchLanguage language, Map<String, String> forms) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String written : NOT_WORD.split(lower)) {
            List<String> folded = new ArrayList<>(1);
            SearchWords.addTo(folded, written);
            if (folded.size() == 1 && !language.isStop(folded.get(0))) {
                forms.merge(language.stem(folded.get(0)), written, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }
}
