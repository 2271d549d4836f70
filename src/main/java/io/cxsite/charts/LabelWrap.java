package io.cxsite.charts;

import java.util.List;
import java.util.regex.Pattern;

/** Wraps a bar label onto at most two lines of a given width, cutting it with an ellipsis beyond that. */
final class LabelWrap {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LabelWrap() {
    }

    /** The label stripped, each run of white space one space: the text {@link #wrap} breaks into lines. */
    static String collapse(String label) {
        return SPACES.matcher(label.strip()).replaceAll(" ");
    }

    /**
     * The label on one line of at most {@code maxChars} characters or else on two, broken at the
     * space that makes the longer line shortest. A label too long for two lines fills the first
     * and is cut at a word's end with an ellipsis on the second; a word longer than a line is
     * broken with a hyphen.
     */
    static List<String> wrap(String label, int maxChars) {
        String text = collapse(label);
        if (length(text) <= maxChars) {
            return List.of(text);
        }
        int best = -1;
        int fill = -1;
        int bestLonger = Integer.MAX_VALUE;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
            int first = length(text.substring(0, space));
            int longer = Math.max(first, length(text.substring(space + 1)));
            if (first <= maxChars) {
                fill = space;
                if (longer <= maxChars && longer < bestLonger) {
                    best = space;
                    bestLonger = longer;
                }
            }
        }
        if (best >= 0) {
            return List.of(text.substring(0, best), text.substring(best + 1));
        }
        if (fill >= 0) {
            return List.of(text.substring(0, fill), cut(text.substring(fill + 1), maxChars));
        }
        int split = text.offsetByCodePoints(0, maxChars - 1);
        return List.of(text.substring(0, split) + "-", cut(text.substring(split), maxChars));
    }

    // At most maxChars with the ellipsis, ending at a word's end where the line has a space.
    private static String cut(String text, int maxChars) {
        if (length(text) <= maxChars) {
            return text;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, maxChars - 1));
        int space = head.lastIndexOf(' ');
        if (text.charAt(head.length()) != ' ' && space > 0) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:]+$", "") + "\u2026";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
