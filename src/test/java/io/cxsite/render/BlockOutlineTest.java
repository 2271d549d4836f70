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

    @Test
    void findsHeadingTagsOnlyWhereATagStarts() {
        assertEquals("<hr><header><h7>a</h7><h1", BlockOutline.nest("<hr><header><h7>a</h7><h1", 3),
                "no heading: hr, header and h7 are other tags, and '<h1' at the end has no end");
        assertEquals("<h3\tid=a>x</h3>", BlockOutline.nest("<h2\tid=a>x</h2>", 3));
        assertEquals("<p>2 < h2</p><h4>y</h4>", BlockOutline.nest("<p>2 < h2</p><h3>y</h3>", 4));
    }
}
