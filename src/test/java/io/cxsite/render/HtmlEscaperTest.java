package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The templates' escaping writes what Pebble's own html strategy (unbescape) writes, so pages stay byte for byte. */
class HtmlEscaperTest {
    private final HtmlEscaper escaper = new HtmlEscaper();

    private void same(String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text), () -> "for " + text);
    }

    @Test
    void escapesMarkupCharactersOnly() {
        assertEquals("&lt;b title=&quot;Tom&#39;s&quot;&gt;R&amp;D &amp;amp; é ▲ −4&lt;/b&gt;",
                escaper.escape("<b title=\"Tom's\">R&D &amp; é ▲ −4</b>"));
        assertNull(escaper.escape(null));
    }

    @Test
    void agreesWithUnbescapeOnEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            same(String.valueOf((char) c));
            same("a" + (char) c + "<b&" + (char) c);
        }
    }

    @Test
    void agreesWithUnbescapeOnMixedText() {
        SplittableRandom random = new SplittableRandom(14);
        String[] pieces = {"&", "<", ">", "\"", "'", "&amp;", "&#39;", "&nbsp", "é", "😀", "\u0000", "\uD800", "plain"};
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)]
                        : String.valueOf((char) random.nextInt(Character.MAX_VALUE + 1)));
            }
            same(text.toString());
        }
    }
}
