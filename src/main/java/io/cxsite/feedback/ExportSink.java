package io.cxsite.feedback;

/** Where an export reader sends what it reads, row by row, so that no export is held in memory. */
public interface ExportSink {
    /** A complete, valid answer. */
    void accept(Response response);

    /** A row that cannot be used (unparseable date, score out of range, wrong column count...). */
    void badRow(String source, long line, String reason);

    /** A response without a score: the customer did not finish the survey. Skipped, but counted. */
    void unfinished(String source, long line);

    /**
     * A row the survey tool marks as no customer's answer (a preview, a test, spam). Left out of every
     * figure, and reported per file with its reason.
     */
    void leftOut(String source, long line, String reason);
}
