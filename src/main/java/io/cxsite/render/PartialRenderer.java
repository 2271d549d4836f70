package io.cxsite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a {@link Partial} with its view, through the same engine as the pages (autoescape,
 * strict variables, the site's templates before the theme's). A template error surfaces as the
 * page's, with the partial's file and line.
 */
final class PartialRenderer {
    private final PebbleEngine engine;
    private final Locale locale;

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
            engine.getTemplate(partial.template()).evaluate(out, context, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
