package io.cxsite.charts;

import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers, durations and months as a page's readers write them: {@code 10,300} and {@code 32.0}
 * in English, {@code 10 300} and {@code 32,0} in Swedish and Norwegian (the groups split by a
 * no-break space). The one place cxsite turns a number into text for readers: KPI cards, chart
 * axes, value labels and tooltips all ask it. Rounding is half up; a minus is a real minus sign
 * (U+2212); a value that rounds to zero has no sign. Output depends on the language alone.
 *
 * @param language a BCP 47 language tag such as {@code en}, {@code sv} or {@code nb}
 */
public record LocaleFormat(String language) {
    public static final LocaleFormat ENGLISH = new LocaleFormat("en");
    /** Between groups of three digits in the Nordic languages, so a number never breaks across lines. */
    static final char NO_BREAK_SPACE = '\u00a0';
    private static final char MINUS = '\u2212';
    /** Marks by language tag: finding them parses the tag, and every number asks. */
    private static final Map<String, Marks> MARKS = new ConcurrentHashMap<>();
    private static final Map<MonthLabel, String> MONTH_LABELS = new ConcurrentHashMap<>();

    public LocaleFormat {
        Objects.requireNonNull(language, "language");
    }

    public static LocaleFormat of(String language) {
        return language == null || language.isBlank() ? ENGLISH : new LocaleFormat(language);
    }

    /** {@code 10,300.5} / {@code 10 300,5}, with {@code decimals} digits after the mark. */
    public String number(double value, int decimals) {
        return write(HalfUp.plain(value, decimals), false);
    }

    /** With a plus sign on positive values, as NPS and changes are written: {@code +32.0}. */
    public String signed(double value, int decimals) {
        return write(HalfUp.plain(value, decimals), true);
    }

    /**
     * A duration in the largest unit that keeps it at least 1 (s, min, h, d), with one decimal below
     * 10 and none from 10 up, a whole value without decimals: {@code 55 s}, {@code 3 min},
     * {@code 1.6 h}, {@code 52 min}.
     */
    public String duration(double seconds) {
        double abs = Math.abs(seconds);
        double unit = abs < 60 ? 1 : abs < 3600 ? 60 : abs < 86_400 ? 3600 : 86_400;
        String name = unit == 1 ? "s" : unit == 60 ? "min" : unit == 3600 ? "h" : "d";
        double value = seconds / unit;
        int decimals = Math.abs(value) >= 9.95 || HalfUp.plain(Math.abs(value), 1).endsWith(".0") ? 0 : 1;
        return number(value, decimals) + " " + name;
    }

    /** A month as a chart label: {@code Oct 2026}, {@code okt. 2026}. */
    public String month(YearMonth month) {
        // Every chart labels its periods, so each label is written once per language and month.
        MonthLabel key = new MonthLabel(language, month);
        String label = MONTH_LABELS.get(key);
        if (label == null) {
            label = DateTimeFormatter.ofPattern("MMM yyyy", locale()).format(month);
            MONTH_LABELS.putIfAbsent(key, label);
        }
        return label;
    }

    /** A month's label in one language. */
    private record MonthLabel(String language, YearMonth month) {
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** {@code plain}, a rounded number as {@link HalfUp#plain} writes it, with this language's marks. */
    private String write(String plain, boolean plus) {
        boolean negative = plain.charAt(0) == '-';
        String sign = negative ? String.valueOf(MINUS) : plus && !HalfUp.isZero(plain) ? "+" : "";
        int from = negative ? 1 : 0;
        int dot = plain.indexOf('.');
        int wholeEnd = dot < 0 ? plain.length() : dot;
        Marks marks = marks();
        StringBuilder out = new StringBuilder(plain.length() + 4).append(sign);
        for (int i = from; i < wholeEnd; i++) {
            if (i > from && (wholeEnd - i) % 3 == 0) {
                out.append(marks.grouping());
            }
            out.append(plain.charAt(i));
        }
        if (dot >= 0) {
            out.append(marks.decimal()).append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    /** How a language groups digits and marks decimals. */
    private record Marks(char grouping, char decimal) {
    }

    private Marks marks() {
        Marks marks = MARKS.get(language);
        return marks != null ? marks : MARKS.computeIfAbsent(language, tag -> new Marks(grouping(), decimalMark()));
    }

    // Fixed for the languages cxsite ships words for, so output does not follow the JDK's locale data.
    private char grouping() {
        return switch (base()) {
            case "en" -> ',';
            case "sv", "nb", "nn", "no", "da", "fi" -> NO_BREAK_SPACE;
            case "de" -> '.';
            default -> DecimalFormatSymbols.getInstance(locale()).getGroupingSeparator();
        };
    }

    private char decimalMark() {
        return switch (base()) {
            case "en" -> '.';
            case "sv", "nb", "nn", "no", "da", "fi", "de" -> ',';
            default -> DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator();
        };
    }

    private String base() {
        return locale().getLanguage();
    }

}
