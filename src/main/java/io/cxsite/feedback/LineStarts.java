package io.cxsite.feedback;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes a CSV export's text through to the CSV parser and notes where each line starts, so that a
 * row's line is counted from the text itself: a line ends at LF, at CR LF or at a CR alone, quoted
 * or not. The parser's own count is one too many where a quoted field has a CR LF whose CR fills
 * a segment of the parser's text buffer (a long comment written on Windows), and every later
 * row's line would be off. Only the starts not yet asked about are kept: the few the parser reads ahead.
 */
final class LineStarts extends FilterReader {
    /** Chars passed through so far. */
    private long passed;
    /** Whether the last char passed was a CR, whose line ends after the LF that may follow. */
    private boolean afterCr;
    /** Offsets of the line starts after {@link #line}'s, from {@link #head} up to {@link #tail}. */
    private long[] starts = new long[256];
    private int head;
    private int tail;
    /** The line of the offset last asked about. */
    private long line = 1;

    LineStarts(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n == 0) {
            return 0;
        }
        if (afterCr && (n < 0 || buffer[offset] != '\n')) {
            add(passed); // the CR that ended the last read was alone
        }
        afterCr = false;
        int end = offset + Math.max(n, 0);
        long first = passed - offset; // the offset in the text of buffer[0]
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c > '\r') {
                continue; // most chars: one comparison
            }
            if (c == '\n') {
                add(first + i + 1);
            } else if (c == '\r') {
                if (i + 1 == end) {
                    afterCr = true; // decided by the next char read
                } else if (buffer[i + 1] != '\n') {
                    add(first + i + 1);
                }
            }
        }
        passed += Math.max(n, 0);
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public long skip(long n) throws IOException {
        char[] buffer = new char[(int) Math.min(n, 8192)];
        long skipped = 0;
        int read;
        while (skipped < n && (read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped))) > 0) {
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * The line (from 1) of the char at {@code offset}, which must be passed through already; asked
     * in text order, as rows are read.
     */
    long lineOf(long offset) {
        while (head < tail && starts[head] <= offset) {
            head++;
            line++;
        }
        return line;
    }

    private void add(long start) {
        if (tail == starts.length) {
            if (head > 0) {
                System.arraycopy(starts, head, starts, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
        }
        starts[tail++] = start;
    }
}
