package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page's template writes the same text into {@link TemplateOutput} as into a StringWriter. */
class TemplateOutputTest {
    @Test
    void everyKindOfValueIsWrittenAsIntoAStringWriter() throws IOException {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true).build();
        PebbleTemplate template = engine.getTemplate("""
                <p title="{{ text }}">{{ int }} {{ long }} {{ double }} {{ float }} {{ small }} {{ tiny }}
                {{ letter }} {{ big }} {{ huge }} {{ list }} {{ int + 1 }} {{ double * 3 }} {{ 7 / 2 }}</p>
                {% for i in range(1, 3) %}{{ i }},{% endfor %} Ø × “quotes” & <tags>""");
        Map<String, Object> context = new HashMap<>();
        context.put("text", "a \"quoted\" <b>& ø");
        context.put("int", 42);
        context.put("long", 12345678901L);
        context.put("double", 0.1 + 0.2);
        context.put("float", 1.5e-7f);
        context.put("small", (short) -3);
        context.put("tiny", (byte) 7);
        context.put("letter", 'å');
        context.put("big", new BigDecimal("1E+3"));
        context.put("huge", new BigDecimal("123.4500"));
        context.put("list", java.util.List.of(1, "two"));
        StringWriter expected = new StringWriter();
        template.evaluate(expected, context, Locale.ROOT);
        TemplateOutput actual = new TemplateOutput(16);
        template.evaluate(actual, context, Locale.ROOT);
        assertEquals(expected.toString(), actual.toString());
    }
}
