package io.cxsite.config;

import java.util.Map;

/**
 * A KPI cxsite does not know, declared under site.yaml's {@code kpis:} so that snapshots may carry
 * it: purchase frequency or time between purchases, for example. Its values are written in
 * snapshots in its own unit (days as days, a share as 0.84 for 84 %).
 *
 * @param key            its key in snapshots, targets, benchmarks, blocks and metrics.json
 * @param names          its name by language; {@code ""} holds the site language's, shown where no other fits
 * @param unit           as declared: a {@link Measure} keyword, a currency code such as SEK, or free text
 * @param measure        what kind of unit it is
 * @param higherIsBetter whether a rise is good news (colours changes, decides whether a target is met)
 * @param rule           how months add up to quarters and years
 * @param decimals       digits after the decimal mark on cards and charts
 */
public record CustomKpi(String key, Map<String, String> names, String unit, Measure measure, boolean higherIsBetter,
        Rule rule, int decimals) {

    /** The kinds of unit: each but {@link #OTHER} is a keyword of {@code unit:}. */
    public enum Measure {
        COUNT("count"), PERCENT("percent"), DAYS("days"), HOURS("hours"), MINUTES("minutes"), SECONDS("seconds"),
        CURRENCY(""), OTHER("");

        private final String keyword;

        Measure(String keyword) {
            this.keyword = keyword;
        }

        /** The word written in {@code unit:}; empty for a currency code or free text. */
        public String keyword() {
            return keyword;
        }
    }

    /** How a quarter or year is made of its months' values. */
    public enum Rule {
        MEAN("mean"), SUM("sum"), LAST("last"), WEIGHTED_MEAN("weighted-mean"), MIN("min"), MAX("max");

        private final String keyword;

        Rule(String keyword) {
            this.keyword = keyword;
        }

        /** The word written in {@code rollUp:}. */
        public String keyword() {
            return keyword;
        }
    }

    public CustomKpi {
        names = Map.copyOf(names);
    }

    /** Its name in {@code language}, else in the site's language. */
    public String name(String language) {
        return names.getOrDefault(language, names.get(""));
    }

    /** The lowest value a snapshot, target or benchmark may give: nothing below 0 but for free-text units. */
    public double min() {
        return measure == Measure.OTHER ? -Double.MAX_VALUE : 0;
    }

    /** The highest value: 1 for a share, else no limit. */
    public double max() {
        return measure == Measure.PERCENT ? 1 : Double.MAX_VALUE;
    }

    /** What a value must be, for error messages. */
    public String expected() {
        return switch (measure) {
            case PERCENT -> "a share from 0 to 1 (0.84 for 84 %)";
            case OTHER -> "a number in " + unit;
            case CURRENCY -> "an amount in " + unit + ", 0 or more";
            default -> "a number of " + unit + ", 0 or more";
        };
    }
}
