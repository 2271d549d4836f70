package io.cxsite.check;

import io.cxsite.diagnostics.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * One thing the site check found in a rendered file, before it is traced back to its source.
 *
 * @param file      site-relative output path, e.g. {@code guides/nps/index.html}
 * @param line      1-based line in the rendered file
 * @param needles   text to look for in the page's Markdown to find the line that made it (the start
 *                  tag as rendered, a URL as written), in order of preference; none when it has no one line
 * @param aboutPage when no needle is found, the problem is the page's as a whole: it goes to the
 *                  line of its {@code title:}
 */
record Finding(String file, int line, int column, Severity severity, String message, List<Needle> needles,
        boolean aboutPage) {

    /** Text to look for, and which of its occurrences (0 the first) to take when it is there several times. */
    record Needle(String text, int ordinal) {
    }

    static final Comparator<Finding> BY_POSITION = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::message);

    static Finding error(RenderedPage page, int line, int column, String message, List<Needle> needles) {
        return new Finding(page.path(), line, column, Severity.ERROR, message, needles, false);
    }

    static Finding warning(RenderedPage page, int line, int column, String message, List<Needle> needles) {
        return new Finding(page.path(), line, column, Severity.WARNING, message, needles, false);
    }

    /** A problem of the whole page (unreachable, internal): at its {@code title:} line, else its first line. */
    static Finding ofPage(String file, Severity severity, String message) {
        return new Finding(file, 1, 1, severity, message, List.of(), true);
    }
}
