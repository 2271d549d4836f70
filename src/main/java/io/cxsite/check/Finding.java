package io.cxsite.check;

import io.cxsite.diagnostics.Severity;
import java.util.Comparator;

/**
 * One thing the site check found in a rendered file, before it is traced back to its source.
 *
 * @param file      site-relative output path, e.g. {@code guides/nps/index.html}
 * @param line      1-based line in the rendered file
 * @param mark      the element's index among the page's marks ({@link RenderedPage#marks}), by which
 *                  {@link SourceMap} finds where it was written; {@link #NO_MARK} for none
 * @param aboutPage when the element was not written in the Markdown, the problem is the page's as a
 *                  whole: it goes to the line of its {@code title:}
 */
record Finding(String file, int line, int column, Severity severity, String message, int mark, boolean aboutPage) {
    static final int NO_MARK = -1;

    static final Comparator<Finding> BY_POSITION = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::message);

    static Finding error(RenderedPage page, int line, int column, String message, int mark) {
        return new Finding(page.path(), line, column, Severity.ERROR, message, mark, false);
    }

    static Finding warning(RenderedPage page, int line, int column, String message, int mark) {
        return new Finding(page.path(), line, column, Severity.WARNING, message, mark, false);
    }

    /** A problem of the whole page (unreachable, internal): at its {@code title:} line, else its first line. */
    static Finding ofPage(String file, Severity severity, String message) {
        return new Finding(file, 1, 1, severity, message, NO_MARK, true);
    }
}
