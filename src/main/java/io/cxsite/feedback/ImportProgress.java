package io.cxsite.feedback;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * A progress bar on the terminal while a large export is read: only for files of 16 MB and more,
 * only when a person is watching (a console, not CI), and at most four times a second.
 */
final class ImportProgress extends FilterInputStream {
    static final long THRESHOLD = 16L << 20;
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final long size;
    private final String source;
    private final PrintStream out;
    private long read;
    private long lastDraw;

    private ImportProgress(InputStream in, long size, String source, PrintStream out) {
        super(in);
        this.size = size;
        this.source = source;
        this.out = out;
    }

    /** {@code in} itself, or a counting wrapper that draws a bar when it is worth it. */
    static InputStream wrap(InputStream in, long size, String source) {
        boolean watched = System.console() != null && System.getenv("CI") == null;
        return watched && size >= THRESHOLD ? new ImportProgress(in, size, source, System.err) : in;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        long now = System.nanoTime();
        if (now - lastDraw >= INTERVAL_NANOS || read >= size) {
            lastDraw = now;
            int filled = (int) (WIDTH * Math.min(read, size) / size);
            out.printf("\r%s [%s%s] %3d%% of %d MB", source, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100 * Math.min(read, size) / size, size >> 20);
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        out.print("\r" + " ".repeat(source.length() + WIDTH + 24) + "\r");
        out.flush();
    }
}
