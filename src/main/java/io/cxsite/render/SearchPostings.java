package io.cxsite.render;

/**
 * The pages one term occurs in, per field, written as a short string of JSON-safe ASCII.
 *
 * <p>A term's string holds four lists (title, tags, description and headings, body) separated by
 * {@code ,}; empty lists at the end are left out. A list holds ascending page numbers: the first
 * as it is, every later one as its distance from the one before minus one, so the pages 3, 4, 5, 9
 * are written 3, 0, 0, 3. Each number is written little-end first in mixed radix: zero or more
 * continuation digits (base 26, from {@link #CONTINUATION}) and one final digit (base 64, from
 * {@link #FINAL}). Numbers below 64 take one character, below 1,664 two, below 43,264 three.
 * search.js decodes the same format; change both together.
 */
final class SearchPostings {
    static final String FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final String CONTINUATION = "!#$%&'()*+./:;<=>?@[]^{|}~";
    static final char SEPARATOR = ',';
    static final int FIELDS = 4;
    private static final int FINAL_BASE = FINAL.length();
    private static final int CONTINUATION_BASE = CONTINUATION.length();

    private SearchPostings() {
    }

    /** {@code pages[field]} ascending page numbers, for each of the {@link #FIELDS} fields. */
    static String encode(int[][] pages) {
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (int field = 0; field < FIELDS; field++) {
            if (pages[field].length == 0) {
                continue;
            }
            while (written < field) {
                out.append(SEPARATOR);
                written++;
            }
            int previous = -1;
            for (int page : pages[field]) {
                number(page - previous - 1, out);
                previous = page;
            }
        }
        return out.toString();
    }

    private static void number(int value, StringBuilder out) {
        while (value >= FINAL_BASE) {
            out.append(CONTINUATION.charAt(value % CONTINUATION_BASE));
            value /= CONTINUATION_BASE;
        }
        out.append(FINAL.charAt(value));
    }
}
