package io.cxsite.render;

import io.cxsite.charts.ChartWords;
import io.cxsite.charts.LocaleFormat;
import io.cxsite.metrics.Period;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a chart in the page's language: the theme's words (i18n/*.yaml) by key, each with
 * its English text for a theme that lacks it, and periods named the page's way.
 */
final class ChartText {
    private static final Map<MonthName, String> MONTH_NAMES = new ConcurrentHashMap<>();

    private final Map<String, String> words;
    private final LocaleFormat locale;
    /** Whether a word given so far was the theme's own, not the English one asked with. */
    private boolean ownWords;

    ChartText(Map<String, String> words, LocaleFormat locale) {
        this.words = words;
        this.locale = locale;
    }

    LocaleFormat locale() {
        return locale;
    }

    /** The theme's words by key, in the page's language. */
    Map<String, String> words() {
        return words;
    }

    /** The theme's word for {@code key}, else {@code english}. */
    String word(String key, String english) {
        String word = words.getOrDefault(key, english);
        ownWords = ownWords || !word.equals(english);
        return word;
    }

    /**
     * Whether any word this gave differed from the English one it was asked with: if none did, what
     * was made with it in English reads as it would without the theme's words.
     */
    boolean gaveOwnWords() {
        return ownWords;
    }

    /** The word with each {@code {name}} replaced, names and values in pairs: {@code "level", "95"}. */
    String word(String key, String english, String... namesAndValues) {
        String text = word(key, english);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    /** "July 2026 to August 2026", one period's name, or "no periods". */
    String span(List<Period> periods) {
        if (periods.isEmpty()) {
            return word("chartNoPeriods", "no periods");
        }
        String first = name(periods.get(0));
        return periods.size() == 1 ? first
                : first + " " + word("chartTo", "to") + " " + name(periods.get(periods.size() - 1));
    }

    /** A period as a title names it: {@code October 2026} / {@code oktober 2026}, {@code Week 41, 2026}, {@code Q3 2026}. */
    String name(Period p) {
        return switch (p.kind()) {
            case MONTH -> monthName(p.number()) + " " + p.year();
            case WEEK -> word("chartWeek", "Week {n}, {year}", "n", Integer.toString(p.number()),
                    "year", Integer.toString(p.year()));
            case QUARTER -> quarter(p);
            case YEAR -> Integer.toString(p.year());
        };
    }

    /** A period as an axis label: {@code Oct 2026} / {@code okt. 2026}, {@code W41 2026}, {@code Q3 2026}. */
    String label(Period p) {
        return switch (p.kind()) {
            case MONTH -> locale.month(YearMonth.of(p.year(), p.number()));
            case WEEK -> word("chartWeekShort", "W{n} {year}", "n", (p.number() < 10 ? "0" : "") + p.number(),
                    "year", Integer.toString(p.year()));
            case QUARTER -> quarter(p);
            case YEAR -> Integer.toString(p.year());
        };
    }

    /** "October" / "oktober": the JDK's name, looked up once per language and month (every chart's title asks). */
    private String monthName(int month) {
        MonthName key = new MonthName(locale.language(), month);
        String name = MONTH_NAMES.get(key);
        if (name == null) {
            name = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(locale.language()));
            MONTH_NAMES.putIfAbsent(key, name);
        }
        return name;
    }

    private record MonthName(String language, int month) {
    }

    private String quarter(Period p) {
        return word("chartQuarter", "Q{n} {year}", "n", Integer.toString(p.number()), "year",
                Integer.toString(p.year()));
    }

    /** The words the chart writer adds itself. */
    ChartWords chartWords() {
        ChartWords en = ChartWords.ENGLISH;
        return new ChartWords(word("chartNoData", en.noData()), word("chartMissing", en.missing()),
                word("chartFrom", en.from()), word("chartIn", en.in()), word("chartTo", en.to()),
                word("chartMore", en.more()), word("chartPeriod", en.period()), word("chartItem", en.item()),
                word("chartLow", en.low()), word("chartHigh", en.high()));
    }
}
