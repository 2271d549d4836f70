package io.cxsite.charts;

import java.util.Objects;

/**
 * How a chart writes its numbers: a fixed number of decimals, a unit appended as it is, and for
 * scores such as NPS a sign on positive values, in the page's language ({@link LocaleFormat}:
 * {@code 10,300} in English, {@code 10 300} in Swedish). Rounding is half up on the shortest decimal
 * form of the double, so 0.15 becomes 0.2, and a value that rounds to zero has no sign. A duration
 * format reads values as seconds and writes each in its own unit ({@code 55 s}, {@code 1.6 h}).
 *
 * @param unit     text appended to every value for readers, e.g. {@code ""}, {@code "%"}, {@code " min"}
 * @param locale   how digits are grouped and the decimal mark written
 * @param seconds  values are seconds, written by {@link LocaleFormat#duration}; decimals and unit unused
 */
public record ValueFormat(int decimals, String unit, boolean signed, LocaleFormat locale, boolean seconds) {
    /** What readers see for a missing value. */
    public static final String MISSING = "\u2013";

    public ValueFormat {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, not " + decimals);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(locale, "locale");
    }

    public static ValueFormat of(int decimals, String unit) {
        return new ValueFormat(decimals, unit, false, LocaleFormat.ENGLISH, false);
    }

    /** Positive values with a plus sign, as NPS is written: {@code +31.5}. */
    public static ValueFormat signed(int decimals, String unit) {
        return new ValueFormat(decimals, unit, true, LocaleFormat.ENGLISH, false);
    }

    /** Seconds, each written in the unit that suits it: {@code 55 s}, {@code 3 min}, {@code 1.6 h}. */
    public static ValueFormat durations() {
        return new ValueFormat(0, "", false, LocaleFormat.ENGLISH, true);
    }

    /** The same format in another language. */
    public ValueFormat in(LocaleFormat newLocale) {
        return new ValueFormat(decimals, unit, signed, newLocale, seconds);
    }

    /** For readers: {@code +31.5%}, {@code −4.0 min} (with a real minus sign), {@code –} when missing. */
    public String format(Double value) {
        if (value == null) {
            return MISSING;
        }
        if (seconds) {
            return locale.duration(value);
        }
        return (signed ? locale.signed(value, decimals) : locale.number(value, decimals)) + unit;
    }

    /** For machines: {@code 31.5}, {@code -4.0}, without unit or plus sign; empty when missing. */
    public String plain(Double value) {
        return value == null ? "" : HalfUp.plain(value, decimals);
    }

    /** The same format with other decimals, for axis ticks that need more or fewer. */
    ValueFormat withDecimals(int newDecimals) {
        return new ValueFormat(newDecimals, unit, signed, locale, seconds);
    }
}
