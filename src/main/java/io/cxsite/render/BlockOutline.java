package io.cxsite.render;

import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Moves the headings of a block's markup to their place in the page's outline. */
final class BlockOutline {
    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

    private BlockOutline() {
    }

    /**
     * The level of a block's top headings, so that they sit in the page's outline: one below the
     * heading the block follows, or h2 when no heading comes before it. Screen-reader users move
     * through a page by its headings, and a skipped level reads as a missing part.
     */
    static int outlineLevel(Node block) {
        for (Node node = block; node != null; node = node.getParent()) {
            for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
                if (before instanceof Heading heading) {
                    return Math.min(heading.getLevel() + 1, 6);
                }
            }
        }
        return 2;
    }

    /**
     * {@code html}, a block's own markup, with its headings moved so that the highest is {@code top}
     * and the rest keep their distance below it (never past h6). Customers' words in blocks are
     * escaped, so every heading tag here is one cxsite or the author wrote.
     */
    static String nest(String html, int top) {
        int highest = highest(html);
        if (highest == 7 || highest == top) {
            return html;
        }
        int shift = top - highest;
        return HEADING_TAG.matcher(html).replaceAll(tag -> "<" + tag.group(1) + "h"
                + Math.min(6, tag.group(2).charAt(0) - '0' + shift));
    }

    /**
     * The level of the highest heading tag in {@code html}, 7 when there is none: what
     * {@link #HEADING_TAG} finds, by a plain scan, as blocks are mostly SVG that a regex walks slowly.
     */
    private static int highest(String html) {
        int highest = 7;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            int h = at + 1 < html.length() && html.charAt(at + 1) == '/' ? at + 2 : at + 1;
            if (h + 2 < html.length() && html.charAt(h) == 'h') {
                char level = html.charAt(h + 1);
                char after = html.charAt(h + 2);
                if (level >= '1' && level <= '6' && (after == '>' || isRegexSpace(after))) {
                    highest = Math.min(highest, level - '0');
                }
            }
        }
        return highest;
    }

    // What \s matches in a Java regex without flags.
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
