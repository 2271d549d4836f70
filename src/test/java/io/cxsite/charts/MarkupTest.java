package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesTheFiveXmlCharacters() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;",
                Markup.escape("<script>alert(1)</script> & \"x\" 'y'"));
    }

    @Test
    void attributeValuesAreEscaped() {
        String written = new Markup().empty("rect", "class", "a\" onload=\"x").toString();
        assertEquals("<rect class=\"a&quot; onload=&quot;x\"/>", written);
    }

    @Test
    void replacesWhatXmlCannotHoldAndKeepsSurrogatePairs() {
        assertEquals("a\uFFFDb\tc\n", Markup.escape("a\u0000b\tc\n"));
        assertEquals("\uFFFD|\uFFFD|\uD83D\uDE00", Markup.escape("\uD800|\uDE00|\uD83D\uDE00"));
        assertEquals("\uFFFD", Markup.escape("\uFFFE"));
    }

    @Test
    void coordinatesHaveOneDecimalAtMostAndNoNegativeZero() {
        assertEquals("12", Markup.num(12.0));
        assertEquals("12.5", Markup.num(12.5));
        assertEquals("12.3", Markup.num(12.345));
        assertEquals("100", Markup.num(99.96));
        assertEquals("0", Markup.num(-0.04));
        assertEquals("0", Markup.num(-0.0));
        assertEquals("-3.5", Markup.num(-3.45));
        assertEquals("720", Markup.num(720));
    }
}
