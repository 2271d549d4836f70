package io.cxsite.feedback;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spark SQL has no function that removes diacritics, so its SQL folds comments through a table
 * made here from cxsite's own folding ({@link CommentWords}): every lower-case letter of the Basic
 * Multilingual Plane that cxsite folds to one other letter goes through {@code translate}, and the few
 * that it folds to two ({@code æ}, {@code ß}, ...) through {@code replace}. A letter whose folding is
 * its own composed form (Hangul syllables) stays as it is, and keywords are written composed (NFC).
 */
final class SparkFolding {
    /** The table, applied to a lower-cased SQL expression. */
    static final SparkFolding TABLE = build();

    private final String from;
    private final String to;
    private final Map<Character, String> longer;

    private SparkFolding(String from, String to, Map<Character, String> longer) {
        this.from = from;
        this.to = to;
        this.longer = longer;
    }

    private static SparkFolding build() {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        Map<Character, String> longer = new TreeMap<>();
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isLetter(c) || Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
                continue;
            }
            List<String> words = CommentWords.tokens(String.valueOf(c));
            String folded = words.size() == 1 ? Normalizer.normalize(words.get(0), Normalizer.Form.NFC) : "";
            if (folded.equals(String.valueOf(c)) || folded.isEmpty()) {
                continue;
            }
            if (folded.length() == 1) {
                from.append(c);
                to.append(folded);
            } else {
                longer.put(c, folded);
            }
        }
        return new SparkFolding(from.toString(), to.toString(), longer);
    }

    /** {@code lowered} with every letter folded as cxsite folds it. */
    String apply(String lowered) {
        String text = lowered;
        for (Map.Entry<Character, String> e : longer.entrySet()) {
            text = "replace(" + text + ", '" + e.getKey() + "', '" + e.getValue() + "')";
        }
        return "translate(" + text + ", '" + from + "', '" + to + "')";
    }

    /** How many letters the table folds, for the SQL's comment. */
    int size() {
        return from.length() + longer.size();
    }
}
