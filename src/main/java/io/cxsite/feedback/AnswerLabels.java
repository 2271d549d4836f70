package io.cxsite.feedback;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns the channel, segment and language cells of an answer into the codes that are published,
 * remembering the codes of the texts seen so far: exports repeat a handful of them a million times.
 */
final class AnswerLabels {
    static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("no", "nb"),
            Map.entry("nob", "nb"), Map.entry("norsk", "nb"), Map.entry("bokmal", "nb"), Map.entry("nno", "nn"),
            Map.entry("nynorsk", "nn"), Map.entry("swe", "sv"), Map.entry("svenska", "sv"),
            Map.entry("swedish", "sv"), Map.entry("eng", "en"), Map.entry("english", "en"),
            Map.entry("engelska", "en"), Map.entry("engelsk", "en"), Map.entry("norwegian", "nb"),
            Map.entry("dan", "da"), Map.entry("dansk", "da"), Map.entry("fin", "fi"), Map.entry("suomi", "fi"));
    static final Map<String, String> CHANNELS = Map.ofEntries(Map.entry("e-mail", "email"),
            Map.entry("mail", "email"), Map.entry("e-post", "email"), Map.entry("epost", "email"),
            Map.entry("telefon", "phone"), Map.entry("tel", "phone"), Map.entry("telephone", "phone"),
            Map.entry("call", "phone"), Map.entry("chatt", "chat"), Map.entry("livechat", "chat"),
            Map.entry("webb", "web"), Map.entry("website", "web"), Map.entry("webbplats", "web"),
            Map.entry("nettside", "web"), Map.entry("nett", "web"), Map.entry("sociala medier", "social"),
            Map.entry("sosiale medier", "social"), Map.entry("social media", "social"));

    /** The longest channel, segment or language text kept, in code points. */
    static final int LABEL_LENGTH = 100;

    private final Map<String, String> channels = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();
    private final Map<String, String> segments = new HashMap<>();

    String channelCode(String cell) {
        return cached(channels, cell, t -> channel(label(t)));
    }

    String segmentCode(String cell) {
        return cached(segments, cell, t -> label(t).toLowerCase(Locale.ROOT));
    }

    String languageCode(String cell) {
        return cached(languages, cell, t -> language(label(t)));
    }

    /**
     * A channel, segment or language cell as it may be published (metrics.json, report filters, chart
     * labels): plain text, redacted, at most {@value #LABEL_LENGTH} characters. Customers and agents type
     * into these columns too: an address in the segment column is redacted like one in a comment.
     */
    static String label(String text) {
        return text.isEmpty() ? text : Redactor.toSafeText(text, LABEL_LENGTH);
    }

    private static String cached(Map<String, String> cache, String text, UnaryOperator<String> code) {
        String known = cache.get(text);
        if (known != null) {
            return known;
        }
        String computed = code.apply(text);
        if (cache.size() < 1000) { // free text in the column must not grow the cache without end
            cache.put(text, computed);
        }
        return computed;
    }

    /** ISO 639-1: SV, sv-SE and Svenska are sv; NO, no, nb-NO and Norsk are nb. */
    static String language(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String lower = Topics.fold(text.strip());
        int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        String primary = cut > 0 ? lower.substring(0, cut) : lower;
        return LANGUAGES.getOrDefault(primary, primary);
    }

    /** Lower case, with the usual Swedish and Norwegian names: telefon is phone, e-post is email. */
    static String channel(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return CHANNELS.getOrDefault(lower, lower);
    }
}
