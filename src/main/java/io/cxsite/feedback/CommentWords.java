package io.cxsite.feedback;

import java.util.ArrayList;
import java.util.List;

/** Splits a comment or keyword into the lower-case words without diacritics that topics are matched on. */
final class CommentWords {
    private CommentWords() {
    }

    /**
     * Lower-case words without diacritics: "Räkningen, för DYR!" is [rakningen, for, dyr]. Letters
     * and digits make words; everything else separates them, except combining marks, which are
     * dropped. One pass with a fast path for the letters of Nordic text.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    word.append((char) (c + 32));
                } else {
                    flush(word, tokens);
                }
                continue;
            }
            String folded = foldBeyondAscii(c);
            if (folded == null) {
                flush(word, tokens);
            } else {
                word.append(folded);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    /**
     * A char beyond ASCII as words see it: its folded lower-case letters, "" for a combining mark
     * (dropped), or null for anything else, which ends a word. The topic walk over a comment's bytes
     * ({@link WordTrie}) reads chars by this same rule.
     */
    static String foldBeyondAscii(char c) {
        if (isMark(c)) {
            return "";
        }
        return Character.isLetterOrDigit(c) ? foldLetter(Character.toLowerCase(c)) : null;
    }

    /** A combining mark: dropped from words, neither a letter nor a gap between words. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** One lower-case letter without its diacritics, as {@link Topics#fold} would give it. */
    private static String foldLetter(char c) {
        switch (c) {
            case 'å', 'ä', 'á', 'à', 'â', 'ã':
                return "a";
            case 'ö', 'ø', 'ó', 'ò', 'ô', 'õ':
                return "o";
            case 'é', 'è', 'ê', 'ë':
                return "e";
            case 'æ':
                return "ae";
            case 'ü', 'ú', 'ù', 'û':
                return "u";
            case 'í', 'ì', 'î', 'ï':
                return "i";
            case 'ß':
                return "ss";
            default:
                return Topics.fold(String.valueOf(c));
        }
    }
}
