package io.cxsite.render;

import io.cxsite.charts.LocaleFormat;
import io.cxsite.charts.ValueFormat;
import io.cxsite.config.CustomKpi;
import java.util.Map;

/**
 * How one of the site's own KPIs is written in a page's language: at its declared decimals, a share
 * as per cent ({@code 41.5 %}, changes in points, {@code +1.2 pp}), time in the declared unit
 * ({@code 38.5 days}, {@code 2.5 h}), money with its code ({@code 1 250 SEK}), a count and a unit
 * in the site's own words ({@code purchases}) as a plain number, whose unit the chart's title names.
 */
final class OwnKpiText {
    private final CustomKpi kpi;
    private final LocaleFormat locale;
    private final String unit;

    OwnKpiText(CustomKpi kpi, LocaleFormat locale, Map<String, String> words) {
        this.kpi = kpi;
        this.locale = locale;
        this.unit = unit(kpi, words);
    }

    /** The unit after a number, with its space: {@code " %"}, {@code " days"}, {@code ""} for a count or own word. */
    private static String unit(CustomKpi kpi, Map<String, String> words) {
        return switch (kpi.measure()) {
            case COUNT -> "";
            case PERCENT -> " %";
            case DAYS -> " " + words.getOrDefault("unitDays", "days");
            case HOURS -> " h";
            case MINUTES -> " min";
            case SECONDS -> " s";
            case CURRENCY -> " " + kpi.unit();
            // A word of the site's own ("purchases") would crowd the card's big figure; the name and
            // the chart's title carry it.
            case OTHER -> "";
        };
    }

    /** How much a value is multiplied by before it is written: 100 for a share. */
    double factor() {
        return kpi.measure() == CustomKpi.Measure.PERCENT ? 100 : 1;
    }

    String value(double value) {
        return locale.number(value * factor(), kpi.decimals()) + unit;
    }

    String change(double delta) {
        String after = kpi.measure() == CustomKpi.Measure.PERCENT ? " pp" : unit;
        return locale.signed(delta * factor(), kpi.decimals()) + after;
    }

    /** How a quarter or year is made of its months, for a chart's description. */
    String rollUp() {
        return switch (kpi.rule()) {
            case MEAN -> "the mean of their months";
            case SUM -> "the sum of their months";
            case LAST -> "their last month's value";
            case WEIGHTED_MEAN -> "the mean of their months weighted by each month's n";
            case MIN -> "their lowest month";
            case MAX -> "their highest month";
        };
    }

    /** Whether a rise is good news, for a chart's description. */
    String direction() {
        return kpi.higherIsBetter() ? "higher is better" : "lower is better";
    }

    /** The unit as a chart's title names it ("days", "SEK", "purchases"); empty for a count. */
    String titleUnit() {
        return kpi.measure() == CustomKpi.Measure.OTHER ? kpi.unit() : unit.strip();
    }

    /** How a chart writes values (after {@link #factor()}): the unit goes in its title, but for per cent. */
    ValueFormat chartFormat() {
        return ValueFormat.of(kpi.decimals(), kpi.measure() == CustomKpi.Measure.PERCENT ? " %" : "").in(locale);
    }
}
