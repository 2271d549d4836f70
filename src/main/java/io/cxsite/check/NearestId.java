package io.cxsite.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The id a mistyped {@code #fragment} most likely meant, for "did you mean". */
final class NearestId {
    private NearestId() {
    }

    /** The id closest to {@code fragment}, ignoring case, within a quarter of its length (at least 2 edits). */
    static Optional<String> of(String fragment, List<String> ids) {
        String best = null;
        int bestDistance = Math.max(2, fragment.length() / 4) + 1;
        for (String id : ids) {
            int d = distance(fragment.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or {@code limit} as soon as it cannot be less. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return Math.min(prev[b.length()], limit);
    }
}
