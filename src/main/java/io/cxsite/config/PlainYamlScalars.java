package io.cxsite.config;

import io.cxsite.config.PlainYamlReader.Declined;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values on one line for {@link PlainYamlReader}: keys, plain and quoted scalars, one-line flow
 * mappings and one-line flow sequences of scalars, each typed as the full parser types it. Whatever
 * falls outside the few forms read here throws {@link Declined}.
 */
final class PlainYamlScalars {
    /** Keys longer than this go to the full parser, which alone knows its length limits. */
    private static final int MAX_TOKEN = 100;

    private PlainYamlScalars() {
    }

    /**
     * False when {@code text} holds a character the plain subset leaves to the full parser: tabs,
     * carriage returns, anchors and aliases ('&amp;', '*'), characters YAML cannot print or reads as
     * line breaks, a byte-order mark, and surrogates (SnakeYAML counts columns in code points).
     */
    static boolean plainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE) || c == '&' || c == '*') {
                return false;
            }
        }
        return true;
    }

    /** Where the key starting at {@code start} ends: the index of its ':', which a blank or the line's end follows. */
    static int keyEnd(String text, int start, int end) {
        int i = start;
        if (i == end || !keyStart(text.charAt(i))) {
            throw Declined.INSTANCE;
        }
        while (i < end && keyPart(text.charAt(i)) && i - start < MAX_TOKEN) {
            i++;
        }
        if (i == end || text.charAt(i) != ':' || i + 1 < end && text.charAt(i + 1) != ' ') {
            throw Declined.INSTANCE;
        }
        return i;
    }

    static int skipSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The scalar value starting at {@code at} and running to the line's end or its comment. */
    static YamlNode scalar(String text, int at, int end, int line, int column) {
        char quote = text.charAt(at);
        if (quote == '"' || quote == '\'') {
            int close = quoteEnd(text, at, end);
            lineRest(text, close + 1, end);
            return YamlNode.scalar(YamlNode.Kind.STRING, unquote(text, at, close), line, column);
        }
        if (!plainStart(text, at, end)) {
            throw Declined.INSTANCE;
        }
        int stop = at;
        while (stop < end) {
            char c = text.charAt(stop);
            if (c == '#' && text.charAt(stop - 1) == ' ') {
                break;
            }
            boolean valueColon = c == ':' && (stop + 1 == end || text.charAt(stop + 1) == ' ');
            if (valueColon || c == '#' || c == '{' || c == '}' || c == '[' || c == ']') {
                throw Declined.INSTANCE; // a ':' inside a plain value, as in a URL, is part of it
            }
            stop++;
        }
        while (text.charAt(stop - 1) == ' ') {
            stop--;
        }
        return plain(text.substring(at, stop), line, column);
    }

    /** The flow mapping whose '{' is at {@code at}, closed on the same line, of plain keys and values. */
    static YamlNode flowMapping(String text, int at, int end, int line, int lineStart) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        int i = skipSpaces(text, at + 1, end);
        if (i < end && text.charAt(i) == '}') {
            lineRest(text, i + 1, end);
            return YamlNode.mapping(line, at - lineStart + 1, Map.of());
        }
        while (true) {
            int colon = keyEnd(text, i, end);
            int valueAt = skipSpaces(text, colon + 1, end);
            int valueEnd = flowValueEnd(text, valueAt, end);
            YamlNode value = flowValue(text, valueAt, valueEnd, line, lineStart);
            YamlNode.Entry entry = new YamlNode.Entry(text.substring(i, colon), line, i - lineStart + 1, value);
            if (entries.putIfAbsent(entry.key(), entry) != null) {
                throw Declined.INSTANCE;
            }
            i = skipSpaces(text, valueEnd, end);
            if (i < end && text.charAt(i) == '}') {
                lineRest(text, i + 1, end);
                return YamlNode.mapping(line, at - lineStart + 1, Collections.unmodifiableMap(entries));
            }
            if (i == end || text.charAt(i) != ',') {
                throw Declined.INSTANCE;
            }
            i = skipSpaces(text, i + 1, end);
        }
    }

    /**
     * The flow sequence whose '[' is at {@code at}, closed on the same line, of plain and quoted
     * scalars ({@code [kpis, mobile, 'a b']}); nested brackets and a trailing comma are declined.
     */
    static YamlNode flowSequence(String text, int at, int end, int line, int lineStart) {
        List<YamlNode> items = new ArrayList<>();
        int i = skipSpaces(text, at + 1, end);
        if (i < end && text.charAt(i) == ']') {
            lineRest(text, i + 1, end);
            return YamlNode.sequence(line, at - lineStart + 1, List.of());
        }
        while (true) {
            int itemEnd = flowValueEnd(text, i, end);
            items.add(flowValue(text, i, itemEnd, line, lineStart));
            i = skipSpaces(text, itemEnd, end);
            if (i < end && text.charAt(i) == ']') {
                lineRest(text, i + 1, end);
                return YamlNode.sequence(line, at - lineStart + 1, List.copyOf(items));
            }
            if (i == end || text.charAt(i) != ',') {
                throw Declined.INSTANCE;
            }
            i = skipSpaces(text, i + 1, end);
        }
    }

    /** Where the quoted scalar or plain token of a flow collection that starts at {@code at} ends. */
    private static int flowValueEnd(String text, int at, int end) {
        boolean quoted = at < end && (text.charAt(at) == '"' || text.charAt(at) == '\'');
        return quoted ? quoteEnd(text, at, end) + 1 : flowTokenEnd(text, at, end);
    }

    /** The scalar of a flow collection from {@code at} to {@code valueEnd}, quoted or plain. */
    private static YamlNode flowValue(String text, int at, int valueEnd, int line, int lineStart) {
        char first = text.charAt(at);
        return first == '"' || first == '\''
                ? YamlNode.scalar(YamlNode.Kind.STRING, unquote(text, at, valueEnd - 1), line, at - lineStart + 1)
                : plain(text.substring(at, valueEnd), line, at - lineStart + 1);
    }

    /** A plain scalar typed as Jackson's YAML parser types it. */
    static YamlNode plain(String value, int line, int column) {
        YamlNode.Kind kind = PlainYamlTypes.of(value);
        return YamlNode.scalar(kind, kind == YamlNode.Kind.NULL ? "" : value, line, column);
    }

    /**
     * The closing quote of the quoted scalar opened at {@code at}, closed on its line. The escapes
     * read are a doubled quote in single quotes ({@code 'it''s'}) and {@code \"} and {@code \\} in
     * double quotes; any other backslash escape is declined.
     */
    private static int quoteEnd(String text, int at, int end) {
        char quote = text.charAt(at);
        for (int i = at + 1; i < end; i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                if (i + 1 == end || text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\\') {
                    throw Declined.INSTANCE;
                }
                i++;
            } else if (c == quote) {
                if (quote == '"' || i + 1 == end || text.charAt(i + 1) != '\'') {
                    return i;
                }
                i++;
            }
        }
        throw Declined.INSTANCE; // closed on another line, or not at all
    }

    /** The text of the quoted scalar from {@code at} to its closing quote {@code close}, escapes undone. */
    private static String unquote(String text, int at, int close) {
        char quote = text.charAt(at);
        String inside = text.substring(at + 1, close);
        if (quote == '"' ? inside.indexOf('\\') < 0 : inside.indexOf('\'') < 0) {
            return inside;
        }
        StringBuilder out = new StringBuilder(inside.length());
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            boolean escape = quote == '"' ? c == '\\' : c == '\'';
            out.append(escape ? inside.charAt(++i) : c);
        }
        return out.toString();
    }

    /** After a value: blanks, then the line's end or a comment. */
    private static void lineRest(String text, int from, int end) {
        int i = skipSpaces(text, from, end);
        if (i < end && (text.charAt(i) != '#' || i == from)) {
            throw Declined.INSTANCE;
        }
    }

    private static int flowTokenEnd(String text, int at, int end) {
        if (!plainStart(text, at, end)) {
            throw Declined.INSTANCE;
        }
        int i = at;
        while (i < end && flowPart(text.charAt(i)) && i - at < MAX_TOKEN) {
            i++;
        }
        return i;
    }

    private static boolean plainStart(String text, int at, int end) {
        if (at >= end) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '-') {
            return at + 1 < end && (Character.isLetterOrDigit(text.charAt(at + 1)) || text.charAt(at + 1) == '.');
        }
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '(';
    }

    private static boolean flowPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~' || c == '+' || c == '-' || c == '/'
                || c == '%';
    }

    private static boolean keyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean keyPart(char c) {
        return keyStart(c) || c == '-' || c == '.';
    }
}
