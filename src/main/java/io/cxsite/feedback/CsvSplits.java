package io.cxsite.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a CSV file in UTF-8 may be cut into parts that are read at the same time: after the first
 * line break at or after each of the evenly spaced targets that stands outside quotes, counting
 * quotes from the file's first byte. In plain CSV (a field is quoted from its first to its last
 * byte, or holds no quote; lines end in LF or CR LF) that is a record start, and its line is the
 * number of LFs before it plus one. Whether the file is plain CSV is for the parts to prove: each
 * reads its bytes by that grammar ({@link CsvRecords}) and must end on a record's end, exactly at
 * the next cut; where one cannot, everything from its start is read by the CSV parser instead
 * ({@link ParallelCsv}). This scan is short work done before the parts start: one pass over the
 * bytes before the last cut, looking only for quotes and LFs.
 */
final class CsvSplits {
    /** A record start: its byte offset in the file and its line (1-based, quoted line breaks counted). */
    record Split(long offset, long line) {
    }

    private CsvSplits() {
    }

    /**
     * The cuts that part the text from {@code start} (after any byte-order mark) into about
     * {@code parts} equal parts, in file order; empty when the file is too short to cut.
     */
    static List<Split> find(Path file, long start, int parts) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            List<Split> splits = new ArrayList<>();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            byte[] bytes = buffer.array();
            boolean quoted = false;
            long line = 1;
            long offset = start;
            long target = start + (size - start) / parts;
            channel.position(start);
            int n;
            while (splits.size() < parts - 1 && (n = channel.read(buffer.clear())) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = bytes[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n') {
                        line++;
                        if (!quoted && offset + i + 1 >= target && offset + i + 1 < size) {
                            splits.add(new Split(offset + i + 1, line));
                            target = start + (size - start) * (splits.size() + 1) / parts;
                            if (splits.size() == parts - 1) {
                                break;
                            }
                        }
                    }
                }
                offset += n;
            }
            return splits;
        }
    }
}
