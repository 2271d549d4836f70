package io.cxsite.feedback;

/**
 * Comment text made fit for a page before and after it is redacted: invisible and broken
 * characters out and white space folded ({@link #normalise}), then cut to a length at a word
 * boundary ({@link #cut}).
 */
final class SafeText {
    private static final String ELLIPSIS = "\u2026";

    private SafeText() {
    }

    /**
     * Control and invisible formatting characters removed, broken UTF-16 and non-characters made
     * U+FFFD, each run of white space one space, the ends trimmed.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        int previous = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = codePointOrReplacement(text, i);
            i += cp > 0xFFFF ? 2 : 1;
            if (isSpace(cp)) {
                space = out.length() > 0;
            } else if (!isInvisible(cp, previous, i < text.length() ? codePointOrReplacement(text, i) : 0)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(isNonCharacter(cp) ? 0xFFFD : cp);
                previous = cp;
            }
        }
        return out.toString();
    }

    /** The code point at {@code i}, U+FFFD for a surrogate without its pair. */
    private static int codePointOrReplacement(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return Character.isSurrogate(c) ? 0xFFFD : c;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /**
     * Control characters, and format characters (bidi overrides and isolates, zero-width space,
     * soft hyphen, BOM, tags): they change how text shows or hide what it says. Zero-width joiners
     * stay between two non-ASCII characters, where emoji sequences and some scripts need them.
     */
    private static boolean isInvisible(int cp, int previous, int next) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return true;
        }
        if (type != Character.FORMAT) {
            return false;
        }
        boolean joiner = cp == 0x200C || cp == 0x200D;
        return !(joiner && previous > 0x7F && next > 0x7F);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    /** At most {@code maxLength} code points, "…" included, cut at the last space when one is near. */
    static String cut(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        if (end < text.length() && text.charAt(end) != ' ') {
            int space = text.lastIndexOf(' ', end - 1);
            if (space > end / 2) {
                end = space; // a word boundary, unless that would drop more than half the text
            } else {
                int mark = text.lastIndexOf(Redactor.MARK.charAt(0), end - 1);
                if (mark >= 0 && text.startsWith(Redactor.MARK, mark) && mark + Redactor.MARK.length() > end) {
                    end = mark; // never half a MARK
                }
            }
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
