package io.cxsite.content;

import io.cxsite.config.TextFile;
import io.cxsite.diagnostics.Problems;
import java.util.regex.Pattern;

/**
 * What a page may hold, checked before the expensive step it protects: the file's size before it is
 * read, the front matter's length before YAML sees it, and the characters of the text before any of
 * it can reach HTML.
 */
final class PageLimits {
    /** A page file: about 1,500 printed pages of text, and parsing it stays well inside a 1 GB heap. */
    static final long PAGE_BYTES = 4L * 1024 * 1024;
    /** Front matter: a few dozen short keys; the YAML parser slows sharply on megabyte-long values. */
    static final int FRONT_MATTER_CHARS = 64 * 1024;
    /** The table parser's own cap (commonmark's default is a million); more would not fit a page anyway. */
    static final int TABLE_CELLS = 100_000;
    /** Control characters reported one by one per file; more become one closing line. */
    private static final int CONTROLS_SHOWN = 5;

    /** A GFM delimiter row: pipes, dashes, colons and spaces, with at least one dash. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-*:?\\s*)*\\|?\\s*");

    private PageLimits() {
    }

    /**
     * Reports each control character of {@code text} at its line and column (HTML has no use for
     * them, and a NUL copied into a page breaks it); true when there were none.
     */
    static boolean checkControls(String path, String text, Problems problems) {
        if (!hasControlOrDel(text)) {
            return true;
        }
        int at = TextFile.controlAt(text, 0);
        if (at < 0) {
            return true;
        }
        int line = 1;
        int lineStart = 0;
        int shown = 0;
        int found = 0;
        for (int i = 0; i < text.length() && at >= 0; i++) {
            if (i == at) {
                found++;
                if (shown++ < CONTROLS_SHOWN) {
                    problems.error(path, line, i - lineStart + 1, "control character "
                            + TextFile.describeControl(text.charAt(i)) + " in the text; remove it"
                            + (text.charAt(i) == 0 ? " (a file full of them was saved as UTF-16: save it as UTF-8)" : ""));
                }
                at = TextFile.controlAt(text, i + 1);
            }
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        if (found > CONTROLS_SHOWN) {
            problems.error(path, 1, 1, (found - CONTROLS_SHOWN) + " more control characters in this file beyond the "
                    + CONTROLS_SHOWN + " shown; remove them all");
        }
        return false;
    }

    /**
     * The file line of the header row of the largest table in {@code body}, where a "too many cells"
     * problem points: the parser says only that some table was too big.
     */
    static int largestTableLine(String body, int bodyLine) {
        String[] lines = body.split("\n", -1);
        int bestLine = bodyLine;
        long bestCells = -1;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].contains("-") || !DELIMITER_ROW.matcher(lines[i]).matches()) {
                continue;
            }
            long columns = lines[i].chars().filter(c -> c == '|').count() + 1;
            int rows = 1;
            while (i + rows < lines.length && !lines[i + rows].isBlank()) {
                rows++;
            }
            if (columns * rows > bestCells) {
                bestCells = columns * rows;
                bestLine = bodyLine + i - 1;
            }
        }
        return bestLine;
    }

    /**
     * Whether {@code text} may hold a character {@link TextFile#controlAt} looks for: any below
     * U+0020 other than tab and line feed, or from U+007F to U+009F. A quick first pass over the
     * String itself (every page is scanned, and most hold none).
     */
    private static boolean hasControlOrDel(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }
}
