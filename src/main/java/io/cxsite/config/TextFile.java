package io.cxsite.config;

import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Source text as cxsite reads it: the size is checked on the file system before a byte is read
 * (so a huge file costs nothing), then the bytes must be UTF-8; a leading BOM is dropped.
 */
public final class TextFile {
    /** site.yaml, topics.yaml and each metric snapshot: real ones are a few kilobytes. */
    public static final long YAML_LIMIT = 1024 * 1024;

    private TextFile() {
    }

    /**
     * The text of {@code file} ({@code path} relative to the site root, for problems); empty, with an
     * error at the file, when it is larger than {@code limit} bytes or not UTF-8.
     */
    public static Optional<String> read(Path file, String path, long limit, Problems problems) throws IOException {
        byte[] bytes;
        // One open file for the size and the bytes: sites read thousands of small files (metric snapshots).
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > limit) {
                problems.error(path, 1, 1, tooBig("file", size, limit) + "; split it into smaller files");
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // until the end of the file, or one byte more than its size said
            }
            bytes = Arrays.copyOf(buffer.array(), buffer.position());
            if (!buffer.hasRemaining()) { // written to since its size was taken: read the rest as it is now
                byte[] rest = Channels.newInputStream(channel).readAllBytes();
                bytes = ByteBuffer.allocate(bytes.length + rest.length).put(bytes).put(rest).array();
            }
        }
        if (ascii(bytes)) {
            return Optional.of(new String(bytes, StandardCharsets.US_ASCII)); // the common case, checked cheaply
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.error(path, 1, 1, "not valid UTF-8; save the file as UTF-8");
            return Optional.empty();
        }
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** "file is 12.3 MB, and the most cxsite reads is 1 MB" for {@code what} of {@code size} bytes or characters. */
    public static String tooBig(String what, long size, long limit) {
        return what + " is " + amount(size) + ", and the most cxsite reads is " + amount(limit);
    }

    private static String amount(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0).replace(".0 ", " ");
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
    }

    /**
     * Index of the first character at or after {@code from} that HTML does not allow in text (the C0
     * and C1 controls other than tab, line feed, form feed and carriage return, and DEL), or -1.
     */
    public static int controlAt(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a control character reads in a message: {@code U+0000 (NUL)}. */
    public static String describeControl(char c) {
        String name = c == 0 ? " (NUL)" : c == 0x1B ? " (ESC)" : c == 0x7F ? " (DEL)" : "";
        return String.format(Locale.ROOT, "U+%04X", (int) c) + name;
    }

    private static boolean isControl(char c) {
        // html: "control characters other than ASCII whitespace" are parse errors and mean nothing to readers
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
