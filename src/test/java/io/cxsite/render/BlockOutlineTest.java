package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A block's headings move to their place in the page's outline; nothing that only looks like one moves. */
class BlockOutlineTest {
    @Test
    void movesTheHighestHeadingToTheTopLevelAndTheRestAlong() {
        String block = "<section><h2 class=\"t\">KPIs</h2><svg><text>h3</text></svg><h3>NPS</h3>\n<h6>x</h6></section>";
        assertEquals("<section><h3 class=\"t\">KPIs</h3><svg><text>h3</text></svg><h4>NPS</h4>\n<h6>x</h6></section>",
                BlockOutline.nest(block, 3));
        assertEquals(block, BlockOutline.nest(block, 2), "already in place");
    }

    /** The rule as first written, with a regular expression: what the scan must agree with. */
    private static String byPattern(String html, int top) {
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(/?)h([1-6])(?=[\\s>])").matcher(html);
        int highest = 7;
        while (tags.find()) {
            highest = Math.min(highest, tags.group(2).charAt(0) - '0');
        }
        if (highest == 7 || highest == top) {
            return html;
        }
        int shift = top - highest;
        return tags.reset().replaceAll(tag -> "<" + tag.group(1) + "h" + Math.min(6, tag.group(2).charAt(0) - '0' + shift));
    }

    @Test
    void agreesWithTheRuleOnMarkupOfEveryShape() {
        String[] parts = {"<", "</", "h", "h1", "h2", "h3", "h6", "h7", "h0", ">", " ", "\t", "\n", "x", "<svg>", "<p>", "/"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            int top = 1 + random.nextInt(6);
            assertEquals(byPattern(html.toString(), top), BlockOutline.nest(html.toString(), top), html + " at " + top);
        }
    }

    @Test
    void findsHeadingTagsOnlyWhereATagStarts() {
        assertEquals("<hr><header><h7>a</h7><h1", BlockOutline.nest("<hr><header><h7>a</h7><h1", 3),
                "no heading: hr, header and h7 are other tags, and '<h1' at the end has no end");
        assertEquals("<h3\tid=a>x</h3>", BlockOutline.nest("<h2\tid=a>x</h2>", 3));
        assertEquals("<p>2 < h2</p><h4>y</h4>", BlockOutline.nest("<p>2 < h2</p><h3>y</h3>", 4));
    }
}
