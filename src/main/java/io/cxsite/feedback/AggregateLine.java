package io.cxsite.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of an aggregated export split into its values, each with the column it starts at, as
 * RFC 4180 reads a line: a value in double quotes may hold commas, and {@code ""} is a quote in it.
 */
record AggregateLine(List<String> values, List<Integer> columns) {

    /** The values of {@code line}, or empty when a quoted value is not closed on the line. */
    static Optional<AggregateLine> parse(String line) {
        List<String> values = new ArrayList<>(7);
        List<Integer> columns = new ArrayList<>(7);
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (true) {
            columns.add(i + 1);
            value.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                int end = quoted(line, i + 1, value);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end;
            }
            while (i < line.length() && line.charAt(i) != ',') {
                value.append(line.charAt(i++));
            }
            values.add(value.toString());
            if (i >= line.length()) {
                return Optional.of(new AggregateLine(values, columns));
            }
            i++;
        }
    }

    /** Reads a quoted value from after its opening quote; returns the index after the closing quote, or -1. */
    private static int quoted(String line, int from, StringBuilder value) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            value.append(c);
            i++;
        }
        return -1;
    }
}
