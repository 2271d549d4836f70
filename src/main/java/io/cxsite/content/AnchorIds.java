package io.cxsite.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids the way GitHub makes them, so that {@code page.md#some-heading} works both on GitHub
 * and on the built site: lower case, letters, digits, {@code -} and {@code _} kept, spaces to
 * {@code -}, everything else dropped; a repeated id gets {@code -1}, {@code -2}, ...
 * One instance per document.
 */
final class AnchorIds {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String headingText) {
        String base = slug(headingText);
        if (base.isEmpty()) {
            base = "section";
        }
        Integer count = seen.get(base);
        seen.merge(base, 1, Integer::sum);
        return count == null ? base : base + "-" + count;
    }

    static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }
}
