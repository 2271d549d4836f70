package io.cxsite.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The search index the browser downloads for one language, {@code search/<lang>.json}, and the
 * reference implementation of the query that {@code themes/default/static/js/search.js} runs on it.
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
 * scores, and hits are ranked by the sum of their word scores, then by page number.
 */
final class SearchIndex {
    static final int VERSION = 1;
    /** Per field: title, tags, description and headings, body. */
    static final int[] WEIGHTS = {8, 4, 2, 1};
    static final int EXACT = 4;
    static final int PREFIX = 2;
    static final int TYPO = 1;
    /** Typo tolerance: one edit from this many letters on, two from {@link #TWO_TYPOS}. */
    static final int ONE_TYPO = 4;
    static final int TWO_TYPOS = 8;
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

    /** A ranked result: the page's number in {@link #pages()} and its score. */
    record Hit(int page, int score) {
    }

    private final String lang;
    private final List<String> sections;
    private final List<StoredPage> pages;
    private final List<String> terms;
    private final List<String> postings;
    /** Term numbers by term length, for the typo scan. */
    private final Map<Integer, int[]> byLength;

    private SearchIndex(String lang, List<String> sections, List<StoredPage> pages, List<String> terms,
            List<String> postings) {
        this.lang = lang;
        this.sections = List.copyOf(sections);
        this.pages = List.copyOf(pages);
        this.terms = List.copyOf(terms);
        this.postings = List.copyOf(postings);
        Map<Integer, List<Integer>> lengths = new TreeMap<>();
        for (int t = 0; t < terms.size(); t++) {
            lengths.computeIfAbsent(terms.get(t).length(), k -> new ArrayList<>()).add(t);
        }
        this.byLength = new HashMap<>();
        lengths.forEach((length, list) -> byLength.put(length, list.stream().mapToInt(Integer::intValue).toArray()));
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
        Map<String, PageLists> byTerm = new HashMap<>();
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
                pages.add(new StoredPage(nfc(entry.title()), entry.url(), section, snippet(entry)));
                for (int field = 0; field < SearchPostings.FIELDS; field++) {
                    for (String term : batch.get(i).get(field)) {
                        byTerm.computeIfAbsent(term, k -> new PageLists()).add(field, p);
                    }
                }
            }
        }
        List<String> terms = new ArrayList<>(byTerm.keySet());
        terms.sort(null);
        List<String> postings = terms.stream().map(t -> SearchPostings.encode(byTerm.get(t).toArrays())).toList();
        return new SearchIndex(lang, sections, pages, terms, postings);
    }

    /** Reads a file written by {@link #json()}. */
    static SearchIndex parse(byte[] json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            if (root.path("version").asInt() != VERSION) {
                throw new IllegalArgumentException("search index version " + root.path("version") + ", expected " + VERSION);
            }
            List<String> sections = strings(root.path("sections"));
            List<StoredPage> pages = new ArrayList<>();
            for (JsonNode page : root.path("pages")) {
                pages.add(new StoredPage(page.get(0).asText(), page.get(1).asText(), page.get(2).asInt(),
                        page.get(3).asText()));
            }
            return new SearchIndex(root.path("lang").asText(), sections, pages, strings(root.path("terms")),
                    strings(root.path("postings")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the browser loads: compact JSON, a pure function of the entries. */
    byte[] json() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeStringField("lang", lang);
            json.writeArrayFieldStart("weights");
            for (int weight : WEIGHTS) {
                json.writeNumber(weight);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("quality");
            json.writeNumber(EXACT);
            json.writeNumber(PREFIX);
            json.writeNumber(TYPO);
            json.writeEndArray();
            strings(json, "sections", sections);
            json.writeArrayFieldStart("pages");
            for (StoredPage page : pages) {
                json.writeStartArray();
                json.writeString(page.title());
                json.writeString(page.url());
                json.writeNumber(page.section());
                json.writeString(page.text());
                json.writeEndArray();
            }
            json.writeEndArray();
            strings(json, "terms", terms);
            strings(json, "postings", postings);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    String lang() {
        return lang;
    }

    List<String> sections() {
        return sections;
    }

    List<StoredPage> pages() {
        return pages;
    }

    List<String> terms() {
        return terms;
    }

    /** The pages {@code term} (folded) occurs in, per field; four empty arrays when it is not indexed. */
    int[][] postings(String term) {
        int t = find(term);
        return t < 0 ? new int[SearchPostings.FIELDS][0] : SearchPostings.decode(postings.get(t));
    }

    /** Every page that matches all words of {@code query}, best first. search.js's {@code search} does the same. */
    List<Hit> query(String query) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(SearchWords.of(query)));
        if (words.isEmpty()) {
            return List.of();
        }
        int[] total = new int[pages.size()];
        int[] candidates = null;
        for (String word : words) {
            int[] scores = wordScores(word);
            List<Integer> alive = new ArrayList<>();
            if (candidates == null) {
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] > 0) {
                        alive.add(p);
                    }
                }
            } else {
                for (int p : candidates) {
                    if (scores[p] > 0) {
                        alive.add(p);
                    }
                }
            }
            candidates = alive.stream().mapToInt(Integer::intValue).toArray();
            for (int p : candidates) {
                total[p] += scores[p];
            }
            if (candidates.length == 0) {
                return List.of();
            }
        }
        List<Hit> hits = new ArrayList<>(candidates.length);
        for (int p : candidates) {
            hits.add(new Hit(p, total[p]));
        }
        hits.sort((a, b) -> a.score() != b.score() ? Integer.compare(b.score(), a.score()) : Integer.compare(a.page(), b.page()));
        return hits;
    }

    /** The terms a query word matches, by term number, with the quality of each match. */
    Map<Integer, Integer> matches(String word) {
        Map<Integer, Integer> quality = new TreeMap<>();
        int from = lowerBound(word);
        int to = lowerBound(word + Character.MAX_VALUE);
        for (int t = from; t < to; t++) {
            quality.put(t, terms.get(t).equals(word) ? EXACT : PREFIX);
        }
        int max = word.length() >= TWO_TYPOS ? 2 : word.length() >= ONE_TYPO ? 1 : 0;
        for (int length = word.length() - max; max > 0 && length <= word.length() + max; length++) {
            for (int t : byLength.getOrDefault(length, new int[0])) {
                if (!quality.containsKey(t) && SearchWords.distance(word, terms.get(t), max) <= max) {
                    quality.put(t, TYPO);
                }
            }
        }
        return quality;
    }

    /** Per page, its score for one query word: 0 when none of the word's terms is on it. */
    private int[] wordScores(String word) {
        int[] scores = new int[pages.size()];
        int[] termScores = new int[pages.size()];
        for (Map.Entry<Integer, Integer> match : matches(word).entrySet()) {
            int[][] fields = SearchPostings.decode(postings.get(match.getKey()));
            List<Integer> touched = new ArrayList<>();
            for (int field = 0; field < fields.length; field++) {
                for (int p : fields[field]) {
                    if (termScores[p] == 0) {
                        touched.add(p);
                    }
                    termScores[p] += WEIGHTS[field];
                }
            }
            for (int p : touched) {
                scores[p] = Math.max(scores[p], termScores[p] * match.getValue());
                termScores[p] = 0;
            }
        }
        return scores;
    }

    private int find(String term) {
        int t = lowerBound(term);
        return t < terms.size() && terms.get(t).equals(term) ? t : -1;
    }

    /** The first term not less than {@code key}. */
    private int lowerBound(String key) {
        int low = 0;
        int high = terms.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (terms.get(mid).compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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

    /** The description, else the start of the body cut after a whole word, with an ellipsis when cut. */
    static String snippet(Entry entry) {
        String source = entry.description().isBlank() ? entry.body() : entry.description();
        // Composed (NFC) after a first cut: normalising whole bodies would cost more than indexing them.
        String text = nfc(source.substring(0, Math.min(source.length(), 2 * SNIPPET))).strip();
        if (text.length() <= SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET);
        if (cut < SNIPPET / 2) {
            cut = SNIPPET;
        }
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** Display text composed (NFC), so that the script's word splitting sees whole letters. */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>(array.size());
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    /** Ascending page numbers per field, growing as pages are added in order. */
    private static final class PageLists {
        private final int[][] lists = new int[SearchPostings.FIELDS][4];
        private final int[] sizes = new int[SearchPostings.FIELDS];

        void add(int field, int page) {
            if (sizes[field] == lists[field].length) {
                lists[field] = Arrays.copyOf(lists[field], sizes[field] * 2);
            }
            lists[field][sizes[field]++] = page;
        }

        int[][] toArrays() {
            int[][] arrays = new int[SearchPostings.FIELDS][];
            for (int field = 0; field < arrays.length; field++) {
                arrays[field] = Arrays.copyOf(lists[field], sizes[field]);
            }
            return arrays;
        }
    }
}
