package io.cxsite.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sink of a verbatims file ({@code *.verbatims.jsonl}, written by {@code cxsite sql}'s second
 * statement): its answers give quotes, redacted like any comment, but count in no figure, since the
 * aggregate beside it counts them already. What it reads is held until the raw exports are counted,
 * then handed to the collector on the collector's own thread.
 */
final class VerbatimsOnly implements ExportSink {
    /** The ending that makes a JSON Lines file in content/feedback/ a verbatims file. */
    static final String SUFFIX = ".verbatims.jsonl";

    private final List<Consumer<FeedbackCollector>> rows = new ArrayList<>();

    static boolean isVerbatims(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX);
    }

    @Override
    public void accept(Response response) {
        rows.add(c -> c.keepComment(response));
    }

    @Override
    public void badRow(String source, long line, String reason) {
        rows.add(c -> c.badRow(source, line, reason));
    }

    @Override
    public void unfinished(String source, long line) {
        // a verbatim without a score quotes nothing and counts nowhere
    }

    @Override
    public void leftOut(String source, long line, String reason) {
        rows.add(c -> c.leftOut(source, line, reason));
    }

    /** Hands what was read to the collector. */
    void replay(FeedbackCollector collector) {
        rows.forEach(row -> row.accept(collector));
        rows.clear();
    }
}
