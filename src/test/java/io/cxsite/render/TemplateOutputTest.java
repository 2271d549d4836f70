package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page's template writes into {@link TemplateOutput} the UTF-8 of what it writes into a StringWriter. */
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
        context.put("list", List.of(1, "two"));
        StringWriter expected = new StringWriter();
        template.evaluate(expected, context, Locale.ROOT);
        TemplateOutput actual = new TemplateOutput(16);
        template.evaluate(actual, context, Locale.ROOT);
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), actual.utf8());
    }

    /** The bytes are String.getBytes(UTF_8)'s, also for characters split over two writes and lone surrogates. */
    @Test
    void textIsEncodedAsUtf8LikeStringGetBytes() {
        List<List<String>> writes = List.of(
                List.of("ascii ", "ø å é ", "€ → “”", " 😀 ", "\uD83D", "\uDE00", "!"),
                List.of("lone high \uD83D", "x", " lone low \uDE00 end"),
                List.of("ends with a high surrogate \uD83D"),
                List.of("\uD83D\uD83D\uDE00", "\uDE00\uDE00"),
                List.of("åäö€€€ and then a long run of ASCII after the wide characters, longer than the buffer"));
        for (List<String> pieces : writes) {
            TemplateOutput out = new TemplateOutput(4);
            pieces.forEach(out::write);
            assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), out.utf8(), pieces.toString());
        }
    }

    /**
     * Long strings (encoded whole) and short ones (char by char) mixed at random, with surrogates
     * split over writes, lone ones and a string ending or starting in the middle of a pair.
     */
    @Test
    void longAndShortWritesMixedGiveTheBytesOfTheWholeText() {
        String palette = "ab <>&\u00e9\u00f8\u20ac\u2192\uD83D\uDE00";
        Random random = new Random(15);
        for (int run = 0; run < 2_000; run++) {
            List<String> pieces = new ArrayList<>();
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                int size = random.nextInt(4) == 0 ? random.nextInt(8) : 60 + random.nextInt(80);
                StringBuilder text = new StringBuilder(size);
                for (int i = 0; i < size; i++) {
                    text.append(palette.charAt(random.nextInt(palette.length())));
                }
                pieces.add(text.toString());
            }
            TemplateOutput out = new TemplateOutput(8);
            pieces.forEach(out::write);
            assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), out.utf8(), pieces.toString());
        }
    }

    @Test
    void aLongStringAfterAWaitingHighSurrogateCompletesThePair() {
        String tail = "\uDE00" + "x".repeat(100);
        TemplateOutput out = new TemplateOutput(8);
        out.write("a" + "\uD83D");
        out.write(tail);
        out.write("y".repeat(99) + "\uD83D");
        out.write("\uDE00");
        String all = "a\uD83D" + tail + "y".repeat(99) + "\uD83D\uDE00";
        assertArrayEquals(all.getBytes(StandardCharsets.UTF_8), out.utf8());
    }
}
