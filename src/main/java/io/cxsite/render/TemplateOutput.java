package io.cxsite.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;

/**
 * Where a page's template writes: a {@link StringBuilder}. A {@link java.io.StringWriter} would
 * take a lock for every piece of text (it writes to a {@link StringBuffer}), and Pebble wraps it in
 * a new adapter for every value it prints; a page is thousands of pieces. As a
 * {@link SpecializedWriter}, numbers and other values are written as Pebble writes them to a
 * {@code StringWriter} (the same {@code append} of each type), so the text is the same.
 */
final class TemplateOutput extends Writer implements SpecializedWriter {
    private final StringBuilder text;

    TemplateOutput(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void writeSpecialized(int value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(long value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(double value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(float value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(short value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(byte value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(char value) {
        text.append(value);
    }

    @Override
    public void writeSpecialized(String value) {
        text.append(value);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
