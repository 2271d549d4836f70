package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query of {@code themes/default/static/js/search.js} in Java, for tests and for the search
 * benchmark's parity check ({@link SearchParity}): it reads a {@code search/<lang>.json} file and
 * ranks the same hits with the same scores as the script. The build only writes the file
 * ({@link SearchIndex}, which describes its format and the query's rules); nothing in it queries one.
 */
final class SearchQuery {
    /** Typo tolerance, as in the script: one edit from this many letters on, two from {@link #TWO_TYPOS}. */
    static final int ONE_TYPO = 4;
    static final int TWO_TYPOS = 8;

    /** A ranked result: the page's number in {@link #pages()} and its score. */
    record Hit(int page, int score) {
    }

    private final String lang;
    private final List<String> sections;
    private final List<SearchIndex.StoredPage> pages;
    private final List<String> terms;
    private final List<String> postings;
    /** Term numbers by term length, for the typo scan. */
    private final Map<Integer, int[]> byLength;

    private SearchQuery(String lang, List<String> sections, List<SearchIndex.StoredPage> pages, List<String> terms,
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

    /** Reads a file that {@link SearchIndex#json()} wrote. */
    static SearchQuery parse(byte[] json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            if (root.path("version").asInt() != SearchIndex.VERSION) {
                throw new IllegalArgumentException("search index version " + root.path("version") + ", expected "
                        + SearchIndex.VERSION);
            }
            List<String> sections = strings(root.path("sections"));
            List<SearchIndex.StoredPage> pages = new ArrayList<>();
            for (JsonNode page : root.path("pages")) {
                pages.add(new SearchIndex.StoredPage(page.get(0).asText(), page.get(1).asText(), page.get(2).asInt(),
                        page.get(3).asText()));
            }
            return new SearchQuery(root.path("lang").asText(), sections, pages, strings(root.path("terms")),
                    strings(root.path("postings")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@code index} writes, read back. */
    static SearchQuery of(SearchIndex index) {
        return parse(index.json());
    }

    String lang() {
        return lang;
    }

    List<String> sections() {
        return sections;
    }

    List<SearchIndex.StoredPage> pages() {
        return pages;
    }

    List<String> terms() {
        return terms;
    }

    /** Every page that matches all words of {@code query}, best first. search.js's {@code search} does the same. */
    List<Hit> query(String query) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(words(query)));
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
            quality.put(t, terms.get(t).equals(word) ? SearchIndex.EXACT : SearchIndex.PREFIX);
        }
        int max = word.length() >= TWO_TYPOS ? 2 : word.length() >= ONE_TYPO ? 1 : 0;
        for (int length = word.length() - max; max > 0 && length <= word.length() + max; length++) {
            for (int t : byLength.getOrDefault(length, new int[0])) {
                if (!quality.containsKey(t) && distance(word, terms.get(t), max) <= max) {
                    quality.put(t, SearchIndex.TYPO);
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
            int[][] fields = decode(postings.get(match.getKey()));
            List<Integer> touched = new ArrayList<>();
            for (int field = 0; field < fields.length; field++) {
                for (int p : fields[field]) {
                    if (termScores[p] == 0) {
                        touched.add(p);
                    }
                    termScores[p] += SearchIndex.WEIGHTS[field];
                }
            }
            for (int p : touched) {
                scores[p] = Math.max(scores[p], termScores[p] * match.getValue());
                termScores[p] = 0;
            }
        }
        return scores;
    }

    /** The first term not less than {@code key} (UTF-16 order, as the script compares). */
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

    /** The folded words of {@code text} in order, repeats kept: "Betalning, 2 ggr!" is [betalning, 2, ggr]. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        SearchWords.addTo(words, text);
        return words;
    }

    /**
     * The edit distance of {@code a} and {@code b} (insert, delete, replace, or swap two neighbours:
     * "betalnig" is 1 from "betalning", "betlaning" 1 too), or {@code max + 1} as soon as it is
     * certain to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[] before = new int[lb + 1];
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            current[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[lb], max + 1);
    }

    /** The inverse of {@link SearchPostings#encode}: ascending page numbers per field. */
    static int[][] decode(String text) {
        int[][] pages = new int[SearchPostings.FIELDS][];
        int field = 0;
        int[] list = new int[8];
        int size = 0;
        int previous = -1;
        int i = 0;
        while (i <= text.length()) {
            if (i == text.length() || text.charAt(i) == SearchPostings.SEPARATOR) {
                pages[field++] = Arrays.copyOf(list, size);
                size = 0;
                previous = -1;
                i++;
                continue;
            }
            int value = 0;
            int scale = 1;
            while (true) {
                char c = text.charAt(i++);
                int digit = SearchPostings.FINAL.indexOf(c);
                if (digit >= 0) {
                    value += digit * scale;
                    break;
                }
                value += SearchPostings.CONTINUATION.indexOf(c) * scale;
                scale *= SearchPostings.CONTINUATION.length();
            }
            previous += value + 1;
            if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
            }
            list[size++] = previous;
        }
        while (field < SearchPostings.FIELDS) {
            pages[field++] = new int[0];
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>(array.size());
        array.forEach(node -> list.add(node.asText()));
        return list;
    }
}
