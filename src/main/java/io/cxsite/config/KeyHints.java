package io.cxsite.config;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Suggests the known key a mistyped one was meant to be, by edit distance. */
final class KeyHints {
    private KeyHints() {
    }

    /** The known key nearest to {@code key} by edit distance, if it is near enough to be a typo. */
    static Optional<String> closest(String key, Collection<String> known) {
        return known.stream()
                .map(k -> Map.entry(k, editDistance(key.toLowerCase(), k.toLowerCase())))
                .filter(e -> e.getValue() <= Math.max(1, e.getKey().length() / 3))
                .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
