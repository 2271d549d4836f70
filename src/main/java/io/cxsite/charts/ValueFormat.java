package io.cxsite.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a chart writes its numbers: a fixed number of decimals, a unit appended as it is, and for
 * scores such as NPS a sign on positive values. Rounding is half up on the shortest decimal form
 * of the double, so 0.15 becomes 0.2; no locale is involved, and a value that rounds to zero has no
 * sign.
 *
 * @param unit text appended to every value for readers, e.g. {@code ""}, {@code "%"}, {@code " min"}
 */
public record ValueFormat(int decimals, String unit, boolean signed) {
    /** What readers see for a missing value. */
    public static final String MISSING = "\u2013";

    public ValueFormat {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, not " + decimals);
        }
        Objects.requireNonNull(unit, "unit");
    }

    public static ValueFormat of(int decimals, String unit) {
        return new ValueFormat(decimals, unit, false);
    }

    /** Positive values with a plus sign, as NPS is written: {@code +31.5}. */
    public static ValueFormat signed(int decimals, String unit) {
        return new ValueFormat(decimals, unit, true);
    }

    /** For readers: {@code +31.5%}, {@code −4.0 min} (with a real minus sign), {@code –} when missing. */
    public String format(Double value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal rounded = round(value);
        String digits = rounded.abs().toPlainString();
        String sign = switch (rounded.signum()) {
            case -1 -> "\u2212";
            case 1 -> signed ? "+" : "";
            default -> "";
        };
        return sign + digits + unit;
    }

    /** For machines: {@code 31.5}, {@code -4.0}, without unit or plus sign; empty when missing. */
    public String plain(Double value) {
        return value == null ? "" : round(value).toPlainString();
    }

    /** The same format with other decimals, for axis ticks that need more or fewer. */
    ValueFormat withDecimals(int newDecimals) {
        return new ValueFormat(newDecimals, unit, signed);
    }

    // BigDecimal has no negative zero, so -0.04 at one decimal prints as 0.0.
    private BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
