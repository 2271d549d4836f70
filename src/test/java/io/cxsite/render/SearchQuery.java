package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of {@code themes/default/static/js/search.js} in Java, for tests, the relevance suite
 * and the search benchmark's parity check ({@link SearchParity}): it reads the files of one
 * language's index ({@code search/<lang>/}, see {@link SearchIndexFiles}) and analyses and ranks a
 * query as the script does, to the same scores. The build only writes the files; nothing in it
 * queries them. Ranking is described in {@link SearchIndex}.
 */
final class SearchQuery {
    static final int EXACT = 0;
    static final int PREFIX = 1;
    static final int TYPO = 2;
    static final int PREFIX_LIMIT = 30;

    /** A ranked result: the page's number, how many query groups it matched, its score (thousandths, coordinated). */
    record Hit(int page, int matched, long score) {
    }

    /** A page as the page shards store it. */
    record Stored(String title, String url, int section, String text) {
    }

    /** One word of the query (or a compound's part, or two words joined) and the terms it matches: [term, kind]. */
    record Group(String word, List<Map.Entry<String, Integer>> alts) {
    }

    private final JsonNode manifest;
    private final SearchLanguage language;
    private final Map<String, String> postings = new HashMap<>();
    /** Terms per shard name, sorted; forms alike. */
    private final Map<String, List<String>> shardTerms = new HashMap<>();
    private final Map<String, List<String>> shardForms = new HashMap<>();
    private final List<Stored> pages = new ArrayList<>();
    private final String docs;
    private final List<List<String>> synonyms = new ArrayList<>();
    /** Typo key to its terms joined by a space ({@link SearchTypoKeys}). */
    private final Map<String, String> typoKeys = new HashMap<>();

    private SearchQuery(JsonNode manifest, Path folder) throws IOException {
        this.manifest = manifest;
        this.language = SearchLanguage.of(manifest.path("lang").asText());
        this.docs = manifest.path("docs").asText();
        ObjectMapper json = new ObjectMapper();
        for (JsonNode name : manifest.path("shards")) {
            JsonNode shard = json.readTree(folder.resolve("t/" + name.asText() + ".json").toFile());
            List<String> terms = strings(shard.path("terms"));
            List<String> postingList = strings(shard.path("postings"));
            for (int i = 0; i < terms.size(); i++) {
                postings.put(terms.get(i), postingList.get(i));
            }
            shardTerms.put(name.asText(), terms);
            shardForms.put(name.asText(), strings(shard.path("forms")));
        }
        for (JsonNode name : manifest.path("keyShards")) {
            JsonNode shard = json.readTree(folder.resolve("k/" + name.asText() + ".json").toFile());
            List<String> keys = strings(shard.path("keys"));
            List<String> terms = strings(shard.path("terms"));
            for (int i = 0; i < keys.size(); i++) {
                typoKeys.put(keys.get(i), terms.get(i));
            }
        }
        int count = manifest.path("pages").asInt();
        int perShard = manifest.path("pageShard").asInt();
        for (int n = 0; n * perShard < count; n++) {
            for (JsonNode page : json.readTree(folder.resolve("p/" + n + ".json").toFile())) {
                pages.add(new Stored(page.get(0).asText(), page.get(1).asText(), page.get(2).asInt(), page.get(3).asText()));
            }
        }
        manifest.path("synonyms").forEach(group -> synonyms.add(strings(group)));
    }

    /** Reads the index in {@code folder} ({@code public/search/<lang>/}). */
    static SearchQuery read(Path folder) {
        try {
            JsonNode manifest = new ObjectMapper().readTree(Files.readAllBytes(folder.resolve(SearchIndexFiles.MANIFEST)));
            if (manifest.path("version").asInt() != SearchIndex.VERSION) {
                throw new IllegalArgumentException("search index version " + manifest.path("version") + ", expected "
                        + SearchIndex.VERSION);
            }
            return new SearchQuery(manifest, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String lang() {
        return language.lang();
    }

    List<Stored> pages() {
        return pages;
    }

    List<String> sections() {
        return strings(manifest.path("sections"));
    }

    boolean isHelp(int page) {
        return (SearchPostings.FINAL.indexOf(docs.charAt(page)) & 1) == 1;
    }

    /** Every page matching a group of {@code query} in all scopes, best first. */
    List<Hit> query(String query) {
        return query(query, "");
    }

    /** Every page matching a group of {@code query}, best first; scope "help" keeps customer help only. */
    List<Hit> query(String query, String scope) {
        List<Group> groups = analyse(query);
        int n = pages.size();
        double[] total = new double[n];
        int[] matched = new int[n];
        List<Integer> candidates = new ArrayList<>();
        double k1 = manifest.path("k1").asDouble();
        for (Group group : groups) {
            double[] best = new double[n];
            List<Integer> groupPages = new ArrayList<>();
            for (Map.Entry<String, Integer> alt : group.alts()) {
                double quality = manifest.path("quality").get(alt.getValue()).asDouble();
                Map<Integer, Double> tf = fieldScores(postings.getOrDefault(alt.getKey(), ""), k1);
                int df = tf.size();
                double idf = StrictMath.log(1 + (n - df + 0.5) / (df + 0.5));
                for (Map.Entry<Integer, Double> page : tf.entrySet()) {
                    int p = page.getKey();
                    if (scope.equals("help") && !isHelp(p)) {
                        continue;
                    }
                    double score = quality * (idf * page.getValue());
                    if (best[p] == 0) {
                        groupPages.add(p);
                    }
                    best[p] = Math.max(best[p], score);
                }
            }
            for (int p : groupPages) {
                if (matched[p] == 0) {
                    candidates.add(p);
                }
                matched[p]++;
                total[p] += best[p];
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int p : candidates) {
            hits.add(new Hit(p, matched[p], Math.round(total[p] * matched[p] / groups.size() * 1000)));
        }
        hits.sort((a, b) -> a.score() != b.score() ? Long.compare(b.score(), a.score()) : Integer.compare(a.page(), b.page()));
        return hits;
    }

    /**
     * Per page, the sum over fields of weight * count * (k1 + 1) / (count + norm), norm the page's
     * length norm for the body and k1 for the short fields (search.js's addPostings).
     */
    private Map<Integer, Double> fieldScores(String text, double k1) {
        Map<Integer, Double> scores = new HashMap<>();
        int[][] fields = decode(text);
        for (int field = 0; field < fields.length; field++) {
            for (int i = 0; i < fields[field].length; i += 2) {
                int p = fields[field][i];
                int tf = fields[field][i + 1];
                double norm = field == fields.length - 1
                        ? manifest.path("norms").get(SearchPostings.FINAL.indexOf(docs.charAt(p)) >> 1).asDouble() : k1;
                scores.merge(p, SearchIndex.WEIGHTS[field] * tf * (k1 + 1) / (tf + norm), Double::sum);
            }
        }
        return scores;
    }

    /** The query's groups, as search.js's analyse. */
    List<Group> analyse(String query) {
        List<String> all = words(query);
        boolean typing = endsInWord(query);
        boolean stopOnly = all.stream().allMatch(language::isStop);
        List<Group> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i);
            if (seen.contains(word) || !stopOnly && language.isStop(word)) {
                continue;
            }
            seen.add(word);
            wordGroups(word, typing && i == all.size() - 1, groups);
        }
        for (int i = 0; i + 1 < all.size(); i++) {
            String joined = language.stem(all.get(i) + all.get(i + 1));
            if (!seen.contains(joined) && has(joined)) {
                seen.add(joined);
                groups.add(new Group(all.get(i) + all.get(i + 1), List.of(Map.entry(joined, EXACT))));
            }
        }
        return groups;
    }

    private void wordGroups(String word, boolean typed, List<Group> groups) {
        String stem = language.stem(word);
        Map<String, Integer> alts = new java.util.LinkedHashMap<>();
        if (has(stem)) {
            alts.putIfAbsent(stem, EXACT);
        }
        for (List<String> synonym : synonyms) {
            if (synonym.contains(stem)) {
                synonym.stream().filter(this::has).forEach(t -> alts.putIfAbsent(t, EXACT));
            }
        }
        if (typed && word.length() >= 2) {
            List<String> terms = shardTerms.getOrDefault(shardOf(word), List.of());
            int from = lowerBound(terms, word);
            int end = Math.min(lowerBound(terms, word + Character.MAX_VALUE), from + PREFIX_LIMIT);
            for (int t = from; t < end; t++) {
                alts.putIfAbsent(terms.get(t), PREFIX);
            }
        }
        if (alts.isEmpty() && language.splitsCompounds()) {
            String[] parts = split(word);
            if (parts != null) {
                groups.add(new Group(word, List.of(Map.entry(parts[0], EXACT))));
                groups.add(new Group(word, List.of(Map.entry(parts[1], EXACT))));
                return;
            }
        }
        if (alts.isEmpty()) {
            near(stem, stem.length() >= 8 ? 2 : stem.length() >= 4 ? 1 : 0).forEach(t -> alts.putIfAbsent(t, TYPO));
        }
        groups.add(new Group(word, List.copyOf(alts.entrySet())));
    }

    /**
     * The terms within {@code max} edits of {@code stem} in its shard, in shard order; when there
     * are none, those its typo keys find in other shards, in term order (search.js's near).
     */
    private List<String> near(String stem, int max) {
        List<String> found = new ArrayList<>();
        if (max > 0) {
            for (String term : shardTerms.getOrDefault(shardOf(stem), List.of())) {
                if (!term.equals(stem) && distance(stem, term, max) <= max) {
                    found.add(term);
                }
            }
            if (found.isEmpty()) {
                typoCandidates(stem).stream().filter(t -> distance(stem, t, max) <= max).forEach(found::add);
            }
        }
        return found;
    }

    /** The terms a slip in the first two letters of {@code stem} may have come from, sorted (search.js's typoCandidates). */
    Set<String> typoCandidates(String stem) {
        Set<String> found = new java.util.TreeSet<>();
        List<String> probes = SearchTypoKeys.probes(stem);
        for (int i = 0; i < probes.size(); i++) {
            String terms = typoKeys.get(probes.get(i));
            if (terms != null) {
                found.addAll(List.of(terms.split(" ")));
            }
            if (i > 0 && has(probes.get(i))) {
                found.add(probes.get(i));
            }
        }
        found.remove(stem);
        return found;
    }

    /** A compound as two terms (search.js's split): the split whose shorter part is longest, the first of equals. */
    String[] split(String word) {
        String[] best = null;
        int bestSize = 0;
        for (int i = 2; i + 3 <= word.length(); i++) {
            String right = language.stem(word.substring(i));
            if (language.isStop(right) || !has(right)) {
                continue;
            }
            String left = leftPart(word.substring(0, i));
            int size = Math.min(i, word.length() - i);
            if (left != null && size > bestSize) {
                best = new String[] {left, right};
                bestSize = size;
            }
        }
        return best;
    }

    private String leftPart(String left) {
        List<String> tries = new ArrayList<>(List.of(left, language.stem(left)));
        if (left.length() >= 4 && left.charAt(left.length() - 1) == 's') {
            String bare = left.substring(0, left.length() - 1);
            tries.add(bare);
            tries.add(language.stem(bare));
        }
        return tries.stream().filter(t -> !language.isStop(t) && has(t)).findFirst().orElse(null);
    }

    boolean has(String term) {
        return postings.containsKey(term);
    }

    private static String shardOf(String term) {
        return SearchIndexFiles.shardName(SearchIndexFiles.shardKey(term));
    }

    private static boolean endsInWord(String query) {
        String folded = SearchWords.fold(query);
        return !folded.isEmpty() && SearchWords.isWordChar(folded.charAt(folded.length() - 1));
    }

    private static int lowerBound(List<String> terms, String key) {
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

    /** The inverse of {@link SearchPostings#encode}: per field, page and count pairs by ascending page. */
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
            previous += value / SearchPostings.MAX_COUNT + 1;
            if (size + 2 > list.length) {
                list = Arrays.copyOf(list, list.length * 2);
            }
            list[size++] = previous;
            list[size++] = value % SearchPostings.MAX_COUNT + 1;
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

    /** The distinct words in order (for tests). */
    static List<String> unique(List<String> words) {
        return new ArrayList<>(new LinkedHashSet<>(words));
    }
}
