package io.cxsite.render;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Moves the headings of a block's markup to their place in the page's outline. */
final class BlockOutline {
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
        int highest = 7;
        for (int at = nextLevel(html, 0); at >= 0; at = nextLevel(html, at)) {
            highest = Math.min(highest, html.charAt(at) - '0');
        }
        if (highest == 7 || highest == top) {
            return html;
        }
        int shift = top - highest;
        StringBuilder moved = new StringBuilder(html.length());
        int copied = 0;
        for (int at = nextLevel(html, 0); at >= 0; at = nextLevel(html, at)) {
            moved.append(html, copied, at).append((char) ('0' + Math.min(6, html.charAt(at) - '0' + shift)));
            copied = at + 1;
        }
        return moved.append(html, copied, html.length()).toString();
    }

    /**
     * Where the level digit of the next heading tag after {@code from} is, or -1: a tag {@code <hN}
     * or {@code </hN} (N from 1 to 6) followed by white space or {@code >}. A plain scan, as blocks
     * are mostly SVG, which a regular expression walks slowly.
     */
    private static int nextLevel(String html, int from) {
        for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
            int h = at + 1 < html.length() && html.charAt(at + 1) == '/' ? at + 2 : at + 1;
            if (h + 2 < html.length() && html.charAt(h) == 'h') {
                char level = html.charAt(h + 1);
                char after = html.charAt(h + 2);
                if (level >= '1' && level <= '6' && (after == '>' || isRegexSpace(after))) {
                    return h + 1;
                }
            }
        }
        return -1;
    }

    // What \s matches in a Java regular expression without flags, as the rule was first written.
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
