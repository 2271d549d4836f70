package io.cxsite.feedback;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * A comment as the Redactor's finders read it, and where each of its characters came from, so that
 * an identifier found here replaces the right characters of the comment itself.
 *
 * <p>NFKC (full-width letters, digits and {@code ＠} become ASCII, circled and superscript digits
 * become digits), then: a decimal digit of any script is its ASCII digit, every dash and the minus
 * sign are {@code -}, every space is {@code ' '}, line and paragraph separators are {@code '\n'};
 * format characters (zero-width space, soft hyphen, bidi controls) and marks on a digit are dropped,
 * so nothing invisible splits a number. Text of ASCII and Latin-1 letters is already in this form and
 * costs one pass.
 */
final class NormalisedText {
    /** The comment as the customer wrote it. */
    final String original;
    /** What the finders read. */
    final String text;
    // for each char of text, the range of original it came from; null when text is original
    private final int[] from;
    private final int[] to;

    private NormalisedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static NormalisedText from(String original) {
        int change = firstChange(original);
        return change == original.length() ? new NormalisedText(original, original, null, null)
                : new Builder(original).build(change);
    }

    /**
     * The index of the first character the normalisation changes, or the length when it changes
     * none: most comments, even in other scripts, are already in the form the finders read.
     */
    private static int firstChange(String s) {
        int i = 0;
        while (i < s.length()) {
            if (isStable(s.charAt(i))) {
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.SURROGATE || type == Character.CONTROL || type == Character.PRIVATE_USE) {
                i += Character.charCount(cp);
            } else if (type == Character.FORMAT || !isWordPart(cp)
                    || (isMark(type) && i > 0 && DigitGroups.isDigit(s.charAt(i - 1)))) {
                return i;
            } else {
                int end = wordEnd(s, i);
                if (!Normalizer.isNormalized(CharBuffer.wrap(s, i, end), Normalizer.Form.NFKC)) {
                    return i;
                }
                i = end;
            }
        }
        return s.length();
    }

    /** The end of the run of characters from {@code start} that NFKC alone may change (letters, symbols and marks). */
    private static int wordEnd(String s, int start) {
        int end = start;
        while (end < s.length() && !isStable(s.charAt(end)) && isWordPart(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end == start ? start + Character.charCount(s.codePointAt(start)) : end;
    }

    /** Not a character the normalisation treats on its own: format, control, digit, dash or space. */
    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.SURROGATE && type != Character.CONTROL
                && type != Character.PRIVATE_USE && type != Character.DECIMAL_DIGIT_NUMBER
                && type != Character.DASH_PUNCTUATION && cp != '\u2212' && type != Character.SPACE_SEPARATOR
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    /** Where the character at {@code index} of {@link #text} starts in the original. */
    int originalStart(int index) {
        return from == null ? index : from[index];
    }

    /** Where the character at {@code index} of {@link #text} ends in the original (exclusive). */
    int originalEnd(int index) {
        return to == null ? index + 1 : to[index];
    }

    /** ASCII and the Latin-1 letters (U+00C0 to U+00FF): their own NFKC form, and no digit, dash or space among them. */
    private static boolean isStable(char c) {
        return c < 0x80 || (c >= 0xC0 && c <= 0xFF);
    }

    static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Digits, dashes and spaces of any script as their ASCII form; other characters as they are. */
    private static char simple(char c) {
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER -> (char) ('0' + Character.digit(c, 10));
            case Character.DASH_PUNCTUATION -> '-';
            case Character.SPACE_SEPARATOR -> ' ';
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> '\n';
            default -> c == '\u2212' ? '-' : c;
        };
    }

    /** {@link #simple} for a code point that is a digit, dash, minus or separator, in the BMP or beyond. */
    private static char simple(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? (char) ('0' + Character.digit(cp, 10))
                : Character.isBmpCodePoint(cp) ? simple((char) cp) : '-';
    }

    private static final class Builder {
        private final String s;
        private final StringBuilder out;
        private int[] from;
        private int[] to;

        Builder(String s) {
            this.s = s;
            this.out = new StringBuilder(s.length() + 16);
            this.from = new int[s.length() + 16];
            this.to = new int[s.length() + 16];
        }

        NormalisedText build(int stableUpTo) {
            for (int i = 0; i < stableUpTo; i++) {
                add(s.charAt(i), i, i + 1);
            }
            int i = stableUpTo;
            while (i < s.length()) {
                i = step(i);
            }
            return new NormalisedText(s, out.toString(), Arrays.copyOf(from, out.length()),
                    Arrays.copyOf(to, out.length()));
        }

        /** Folds what starts at {@code i}; returns where the next step starts. */
        private int step(int i) {
            char c = s.charAt(i);
            if (isStable(c)) {
                add(c, i, i + 1);
                return i + 1;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                return next; // dropped: invisible, and it must not split what it stands in
            }
            if (isMark(type) && out.length() > 0 && DigitGroups.isDigit(out.charAt(out.length() - 1))) {
                to[out.length() - 1] = next; // "4\u20E3": the digit, with its keycap
                return next;
            }
            if (type == Character.SURROGATE || type == Character.CONTROL || type == Character.PRIVATE_USE) {
                for (int k = i; k < next; k++) {
                    add(s.charAt(k), k, k + 1);
                }
                return next;
            }
            if (!isWordPart(cp)) {
                add(simple(cp), i, next); // a digit of any script ("٤", "४", "４", "𝟒"), a dash, a space
                return next;
            }
            return word(i);
        }

        /**
         * A run of other characters (letters of other scripts, symbols, punctuation) with their
         * marks: as it is when already NFKC, else each character and its marks in NFKC.
         */
        private int word(int start) {
            int end = wordEnd(s, start);
            if (Normalizer.isNormalized(CharBuffer.wrap(s, start, end), Normalizer.Form.NFKC)) {
                for (int i = start; i < end; i++) {
                    add(s.charAt(i), i, i + 1);
                }
                return end;
            }
            int i = start;
            while (i < end) {
                int chunkEnd = i + Character.charCount(s.codePointAt(i));
                while (chunkEnd < end && isMark(Character.getType(s.codePointAt(chunkEnd)))) {
                    chunkEnd += Character.charCount(s.codePointAt(chunkEnd));
                }
                String folded = Normalizer.normalize(s.substring(i, chunkEnd), Normalizer.Form.NFKC);
                for (int k = 0; k < folded.length(); k++) {
                    add(simple(folded.charAt(k)), i, chunkEnd);
                }
                i = chunkEnd;
            }
            return end;
        }

        private void add(char c, int start, int end) {
            int k = out.length();
            if (k == from.length) {
                from = Arrays.copyOf(from, k * 2);
                to = Arrays.copyOf(to, k * 2);
            }
            out.append(c);
            from[k] = start;
            to[k] = end;
        }
    }
}
