package io.cxsite.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words search matches on. Folding is for matching only, never for display: letter by letter,
 * lower case, then {@code ø → o}, {@code æ → ae} (letters Unicode does not decompose), then every
 * accent dropped ({@code å ä → a}, {@code ö → o}, {@code é → e}). A word is a run of letters and
 * digits.
 *
 * <p>{@code themes/default/static/js/search.js} applies the same rules to what readers type
 * ({@code fold} and {@code words} there); change both together, or queries stop finding terms.
 * The rules are written out character by character rather than with {@code \p{L}}, so that the
 * script needs nothing newer than ES2017.
 */
final class SearchWords {
    private static final String[][] LETTERS = {
        {"ø", "o"}, {"æ", "ae"}, {"œ", "oe"}, {"ß", "ss"}, {"ð", "d"}, {"đ", "d"}, {"ł", "l"}, {"þ", "th"},
        {"ı", "i"}, {"ς", "σ"},
    };
    /** The folded form of each character from U+0080 up that has been seen: a build folds megabytes of text. */
    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

    /**
     * The characters whose upper case differs from them, by full case mapping as in JavaScript. In a
     * class of its own, so that the 65,536 case mappings are only worked out once text beyond ASCII
     * is split (about 50 ms of a build's start otherwise).
     */
    private static final class Cased {
        static final BitSet CHARS = new BitSet(0x10000);

        static {
            for (char c = 0x80; c < 0xffff; c++) {
                if (!Character.isSurrogate(c)) {
                    String one = String.valueOf(c);
                    CHARS.set(c, !one.toUpperCase(Locale.ROOT).equals(one));
                }
            }
        }
    }

    private SearchWords() {
    }

    /** {@code "Høyttaler Ø"} becomes {@code "hoyttaler o"}. */
    static String fold(String text) {
        Folded folded = foldChars(text);
        return new String(folded.chars(), 0, folded.length());
    }

    /** Folded text as the first {@code length} chars of {@code chars}. */
    private record Folded(char[] chars, int length) {
    }

    private static Folded foldChars(String text) {
        // Read char by char: a copy of the text as chars would be a second, wider copy of a page body.
        int size = text.length();
        char[] out = new char[size + 16];
        int length = 0;
        for (int i = 0; i < size; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                int codePoint = Character.codePointAt(text, i);
                String folded = FOLDED.computeIfAbsent(codePoint, SearchWords::foldLetter);
                if (length + folded.length() > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, length + folded.length()));
                }
                folded.getChars(0, folded.length(), out, length);
                length += folded.length();
                i += Character.charCount(codePoint) - 1;
            }
        }
        return new Folded(out, length);
    }

    private static String foldLetter(int codePoint) {
        String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            lower = lower.replace(letter[0], letter[1]);
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // Combining diacritical marks: the accents NFD split off their letters.
            if (c < '\u0300' || c > '\u036f') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Adds the folded words of {@code text} to {@code words} in order, repeats kept: "Betalning, 2
     * ggr!" adds betalning, 2, ggr.
     */
    static void addTo(Collection<String> words, String text) {
        Folded folded = foldChars(text);
        split(folded.chars(), folded.length(), words);
    }

    /**
     * {@link #addTo} and {@link #hyphenJoined} at once, from one folding of {@code text} (a page
     * body is folded once, not twice): its words to {@code words}, its hyphen-joined words to
     * {@code joined}.
     */
    static void addTo(Collection<String> words, Collection<String> joined, String text) {
        Folded folded = foldChars(text);
        split(folded.chars(), folded.length(), words);
        if (text.indexOf('-') >= 0) {
            addJoined(folded.chars(), folded.length(), joined);
        }
    }

    /**
     * The words of {@code text} written with a hyphen between them, joined: "e-faktura" gives
     * "efaktura", so that it matches "efaktura" and "e faktura" alike.
     */
    static List<String> hyphenJoined(String text) {
        if (text.indexOf('-') < 0) {
            return List.of();
        }
        Folded folded = foldChars(text);
        List<String> joined = new ArrayList<>();
        addJoined(folded.chars(), folded.length(), joined);
        return joined;
    }

    /** Adds the hyphen-joined words of the first {@code length} folded chars of {@code chars}. */
    private static void addJoined(char[] chars, int length, Collection<String> joined) {
        int previousStart = -1;
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean word = i < length && isWordChar(chars[i]);
            if (word && start < 0) {
                if (previousStart >= 0 && i >= 1 && chars[i - 1] == '-' && i - 2 >= previousStart
                        && isWordChar(chars[i - 2])) {
                    int end = i;
                    while (end < length && isWordChar(chars[end])) {
                        end++;
                    }
                    joined.add(new String(chars, previousStart, i - 1 - previousStart)
                            + new String(chars, i, end - i));
                }
                start = i;
            } else if (!word && start >= 0) {
                previousStart = start;
                start = -1;
            }
        }
    }

    private static void split(char[] chars, int length, Collection<String> words) {
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean word = i < length && isWordChar(chars[i]);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(new String(chars, start, i - start));
                start = -1;
            }
        }
    }

    /**
     * A letter or digit of folded text: an ASCII digit, a letter that has an upper case (every
     * Latin, Greek and Cyrillic letter; as JavaScript's {@code toUpperCase} sees it), or a letter
     * of the common scripts without case.
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
        }
        return Cased.CHARS.get(c)
                || c >= '\u05d0' && c <= '\u05ea'   // Hebrew
                || c >= '\u0620' && c <= '\u064a'   // Arabic
                || c >= '\u0e01' && c <= '\u0e4e'   // Thai
                || c >= '\u1100' && c <= '\u11ff'   // Hangul jamo (NFD splits syllables into them)
                || c >= '\u3041' && c <= '\u30ff'   // Hiragana, Katakana
                || c >= '\u3400' && c <= '\u4dbf'   // CJK extension A
                || c >= '\u4e00' && c <= '\u9fff'   // CJK
                || c >= '\uac00' && c <= '\ud7a3';  // Hangul
    }
}
