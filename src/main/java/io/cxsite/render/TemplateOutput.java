package io.cxsite.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a page's template writes: the page's UTF-8 bytes, encoded as the text comes. A
 * {@link java.io.StringWriter} would take a lock for every piece of text (it writes to a
 * {@link StringBuffer}), Pebble would wrap it in a new adapter for every value it prints, and the
 * page would be copied three more times on its way to bytes (its buffer widened to two bytes a
 * character at the first non-Latin-1 character, a {@code String}, then UTF-8). The bytes are those
 * of {@code String.getBytes(UTF_8)} of the same text: a lone surrogate becomes {@code ?}. As a
 * {@link SpecializedWriter}, numbers and other values are written as Pebble writes them to a
 * {@code StringWriter} (the same text of each type).
 */
final class TemplateOutput extends Writer implements SpecializedWriter {
    /** From this length on a string is encoded whole rather than char by char. */
    private static final int WHOLE = 64;

    private byte[] bytes;
    private int length;
    /** A high surrogate waiting for the character after it, or 0. */
    private char high;

    TemplateOutput(int capacity) {
        bytes = new byte[capacity];
    }

    /** The page so far as UTF-8. */
    byte[] utf8() {
        byte[] out = Arrays.copyOf(bytes, length + (high != 0 ? 1 : 0));
        if (high != 0) {
            out[length] = '?';
        }
        return out;
    }

    private void add(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && high == 0) {
                if (length == bytes.length) {
                    grow(to - i);
                }
                bytes[length++] = (byte) c;
            } else {
                add(c);
            }
        }
    }

    private void add(char c) {
        if (bytes.length - length < 4) {
            grow(4);
        }
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(pending, c);
                bytes[length++] = (byte) (0xf0 | codePoint >> 18);
                bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | codePoint & 0x3f);
                return;
            }
            bytes[length++] = '?';
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xc0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xe0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        }
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            add(chars[i]);
        }
    }

    @Override
    public void write(String string) {
        if (string.length() >= WHOLE && high == 0
                && !Character.isHighSurrogate(string.charAt(string.length() - 1))) {
            // Nothing waits for a low surrogate, and nothing in the string will: its own encoding
            // is the same bytes, made far faster than char by char (a page body is one string).
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            if (bytes.length - length < utf8.length) {
                grow(utf8.length);
            }
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        } else {
            add(string, 0, string.length());
        }
    }

    @Override
    public void write(String string, int offset, int count) {
        add(string, offset, offset + count);
    }

    @Override
    public void write(int c) {
        add((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        CharSequence text = chars == null ? "null" : chars;
        add(text, 0, text.length());
        return this;
    }

    @Override
    public void writeSpecialized(int value) {
        write(Integer.toString(value));
    }

    @Override
    public void writeSpecialized(long value) {
        write(Long.toString(value));
    }

    @Override
    public void writeSpecialized(double value) {
        write(Double.toString(value));
    }

    @Override
    public void writeSpecialized(float value) {
        write(Float.toString(value));
    }

    @Override
    public void writeSpecialized(short value) {
        write(Integer.toString(value));
    }

    @Override
    public void writeSpecialized(byte value) {
        write(Integer.toString(value));
    }

    @Override
    public void writeSpecialized(char value) {
        add(value);
    }

    @Override
    public void writeSpecialized(String value) {
        write(value);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
