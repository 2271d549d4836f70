package io.cxsite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates a {@link Partial} with its view, through the same engine as the pages (autoescape,
 * strict variables, the site's templates before the theme's). A template error surfaces as the
 * page's, with the partial's file and line.
 */
final class PartialRenderer {
    private final PebbleEngine engine;
    private final Locale locale;
    /** Each partial's template, looked up in the engine once per render rather than once per block. */
    private final Map<Partial, PebbleTemplate> templates = new ConcurrentHashMap<>();

    PartialRenderer(PebbleEngine engine, Locale locale) {
        this.engine = engine;
        this.locale = locale;
    }

    String render(Partial partial, Object view) {
        return evaluate(partial, Map.of(partial.variable(), view));
    }

    /** With the theme's words in the page's language as {@code t}, for partials that show the theme's words. */
    String render(Partial partial, Object view, Map<String, String> words) {
        Map<String, Object> context = new HashMap<>();
        context.put(partial.variable(), view);
        context.put("t", words);
        return evaluate(partial, context);
    }

    private String evaluate(Partial partial, Map<String, Object> context) {
        StringWriter out = new StringWriter(2048);
        try {
            PebbleTemplate template = templates.get(partial);
            if (template == null) {
                template = engine.getTemplate(partial.template());
                templates.putIfAbsent(partial, template);
            }
            template.evaluate(out, context, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
