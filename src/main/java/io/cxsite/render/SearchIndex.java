package io.cxsite.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The search index the browser downloads for one language, {@code search/<lang>.json}, which
 * {@code themes/default/static/js/search.js} queries.
 *
 * <p>The file, version 1:
 * <pre>
 * {"version":1, "lang":"sv",
 *  "weights":[8,4,2,1],           title, tags, description and headings, body
 *  "quality":[4,2,1],             exact, prefix, typo (edit distance 1 from 4 letters, 2 from 8)
 *  "sections":["Hjälp", …],
 *  "pages":[["Title","/url/",section number,"text for the snippet"], …],   by URL
 *  "terms":["aktivera", …],       folded words, sorted (UTF-16 order, as JavaScript compares)
 *  "postings":["…", …]}           per term, its pages per field (see SearchPostings)
 * </pre>
 *
 * <p>A query is folded and split into words like the text ({@link SearchWords}). Each word matches
 * the term equal to it, the terms it begins, and the terms within its typo distance. A page's
 * score for a term is the sum of the weights of the fields the term is in, times the quality of the
 * match; its score for a word is the best over the word's terms; a page is a hit when every word
 * scores, and hits are ranked by the sum of their word scores, then by page number. A word matches
 * with typos from 4 letters on (1 edit), 2 edits from 8. The build only writes the file; the query's
 * Java mirror, which tests hold the script to, is test code ({@code SearchQuery}).
 */
final class SearchIndex {
    static final int VERSION = 1;
    /** Per field: title, tags, description and headings, body. */
    static final int[] WEIGHTS = {8, 4, 2, 1};
    static final int EXACT = 4;
    static final int PREFIX = 2;
    static final int TYPO = 1;
    /** The stored text beside a hit: the description, else the body cut at a word near this length. */
    static final int SNIPPET = 200;
    private static final int BATCH = 512;

    /** One page to index: its display fields and its text by field. */
    record Entry(String title, String url, String section, List<String> tags, String description,
            List<String> headings, String body) {
    }

    /** A page as the index stores it for display. */
    record StoredPage(String title, String url, int section, String text) {
    }

    private final String lang;
    private final List<String> sections;
    private final List<StoredPage> pages;
    private final List<String> terms;
    private final List<String> postings;

    private SearchIndex(String lang, List<String> sections, List<StoredPage> pages, List<String> terms,
            List<String> postings) {
        this.lang = lang;
        this.sections = List.copyOf(sections);
        this.pages = List.copyOf(pages);
        this.terms = List.copyOf(terms);
        this.postings = List.copyOf(postings);
    }

    /** Indexes {@code entries} in the order given (callers sort them by URL). */
    static SearchIndex of(String lang, List<Entry> entries) {
        return of(lang, entries, () -> false);
    }

    /** As {@link #of(String, List)}, asking {@code stop} before each batch of pages (see {@link SiteFiles#write}). */
    static SearchIndex of(String lang, List<Entry> entries, BooleanSupplier stop) {
        List<String> sections = new ArrayList<>();
        Map<String, Integer> sectionNumbers = new HashMap<>();
        List<StoredPage> pages = new ArrayList<>(entries.size());
        Map<String, SearchPageLists> byTerm = new HashMap<>();
        // Words are split in parallel, a batch of pages at a time: the words of every page at once
        // would take as much memory again as the rest of a build.
        for (int from = 0; from < entries.size(); from += BATCH) {
            SiteFiles.stopIf(stop);
            List<List<Set<String>>> batch = entries.subList(from, Math.min(entries.size(), from + BATCH))
                    .parallelStream().map(SearchIndex::fieldTerms).toList();
            for (int i = 0; i < batch.size(); i++) {
                int p = from + i;
                Entry entry = entries.get(p);
                int section = sectionNumbers.computeIfAbsent(entry.section(), s -> {
                    sections.add(s);
                    return sections.size() - 1;
                });
                pages.add(new StoredPage(SearchSnippet.nfc(entry.title()), entry.url(), section,
                        SearchSnippet.snippet(entry)));
                for (int field = 0; field < SearchPostings.FIELDS; field++) {
                    for (String term : batch.get(i).get(field)) {
                        byTerm.computeIfAbsent(term, k -> new SearchPageLists()).add(field, p);
                    }
                }
            }
        }
        List<String> terms = new ArrayList<>(byTerm.keySet());
        terms.sort(null);
        List<String> postings = terms.stream().map(t -> SearchPostings.encode(byTerm.get(t).toArrays())).toList();
        return new SearchIndex(lang, sections, pages, terms, postings);
    }

    /** The file the browser loads: compact JSON, a pure function of the entries. */
    byte[] json() {
        return SearchIndexJson.write(lang, sections, pages, terms, postings);
    }

    /** The folded words of each field: title, tags, description and headings, body. */
    private static List<Set<String>> fieldTerms(Entry entry) {
        List<String> meta = new ArrayList<>(entry.headings().size() + 1);
        meta.add(entry.description());
        meta.addAll(entry.headings());
        return List.of(words(List.of(entry.title())), words(entry.tags()), words(meta), words(List.of(entry.body())));
    }

    private static Set<String> words(Collection<String> texts) {
        // Order does not matter: pages join each term's lists in page order, and terms are sorted.
        Set<String> words = new HashSet<>();
        texts.forEach(text -> SearchWords.addTo(words, text));
        return words;
    }
}
