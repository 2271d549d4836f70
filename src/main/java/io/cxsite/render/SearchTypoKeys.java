package io.cxsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The typo keys of a language's index: they let a word with a slip in its first two letters find
 * its term, which lives in another term shard than the word's own ("bnakid", "vankid" and
 * "fkatura" against bankid and faktura). A term of {@link #MIN} letters or more is stored under
 * each key it has: without its first letter, without its second, with the first two swapped, and
 * with the second and third swapped. A query word that matched nothing in its own shard probes
 * the key table with itself, without its first letter and without its second (see
 * {@link #probes}), and the term shards with the last two; the terms found are then kept only
 * within the usual edit distance. search.js computes keys and probes the same way.
 */
final class SearchTypoKeys {
    /** Shorter terms get no keys: a query word needs four letters before it may have a typo. */
    static final int MIN = 4;

    private SearchTypoKeys() {
    }

    /** The keys of a term, in order and without repeats; none for a short term. */
    static List<String> of(String term) {
        List<String> keys = new ArrayList<>(4);
        if (term.length() < MIN || hasSurrogate(term)) {
            return keys;
        }
        char a = term.charAt(0);
        char b = term.charAt(1);
        char c = term.charAt(2);
        String rest = term.substring(3);
        add(keys, term, b + (c + rest));
        add(keys, term, a + (c + rest));
        add(keys, term, "" + b + a + c + rest);
        add(keys, term, "" + a + c + b + rest);
        return keys;
    }

    /** What a word looks up: itself, without its first letter, without its second (the last two also as terms). */
    static List<String> probes(String word) {
        if (word.length() < 3) {
            return List.of(word);
        }
        return List.of(word, word.substring(1), word.charAt(0) + word.substring(2));
    }

    /** Key to its terms, joined by a space and sorted, for every key of {@code terms}; keys sorted. */
    static Map<String, String> table(Iterable<String> terms) {
        Map<String, TreeSet<String>> byKey = new TreeMap<>();
        for (String term : terms) {
            for (String key : of(term)) {
                byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(term);
            }
        }
        Map<String, String> table = new TreeMap<>();
        byKey.forEach((key, found) -> table.put(key, String.join(" ", found)));
        return table;
    }

    private static void add(List<String> keys, String term, String key) {
        if (!key.equals(term) && !keys.contains(key)) {
            keys.add(key);
        }
    }

    private static boolean hasSurrogate(String term) {
        return term.chars().anyMatch(ch -> Character.isSurrogate((char) ch));
    }
}
