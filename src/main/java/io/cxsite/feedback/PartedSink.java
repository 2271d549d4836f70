package io.cxsite.feedback;

/**
 * A sink that can take one export in parts read at the same time: each part is read into a sink of
 * its own, and the parts are merged back in file order, so that the result is the same as reading
 * the file from start to end into this sink.
 */
interface PartedSink extends ExportSink {
    /** An empty sink for one part, of the same kind as this one. */
    PartedSink newPart();

    /** Adds what a part read, as if its rows had come after every row this sink has taken. */
    void mergePart(PartedSink part);
}
