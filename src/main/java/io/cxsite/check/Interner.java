package io.cxsite.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Equal strings shared by the pages of one check: most of a page's links are the theme's, the
 * same on every page, and a large site keeps every page's summary until the end.
 */
final class Interner {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    String of(String value) {
        String prior = values.putIfAbsent(value, value);
        return prior == null ? value : prior;
    }
}
