package io.cxsite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The search index the browser queries for one language, written as small files under
 * {@code search/<lang>/} so that a search downloads only what it needs ({@link SearchIndexFiles}
 * lists them). {@code themes/default/static/js/search.js} queries it; the query's Java mirror,
 * which tests hold the script to, is test code ({@code SearchQuery}).
 *
 * <p>Terms are stems of folded words ({@link SearchWords}, {@link SearchLanguage}); a word written
 * with a hyphen ("e-faktura") also gives its joined form ("efaktura"). For each term and page the
 * index keeps how often the term is in each field (title, tags, description and headings, body),
 * up to {@link SearchPostings#MAX_COUNT}.
 *
 * <p>Ranking, BM25 per field with field weights: a term's score on a page is {@code idf} times
 * the sum over the fields it is in of {@code weight * tf * (K1 + 1) / (tf + norm)}, where tf is
 * its count in the field, weight the field's ({@link #WEIGHTS}), norm
 * {@code K1 * (1 - B + B * length / average length)} for the body (length in words, stored in
 * {@link SearchPageLength} buckets) and {@code K1} for the short fields; and
 * {@code idf = ln(1 + (N - df + 0.5) / (df + 0.5))} over all N pages of the language. Each field
 * saturates on its own, so a word in the title counts its full weight however often the body
 * repeats it elsewhere. Each query word
 * scores its best term on the page times the quality of the match ({@link #QUALITY}: exact,
 * prefix, typo); a page's score is the sum of its words' scores times the share of the query's
 * words it matches (so more matched words rank higher, without requiring them all), and pages
 * are ranked by score, then by page number. Stop words are left out of the query unless it has
 * nothing else; the query's words are those of {@code SearchQuery.analyse} (test code) and
 * search.js: compounds split, neighbouring words joined, typos.
 */
final class SearchIndex {
    static final int VERSION = 2;
    /** Per field: title, tags, description and headings, body. The title counts six times the body. */
    static final int[] WEIGHTS = {6, 3, 2, 1};
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Per match: exact (or a compound's part), prefix (the word being typed), typo. */
    static final double[] QUALITY = {1.0, 0.7, 0.5};
    private static final int BATCH = 512;

    /** One page to index: its display fields, its text by field, and whether it is customer help. */
    record Entry(String title, String url, String section, List<String> tags, String description,
            List<String> headings, String body, boolean help) {
    }

    /** One term's postings and the word it is best shown as in a "did you mean" ("" when none). */
    record Term(String term, String form, String postings) {
    }

    private final SearchLanguage language;
    private final List<String> sections;
    private final List<Entry> entries;
    private final List<Integer> sectionOf;
    private final int[] lengths;
    private final List<Term> terms;

    private SearchIndex(SearchLanguage language, List<String> sections, List<Entry> entries, List<Integer> sectionOf,
            int[] lengths, List<Term> terms) {
        this.language = language;
        this.sections = List.copyOf(sections);
        this.entries = List.copyOf(entries);
        this.sectionOf = List.copyOf(sectionOf);
        this.lengths = lengths;
        this.terms = List.copyOf(terms);
    }

    /** Indexes {@code entries} in the order given (callers sort them by URL). */
    static SearchIndex of(String lang, List<Entry> entries) {
        return of(lang, entries, () -> false);
    }

    /** As {@link #of(String, List)}, asking {@code stop} before each batch of pages (see {@link SiteFiles#write}). */
    static SearchIndex of(String lang, List<Entry> entries, BooleanSupplier stop) {
        SearchLanguage language = SearchLanguage.of(lang);
        List<String> sections = new ArrayList<>();
        Map<String, Integer> sectionNumbers = new HashMap<>();
        List<Integer> sectionOf = new ArrayList<>();
        int[] lengths = new int[entries.size()];
        Map<String, SearchPageLists> byTerm = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        // Words are split in parallel, a batch of pages at a time: the words of every page at once
        // would take as much memory again as the rest of a build.
        for (int from = 0; from < entries.size(); from += BATCH) {
            SiteFiles.stopIf(stop);
            List<SearchPageTerms> batch = entries.subList(from, Math.min(entries.size(), from + BATCH))
                    .parallelStream().map(e -> SearchPageTerms.of(e, language)).toList();
            for (int i = 0; i < batch.size(); i++) {
                int p = from + i;
                sectionOf.add(sectionNumbers.computeIfAbsent(entries.get(p).section(), s -> {
                    sections.add(s);
                    return sections.size() - 1;
                }));
                SearchPageTerms page = batch.get(i);
                lengths[p] = page.length();
                page.counts().forEach((term, counts) -> {
                    SearchPageLists lists = byTerm.computeIfAbsent(term, k -> new SearchPageLists());
                    for (int field = 0; field < counts.length; field++) {
                        if (counts[field] > 0) {
                            lists.add(field, p, counts[field]);
                        }
                    }
                });
                page.forms().forEach((term, form) -> forms.merge(term, form, (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
        }
        Map<String, SearchPageLists> sorted = new TreeMap<>(byTerm);
        List<Term> terms = new ArrayList<>(sorted.size());
        sorted.forEach((term, lists) -> {
            terms.add(new Term(term, forms.getOrDefault(term, ""), SearchPostings.encode(lists.toArrays())));
        });
        return new SearchIndex(language, sections, entries, sectionOf, lengths, terms);
    }

    SearchLanguage language() {
        return language;
    }

    List<String> sections() {
        return sections;
    }

    List<Entry> entries() {
        return entries;
    }

    int sectionOf(int page) {
        return sectionOf.get(page);
    }

    int length(int page) {
        return lengths[page];
    }

    /** Every term, sorted (UTF-16 order, as JavaScript compares). */
    List<Term> terms() {
        return terms;
    }
}
