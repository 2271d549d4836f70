package io.cxsite.feedback;

/**
 * A sink that can take one export in parts read at the same time: each part is read into a sink of
 * its own, and the parts are merged back in file order, so that the result is the same as reading
 * the file from start to end into this sink.
 */
interface PartedSink extends ExportSink {
    /** An empty sink for one part, of the same kind as this one. */
    PartedSink newPart();

    /**
     * Moves on by {@code by} the line of every row this part holds: a part read before it was known
     * which line it starts on counts its lines from 1.
     */
    void shiftLines(long by);

    /** Adds what a part read, as if its rows had come after every row this sink has taken. */
    void mergePart(PartedSink part);
}
