package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read records' components as Pebble's own resolver does, only quicker. */
class RecordAttributesTest {
    public record Card(String name, int count, List<String> tags, String title) {
        /** Pebble reads title() before getTitle(); so must we. */
        public String getTitle() {
            return "bean " + title;
        }
    }

    private static String render(String template, Object card, boolean ours) throws IOException {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .autoEscaping(true);
        if (ours) {
            builder.extension(new RecordAttributes());
        }
        StringWriter out = new StringWriter();
        builder.build().getTemplate(template).evaluate(out, Map.of("card", card));
        return out.toString();
    }

    @Test
    void readsComponentsAsPebblesOwnResolverDoes() throws IOException {
        Card card = new Card("NPS <b>", 3, List.of("a", "b"), "t");
        String template = "{{ card.name }}|{{ card.count + 1 }}|{{ card.tags | join(',') }}|{{ card.title }}"
                + "|{{ card.name() }}|{{ card.tags.size }}";
        assertEquals("NPS &lt;b&gt;|4|a,b|t|NPS &lt;b&gt;|2", render(template, card, true));
        assertEquals(render(template, card, false), render(template, card, true));
    }

    public record Failing(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("broken accessor");
        }
    }

    @Test
    void aFailingAccessorIsATemplateProblemAtItsLine() {
        for (boolean ours : new boolean[] {false, true}) {
            PebbleException e = assertThrows(PebbleException.class,
                    () -> render("line one\n{{ card.name }}", new Failing("n"), ours));
            assertEquals(2, e.getLineNumber(), "ours: " + ours);
        }
    }

    @Test
    void leavesUnknownNamesToPebble() {
        Card card = new Card("n", 1, List.of(), "t");
        assertThrows(PebbleException.class, () -> render("{{ card.missing }}", card, true));
    }
}
