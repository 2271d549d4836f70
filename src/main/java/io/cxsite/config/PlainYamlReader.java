package io.cxsite.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the plain YAML that data files are written in straight into a {@link YamlNode}, with the
 * positions and scalar kinds the full parser gives: block mappings of {@code key: value} lines,
 * one-line flow mappings of plain values ({@code {phone: 3m, chat: 45s}}), lists of scalars (one-line
 * {@code [a, b]} and block {@code - a} lines), one-line plain and quoted scalars, comments and
 * blank lines. It declines everything else (lists of lists or mappings, anchors, tags, block and
 * multi-line scalars, escapes other than {@code \"}, {@code \\} and {@code ''}, tabs, odd indentation,
 * duplicate keys, document markers, any syntax error), and {@link YamlNode#parse} (or
 * {@link PlainYamlFields} for a {@link YamlMapping}) then reads the text with the full parser, so the
 * result and every problem reported stay what they were. Metric snapshots are thousands of such
 * files, where the full parser's tokens, events and Jackson tokens cost most of the loading; front
 * matter is the same kind of text.
 */
final class PlainYamlReader {
    /** Larger texts go to the full parser, which alone knows its code-point and length limits. */
    private static final int MAX_CHARS = 256 * 1024;
    /** SnakeYAML refuses mappings nested past 50 levels; real data files nest a few. */
    private static final int MAX_DEPTH = 16;

    private final String text;
    private final List<PlainYamlLine> lines;
    private int row;

    private PlainYamlReader(String text) {
        this.text = text;
        this.lines = PlainYamlLine.split(text);
    }

    /** The document's root mapping, or empty when the text needs the full parser. */
    static Optional<YamlNode> read(String text) {
        if (text.length() > MAX_CHARS || !PlainYamlScalars.plainCharacters(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlainYamlReader(text).document());
        } catch (Declined declined) {
            return Optional.empty();
        }
    }

    private YamlNode document() {
        skipBlankAndComments();
        if (row == lines.size()) {
            return YamlNode.mapping(1, 1, Map.of()); // as the full parser reads an empty document
        }
        YamlNode root = mapping(lines.get(row).indent(), 0);
        skipBlankAndComments();
        if (row != lines.size()) {
            throw Declined.INSTANCE; // a line indented less than the first key
        }
        return root;
    }

    /** The block mapping whose keys stand at {@code indent}, starting at the current line. */
    private YamlNode mapping(int indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw Declined.INSTANCE;
        }
        PlainYamlLine first = lines.get(row);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (row < lines.size()) {
            PlainYamlLine line = lines.get(row);
            if (line.indent() < indent) {
                break;
            }
            if (line.indent() > indent) {
                throw Declined.INSTANCE; // a continued scalar, or a key at no level above it
            }
            YamlNode.Entry entry = entry(line, indent, depth);
            if (entries.putIfAbsent(entry.key(), entry) != null) {
                throw Declined.INSTANCE; // the full parser reports it where it stands
            }
            skipBlankAndComments();
        }
        return YamlNode.mapping(first.number(), indent + 1, Collections.unmodifiableMap(entries));
    }

    /** One {@code key: value} line, or a {@code key:} line with its nested mapping below it. */
    private YamlNode.Entry entry(PlainYamlLine line, int indent, int depth) {
        int keyStart = line.start() + indent;
        int colon = PlainYamlScalars.keyEnd(text, keyStart, line.end());
        String key = text.substring(keyStart, colon);
        int at = PlainYamlScalars.skipSpaces(text, colon + 1, line.end());
        if (at == line.end() || text.charAt(at) == '#') {
            row++;
            skipBlankAndComments();
            if (row < lines.size() && lines.get(row).indent() >= indent && dashAt(lines.get(row))) {
                return new YamlNode.Entry(key, line.number(), indent + 1, sequence(lines.get(row).indent()));
            }
            if (row == lines.size() || lines.get(row).indent() <= indent) {
                throw Declined.INSTANCE; // an empty value: its position is the full parser's business
            }
            YamlNode nested = mapping(lines.get(row).indent(), depth + 1);
            return new YamlNode.Entry(key, line.number(), indent + 1, nested);
        }
        int column = at - line.start() + 1;
        char first = text.charAt(at);
        YamlNode value = first == '{' ? PlainYamlScalars.flowMapping(text, at, line.end(), line.number(), line.start())
                : first == '[' ? PlainYamlScalars.flowSequence(text, at, line.end(), line.number(), line.start())
                : PlainYamlScalars.scalar(text, at, line.end(), line.number(), column);
        row++;
        return new YamlNode.Entry(key, line.number(), indent + 1, value);
    }

    /**
     * The block sequence whose {@code - item} lines stand at {@code indent}, starting at the current
     * line; each item one scalar on its line. A key's list may stand at the key's own indentation
     * ({@code tags:} then {@code - a}), so a line at {@code indent} without a dash ends it.
     */
    private YamlNode sequence(int indent) {
        PlainYamlLine first = lines.get(row);
        List<YamlNode> items = new ArrayList<>();
        while (row < lines.size() && lines.get(row).indent() == indent && dashAt(lines.get(row))) {
            PlainYamlLine line = lines.get(row);
            int dash = line.start() + indent;
            int at = PlainYamlScalars.skipSpaces(text, dash + 1, line.end());
            if (at == dash + 1 || at == line.end() || text.charAt(at) == '#') {
                throw Declined.INSTANCE; // "-x", or an empty item
            }
            items.add(PlainYamlScalars.scalar(text, at, line.end(), line.number(), at - line.start() + 1));
            row++;
            skipBlankAndComments();
        }
        // A line after the list indented more than its key is declined by the mapping that goes on.
        return YamlNode.sequence(first.number(), indent + 1, List.copyOf(items));
    }

    /** Whether the line's first character after its indentation is a dash. */
    private boolean dashAt(PlainYamlLine line) {
        return !line.blankOrComment() && text.charAt(line.start() + line.indent()) == '-';
    }

    private void skipBlankAndComments() {
        while (row < lines.size() && lines.get(row).blankOrComment()) {
            row++;
        }
    }

    /** Thrown where the text leaves the plain subset; never leaves this package's readers. */
    static final class Declined extends RuntimeException {
        static final Declined INSTANCE = new Declined();
        private static final long serialVersionUID = 1L;

        private Declined() {
            super("outside the plain subset", null, false, false);
        }
    }
}
