package io.cxsite.render;

import java.util.regex.Matcher;
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
        Matcher tags = HEADING_TAG.matcher(html);
        int highest = 7;
        while (tags.find()) {
            highest = Math.min(highest, tags.group(2).charAt(0) - '0');
        }
        if (highest == 7 || highest == top) {
            return html;
        }
        int shift = top - highest;
        return tags.reset().replaceAll(tag -> "<" + tag.group(1) + "h"
                + Math.min(6, tag.group(2).charAt(0) - '0' + shift));
    }
}
