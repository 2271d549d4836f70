package io.cxsite.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a CSV file in UTF-8 may be cut into parts that are read at the same time, found without
 * reading the bytes before each cut: after the first line break at or after each of the evenly
 * spaced targets from which the next {@link #PROBE} records read as plain CSV (a field is quoted
 * from its first to its last byte, or holds no quote; lines end in LF or CR LF) with as many
 * fields as the file's first row. A line break inside a quoted comment is almost never followed by
 * that: the rest of the comment meets its closing quote inside an unquoted field, or its lines
 * have another number of delimiters.
 *
 * <p>A cut is a guess, and the parts prove it ({@link ParallelCsv}): the part before it, read from
 * a proven record start, must end on a record's end exactly there; where one cannot (the guess fell
 * inside quotes, or the file is not plain CSV), everything from its start is read by the CSV parser
 * instead. As a part starts before it is known which line it starts on, it counts its lines from 1,
 * and they are moved on once the parts before it have counted theirs.
 */
final class CsvSplits {
    /** Records that must read as plain CSV after a line break for it to be a cut. */
    static final int PROBE = 8;
    /** How far past a target line breaks are tried before that cut is given up (fewer parts then). */
    static final int SEARCH = 1 << 20;
    private static final int WINDOW = 1 << 16;

    private CsvSplits() {
    }

    /**
     * The cuts that part the text from {@code start} (after any byte-order mark) into about
     * {@code parts} equal parts, in file order; fewer, or none, when the file is too short to cut
     * or no line break near a target passes the probe.
     */
    static List<Long> guess(Path file, long start, int parts, byte delimiter) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            List<Long> cuts = new ArrayList<>();
            CsvRecords header = new CsvRecords(channel, start, Math.min(size, start + WINDOW), delimiter, 1, WINDOW);
            if (header.next() != CsvRecords.Next.RECORD) {
                return cuts;
            }
            int fields = header.fields();
            long after = start;
            ByteBuffer buffer = ByteBuffer.allocate(WINDOW);
            for (int k = 1; k < parts; k++) {
                long target = Math.max(after, start + (size - start) * k / parts);
                long cut = cutNear(channel, target, size, delimiter, fields, buffer);
                if (cut > after && cut < size) {
                    cuts.add(cut);
                    after = cut;
                }
            }
            return cuts;
        }
    }

    /** The first offset after a line break at or after {@code target} that passes the probe; -1 if none near. */
    private static long cutNear(FileChannel channel, long target, long size, byte delimiter, int fields,
            ByteBuffer buffer) throws IOException {
        long position = target;
        long limit = Math.min(size, target + SEARCH);
        while (position < limit) {
            int n = channel.read(buffer.clear(), position);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                long after = position + i + 1;
                if (bytes[i] == '\n' && after < size && probe(channel, after, size, delimiter, fields)) {
                    return after;
                }
            }
            position += n;
        }
        return -1;
    }

    /**
     * Whether the next {@link #PROBE} records from {@code at} (or all up to the end of the file) read
     * as plain CSV with as many fields as the first row.
     */
    private static boolean probe(FileChannel channel, long at, long size, byte delimiter, int fields)
            throws IOException {
        long to = Math.min(size, at + WINDOW);
        CsvRecords records = new CsvRecords(channel, at, to, delimiter, 1, WINDOW);
        for (int read = 0; read < PROBE; read++) {
            CsvRecords.Next next = records.next();
            if (next == CsvRecords.Next.END) {
                return read > 0 && to == size;
            }
            if (next == CsvRecords.Next.ODD || records.fields() != fields) {
                return false;
            }
        }
        return true;
    }
}
