package io.cxsite.render;

/**
 * The pages one term occurs in, per field, with how often, written as a short string of JSON-safe ASCII.
 *
 * <p>A term's string holds four lists (title, tags, description and headings, body) separated by
 * {@code ,}; empty lists at the end are left out. A list holds ascending page numbers, each with
 * its count: one number per page, {@code gap * 4 + min(count, 4) - 1}, where the gap is the
 * page's distance from the one before minus one (the first page's from -1), so pages 3 (once)
 * and 5 (twice) are written 12, 5. Each number is written little-end first in mixed radix: zero
 * or more continuation digits (base 26, from {@link #CONTINUATION}) and one final digit (base 64,
 * from {@link #FINAL}). search.js decodes the same format; change both together.
 */
final class SearchPostings {
    static final String FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final String CONTINUATION = "!#$%&'()*+./:;<=>?@[]^{|}~";
    static final char SEPARATOR = ',';
    static final int FIELDS = 4;
    /** Counts above this are stored as this: BM25 saturates anyway. */
    static final int MAX_COUNT = 4;
    private static final int FINAL_BASE = FINAL.length();
    private static final int CONTINUATION_BASE = CONTINUATION.length();

    private SearchPostings() {
    }

    /** {@code pages[field]} page, count pairs by ascending page, for each of the {@link #FIELDS} fields. */
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
            for (int i = 0; i < pages[field].length; i += 2) {
                int page = pages[field][i];
                int count = Math.min(pages[field][i + 1], MAX_COUNT);
                number((page - previous - 1) * MAX_COUNT + count - 1, out);
                previous = page;
            }
        }
        return out.toString();
    }

    /** One number in the mixed radix above. */
    static void number(int value, StringBuilder out) {
        while (value >= FINAL_BASE) {
            out.append(CONTINUATION.charAt(value % CONTINUATION_BASE));
            value /= CONTINUATION_BASE;
        }
        out.append(FINAL.charAt(value));
    }
}
