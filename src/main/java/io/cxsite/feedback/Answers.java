package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns the cells of one row, already sorted by role, into a {@link Response}, a bad row or an
 * unfinished answer. Shared by the CSV and JSON readers so that every format obeys the same rules.
 */
final class Answers {
    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("no", "nb"),
            Map.entry("nob", "nb"), Map.entry("norsk", "nb"), Map.entry("bokmal", "nb"), Map.entry("nno", "nn"),
            Map.entry("nynorsk", "nn"), Map.entry("swe", "sv"), Map.entry("svenska", "sv"),
            Map.entry("swedish", "sv"), Map.entry("eng", "en"), Map.entry("english", "en"),
            Map.entry("engelska", "en"), Map.entry("engelsk", "en"), Map.entry("norwegian", "nb"),
            Map.entry("dan", "da"), Map.entry("dansk", "da"), Map.entry("fin", "fi"), Map.entry("suomi", "fi"));
    private static final Map<String, String> CHANNELS = Map.ofEntries(Map.entry("e-mail", "email"),
            Map.entry("mail", "email"), Map.entry("e-post", "email"), Map.entry("epost", "email"),
            Map.entry("telefon", "phone"), Map.entry("tel", "phone"), Map.entry("telephone", "phone"),
            Map.entry("call", "phone"), Map.entry("chatt", "chat"), Map.entry("livechat", "chat"),
            Map.entry("webb", "web"), Map.entry("website", "web"), Map.entry("webbplats", "web"),
            Map.entry("nettside", "web"), Map.entry("nett", "web"), Map.entry("sociala medier", "social"),
            Map.entry("sosiale medier", "social"), Map.entry("social media", "social"));

    /** The longest channel, segment or language text kept, in code points. */
    static final int LABEL_LENGTH = 100;

    private final String source;
    private final ExportDates dates;
    private final String[] defaults;
    private final ExportSink sink;
    /** Codes of the channel and language texts seen so far: exports repeat a handful of them a million times. */
    private final Map<String, String> channels = new java.util.HashMap<>();
    private final Map<String, String> languages = new java.util.HashMap<>();
    private final Map<String, String> segments = new java.util.HashMap<>();

    Answers(String source, ExportDates dates, Map<String, String> defaults, ExportSink sink) {
        this.source = source;
        this.dates = dates;
        this.sink = sink;
        this.defaults = new String[FeedbackConfig.ROLES.size()];
        defaults.forEach((role, value) -> this.defaults[FeedbackConfig.ROLES.indexOf(role)] = value);
    }

    /**
     * @param values   cell text by role (index as {@link FeedbackConfig#ROLES}), null where the export has none
     * @param finished the export's completion flag, or null when it has none
     * @param status   Qualtrics's Status cell (real answer, preview, test, spam), or null when there is none
     */
    void row(long line, String[] values, String finished, String status) {
        java.util.Optional<String> leftOut = status == null ? java.util.Optional.empty() : QualtricsStatus.leftOut(status);
        if (leftOut.isPresent()) {
            sink.leftOut(source, line, leftOut.get());
            return;
        }
        if (finished != null && isNo(finished)) {
            sink.unfinished(source, line);
            return;
        }
        String scoreText = value(values, ExportLayout.SCORE);
        if (scoreText.isEmpty()) {
            sink.unfinished(source, line);
            return;
        }
        int score = score(scoreText);
        if (score < 0) {
            sink.badRow(source, line, "the score " + quote(scoreText) + " is not a whole number from 0 to 10");
            return;
        }
        String dateText = value(values, ExportLayout.DATE);
        if (dateText.isEmpty()) {
            sink.badRow(source, line, "the answer has no date");
            return;
        }
        LocalDate day = dates.day(dateText);
        if (day == null) {
            sink.badRow(source, line, "cannot read the date " + quote(dateText) + "; dates are read as 2026-10-05,"
                    + " 05.10.2026 (day first) or 10/05/2026 (US, month first), or set dateFormat in site.yaml");
            return;
        }
        OptionalDouble csat = number(values, ExportLayout.CSAT, 1, 5, line, "CSAT");
        OptionalDouble ces = number(values, ExportLayout.CES, 1, 7, line, "CES");
        if (csat == null || ces == null) {
            return;
        }
        // the comment is redacted where it is kept (FeedbackCollector); every other text here may be published
        sink.accept(new Response(source, line, day, OptionalInt.of(score), value(values, ExportLayout.COMMENT),
                cached(channels, value(values, ExportLayout.CHANNEL), t -> channel(label(t))),
                cached(segments, value(values, ExportLayout.SEGMENT), t -> label(t).toLowerCase(Locale.ROOT)),
                cached(languages, value(values, ExportLayout.LANGUAGE), t -> language(label(t))), csat, ces));
    }

    /**
     * A channel, segment or language cell as it may be published (metrics.json, report filters, chart
     * labels): plain text, redacted, at most {@value #LABEL_LENGTH} characters. Customers and agents type
     * into these columns too: an address in the segment column is redacted like one in a comment.
     */
    static String label(String text) {
        return text.isEmpty() ? text : Redactor.toSafeText(text, LABEL_LENGTH);
    }

    private static String cached(Map<String, String> cache, String text, java.util.function.UnaryOperator<String> code) {
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

    private String value(String[] values, int role) {
        String v = values[role];
        if (v == null || v.isBlank()) {
            return defaults[role] == null ? "" : defaults[role];
        }
        return v.strip();
    }

    /** Null (after reporting the row) when the value is there but not a number in range. */
    private OptionalDouble number(String[] values, int role, int min, int max, long line, String what) {
        String text = value(values, role);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(text.replace(',', '.'));
            if (v >= min && v <= max) {
                return OptionalDouble.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        sink.badRow(source, line, "the " + what + " answer " + quote(text) + " is not a number from " + min + " to "
                + max);
        return null;
    }

    /**
     * The 0-10 answer: {@code 9}, {@code 9.0}, {@code "9 - Very likely"}, {@code "10 (Extremely likely)"};
     * -1 for anything else.
     */
    static int score(String text) {
        int i = 0;
        int n = text.length();
        int value = 0;
        while (i < n && i < 3 && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == 0 || value > 10) {
            return -1;
        }
        if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            while (i < n && text.charAt(i) == '0') {
                i++;
            }
        }
        if (i == n || text.charAt(i) == ' ' || text.charAt(i) == '(' || text.charAt(i) == '-') {
            return value;
        }
        return -1;
    }

    private static boolean isNo(String flag) {
        String f = flag.strip();
        return f.equals("0") || f.equalsIgnoreCase("false") || f.equalsIgnoreCase("no") || f.equalsIgnoreCase("nej")
                || f.equalsIgnoreCase("nei");
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

    /**
     * A cell quoted in a message, redacted, cut short and with control characters escaped: it may be a
     * customer's words in the wrong column, or bytes read in the wrong encoding.
     */
    static String quote(String text) {
        String safe = Redactor.redact(text.strip());
        return "'" + ExportText.printable(safe.length() > 40 ? safe.substring(0, 40) + "…" : safe) + "'";
    }
}
