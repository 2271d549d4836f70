package io.cxsite.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one part of a CSV file in UTF-8, read from its bytes without a String per cell:
 * for the current record, where each field's text lies in {@link #bytes()} and the line the record
 * starts on. It reads only the plain CSV grammar that {@link CsvSplits} accepts (a field is quoted
 * from its first to its last byte, or holds no quote; lines end in LF or CR LF); at anything else
 * {@link #next} answers {@link Next#ODD}, and the part is read again by the CSV parser, whose
 * reading of odd input is its own.
 */
final class CsvRecords {
    /** What {@link #next} found. */
    enum Next {
        /** A record: its fields are in {@link #bytes()}. */
        RECORD,
        /** The part has no more records. */
        END,
        /** Bytes outside plain CSV: the part must be read by the CSV parser. */
        ODD
    }

    /** A record still being scanned when the bytes read so far ran out: more are needed. */
    private static final int MORE = -2;
    private static final int ODD_BYTES = -1;
    /** The longest record read from bytes; a longer one is for the CSV parser. */
    static final int MAX_RECORD = 16 << 20;

    private final FileChannel channel;
    private final byte delimiter;
    private long position;
    private final long end;
    private byte[] bytes;
    private int filled;
    /** Where the next record starts in {@link #bytes}. */
    private int start;
    private boolean exhausted;
    private long line;
    private long nextLine;
    private int fields;
    private int[] from = new int[16];
    private int[] to = new int[16];
    /** Per field: quoted with doubled quotes inside, which stand for one. */
    private boolean[] escaped = new boolean[16];
    /** Quoted line breaks in the record being scanned. */
    private int breaks;
    /** Per byte (unsigned), whether it stops an unquoted field: the delimiter, CR, LF and the quote. */
    private final boolean[] stops = new boolean[256];
    /** Per byte (unsigned), whether a quoted field must look at it: the quote, CR and LF. */
    private static final boolean[] QUOTED_STOPS = new boolean[256];

    static {
        QUOTED_STOPS['"'] = true;
        QUOTED_STOPS['\r'] = true;
        QUOTED_STOPS['\n'] = true;
    }

    /**
     * @param delimiter an ASCII byte other than the quote, CR and LF
     * @param firstLine the file's line the part starts on
     */
    CsvRecords(FileChannel channel, long from, long to, byte delimiter, long firstLine) {
        this(channel, from, to, delimiter, firstLine, 1 << 20);
    }

    /** @param buffer how many bytes to read at a time (more when a record is longer) */
    CsvRecords(FileChannel channel, long from, long to, byte delimiter, long firstLine, int buffer) {
        this.bytes = new byte[buffer];
        this.channel = channel;
        this.position = from;
        this.end = to;
        this.delimiter = delimiter;
        this.nextLine = firstLine;
        stops[delimiter & 0xff] = true;
        stops['"'] = true;
        stops['\r'] = true;
        stops['\n'] = true;
    }

    /** Moves to the next record. */
    Next next() throws IOException {
        while (true) {
            if (start == filled && exhausted) {
                return Next.END;
            }
            int after = start == filled ? MORE : scan(start);
            if (after == ODD_BYTES) {
                return Next.ODD;
            }
            if (after != MORE) {
                line = nextLine;
                nextLine += 1 + breaks;
                start = after;
                return Next.RECORD;
            }
            if (exhausted) {
                return Next.ODD; // the part ends inside a quoted field that is never closed
            }
            if (filled - start >= MAX_RECORD) {
                // No answer is this long: most likely a cut guessed inside a quoted comment, read as a
                // field that never closes. The CSV parser is left to judge it, in bounded memory.
                return Next.ODD;
            }
            refill();
        }
    }

    /** Keeps the record begun at {@link #start} and reads more bytes after it, in a larger buffer if it fills one. */
    private void refill() throws IOException {
        int kept = filled - start;
        if (kept == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        } else {
            System.arraycopy(bytes, start, bytes, 0, kept);
        }
        start = 0;
        filled = kept;
        boolean shorter = false;
        while (filled < bytes.length && position < end && !shorter) {
            int n = channel.read(ByteBuffer.wrap(bytes, filled, (int) Math.min(bytes.length - filled, end - position)),
                    position);
            shorter = n < 0; // the file shrank while it was read
            position += Math.max(n, 0);
            filled += Math.max(n, 0);
        }
        exhausted = shorter || position >= end;
    }

    /**
     * Scans the record that starts at {@code i}: where it ends (the next record's start), {@link #MORE}
     * when the bytes read so far end first, {@link #ODD_BYTES} outside plain CSV.
     */
    private int scan(int i) {
        fields = 0;
        breaks = 0;
        while (true) {
            int after = bytes[i] == '"' ? quoted(i + 1) : unquoted(i);
            if (after < 0) {
                return after;
            }
            if (after == filled) {
                return exhausted ? after : MORE; // the last record may end without a line break
            }
            byte b = bytes[after];
            if (b == delimiter) {
                i = after + 1;
                if (i == filled) {
                    if (!exhausted) {
                        return MORE;
                    }
                    field(i, i, false); // "a," at the end of the file: an empty last field
                    return i;
                }
                continue;
            }
            if (b == '\n') {
                return after + 1;
            }
            // a CR: the line ends only if an LF follows
            if (after + 1 == filled) {
                return exhausted ? ODD_BYTES : MORE;
            }
            return bytes[after + 1] == '\n' ? after + 2 : ODD_BYTES;
        }
    }

    /** A field without quotes from {@code i}: where it stops (delimiter, CR, LF or the end of the bytes read). */
    private int unquoted(int i) {
        int j = i;
        byte[] b = bytes;
        boolean[] stop = stops;
        int n = filled;
        while (j < n && !stop[b[j] & 0xff]) {
            j++;
        }
        if (j < n && b[j] == '"') {
            return ODD_BYTES;
        }
        field(i, j, false);
        return j;
    }

    /** A quoted field whose text starts at {@code i}: the byte after its closing quote. */
    private int quoted(int i) {
        byte[] b = bytes;
        int n = filled;
        boolean doubled = false;
        boolean[] stop = QUOTED_STOPS;
        for (int j = i; j < n; j++) {
            byte c = b[j];
            if (!stop[c & 0xff]) {
                continue;
            }
            if (c == '"') {
                if (j + 1 == n) {
                    if (!exhausted) {
                        return MORE;
                    }
                } else if (b[j + 1] == '"') {
                    doubled = true;
                    j++;
                    continue;
                }
                int after = j + 1;
                if (after < n && b[after] != delimiter && b[after] != '\n' && b[after] != '\r') {
                    return ODD_BYTES; // text after the closing quote
                }
                field(i, j, doubled);
                return after;
            } else if (c == '\n') {
                breaks++;
            } else if (c == '\r' && (j + 1 == n ? exhausted : b[j + 1] != '\n')) {
                return ODD_BYTES; // a CR alone: a line break to some readers, not to others
            }
        }
        return exhausted ? ODD_BYTES : MORE;
    }

    private void field(int i, int j, boolean doubled) {
        if (fields == from.length) {
            from = Arrays.copyOf(from, fields * 2);
            to = Arrays.copyOf(to, fields * 2);
            escaped = Arrays.copyOf(escaped, fields * 2);
        }
        from[fields] = i;
        to[fields] = j;
        escaped[fields] = doubled;
        fields++;
    }

    /** The line after the last record read: where the next record would start. */
    long nextLine() {
        return nextLine;
    }

    /** The line the current record starts on. */
    long line() {
        return line;
    }

    int fields() {
        return fields;
    }

    /** The buffer the current record's fields lie in; valid until {@link #next}. */
    byte[] bytes() {
        return bytes;
    }

    int from(int field) {
        return from[field];
    }

    int to(int field) {
        return to[field];
    }

    /** The field's text: doubled quotes made one, bytes that are not UTF-8 replaced as the CSV reader replaces them. */
    String text(int field) {
        String raw = new String(bytes, from[field], to[field] - from[field], StandardCharsets.UTF_8);
        return escaped[field] ? raw.replace("\"\"", "\"") : raw;
    }

    /** Every field's text, as the CSV parser gives a row. */
    List<String> texts() {
        List<String> cells = new ArrayList<>(fields);
        for (int f = 0; f < fields; f++) {
            cells.add(text(f));
        }
        return cells;
    }

    /** Whether every field is blank, as {@link String#isBlank} says of its text. */
    boolean isBlank() {
        for (int f = 0; f < fields; f++) {
            for (int i = from[f]; i < to[f]; i++) {
                byte b = bytes[i];
                if (b < 0) {
                    if (!text(f).isBlank()) {
                        return false;
                    }
                    break;
                }
                if (!isSpace(b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An ASCII byte that {@link Character#isWhitespace} calls white space. */
    static boolean isSpace(byte b) {
        return b == ' ' || b >= 9 && b <= 13 || b >= 28 && b <= 31;
    }
}
