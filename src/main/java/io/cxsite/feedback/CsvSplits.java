package io.cxsite.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a CSV file in UTF-8 may be cut into parts that are read at the same time: at record starts
 * only. The file is scanned from its first byte, so the quote state at every byte is known, never
 * guessed: a split is the first record start at or after each of the evenly spaced targets. The
 * scan accepts only the plain CSV grammar (a field is quoted from its first to its last byte, or
 * holds no quote; a line ends in LF or CR LF); on anything else it gives no splits and the file is
 * read in one piece, as the CSV parser's reading of odd input is its own.
 */
final class CsvSplits {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote inside a quoted field: the field's end, or the first of two quotes that stand for one. */
    private static final int QUOTE_IN_QUOTED = 3;

    /** A record start: its byte offset in the file and its line (1-based, quoted line breaks counted). */
    record Split(long offset, long line) {
    }

    private CsvSplits() {
    }

    /**
     * The record starts that cut the text from {@code start} (after any byte-order mark) into
     * about {@code parts} equal parts, in file order; empty when the file cannot be cut safely.
     */
    static List<Split> find(Path file, long start, byte delimiter, int parts) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            List<Split> splits = new ArrayList<>();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            int state = FIELD_START;
            long line = 1;
            long offset = start;
            boolean afterCr = false;
            channel.position(start);
            while (splits.size() < parts - 1 && channel.read(buffer.clear()) > 0) {
                buffer.flip();
                byte[] bytes = buffer.array();
                for (int i = 0, n = buffer.limit(); i < n; i++, offset++) {
                    byte b = bytes[i];
                    if (afterCr && b != '\n') {
                        return List.of(); // a CR alone: a line break to some readers, not to others
                    }
                    afterCr = false;
                    if (b == '\r') {
                        afterCr = true;
                        continue;
                    }
                    if (b == '\n') {
                        line++;
                        if (state != QUOTED) {
                            state = FIELD_START;
                            long target = start + (size - start) * (splits.size() + 1) / parts;
                            if (offset + 1 >= target && offset + 1 < size) {
                                splits.add(new Split(offset + 1, line));
                                if (splits.size() == parts - 1) {
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                    state = next(state, b, delimiter);
                    if (state < 0) {
                        return List.of();
                    }
                }
            }
            return splits;
        }
    }

    /** The state after a byte that is neither CR nor LF; -1 when the bytes stray from plain CSV. */
    private static int next(int state, byte b, byte delimiter) {
        return switch (state) {
            case FIELD_START -> b == '"' ? QUOTED : b == delimiter ? FIELD_START : UNQUOTED;
            case UNQUOTED -> b == '"' ? -1 : b == delimiter ? FIELD_START : UNQUOTED;
            case QUOTED -> b == '"' ? QUOTE_IN_QUOTED : QUOTED;
            default -> b == '"' ? QUOTED : b == delimiter ? FIELD_START : -1;
        };
    }
}
