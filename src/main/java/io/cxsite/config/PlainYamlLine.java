package io.cxsite.config;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text for {@link PlainYamlReader}: its 1-based number, where it starts and ends in
 * the text (without the line feed), how many spaces indent it, and whether it holds nothing but a
 * comment or blanks.
 */
record PlainYamlLine(int number, int start, int end, int indent, boolean blankOrComment) {
    static List<PlainYamlLine> split(String text) {
        List<PlainYamlLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int feed = text.indexOf('\n', start);
            int end = feed < 0 ? text.length() : feed;
            int first = start;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            lines.add(new PlainYamlLine(number, start, end, first - start, first == end || text.charAt(first) == '#'));
            if (feed < 0) {
                break;
            }
            start = feed + 1;
            number++;
        }
        return lines;
    }
}
