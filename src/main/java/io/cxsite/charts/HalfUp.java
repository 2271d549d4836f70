package io.cxsite.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds a double half up on its shortest decimal form, as {@code BigDecimal.valueOf(v).setScale(d,
 * HALF_UP)} does (so 0.15 becomes 0.2), without making a BigDecimal for the usual value: every
 * coordinate and label of every chart is rounded, thousands per page. A value that is not small, or
 * lies so near a tie that the double's arithmetic cannot tell the side, takes the BigDecimal way.
 */
final class HalfUp {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Below this, {@code value * 10^d} is within 3e-7 of the decimal form's product (two roundings of 2^-53). */
    private static final double SMALL = 1e9;
    private static final double NEAR_TIE = 1e-6;

    private HalfUp() {
    }

    /** {@code value} rounded to {@code decimals} (0 to 6), written plainly: {@code -4.0}, {@code 12}, {@code 0.2}. */
    static String plain(double value, int decimals) {
        double scaled = value * POWERS[decimals];
        if (!isSafe(scaled)) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        long rounded = Math.round(scaled);
        if (decimals == 0) {
            return Long.toString(rounded);
        }
        long abs = Math.abs(rounded);
        return write(rounded < 0, abs / POWERS[decimals], abs % POWERS[decimals], decimals);
    }

    /**
     * {@code value} rounded to {@code decimals} without trailing zeros, and {@code 0} for any zero:
     * {@code 12}, {@code 12.5}, {@code -0.2}, as BigDecimal's {@code stripTrailingZeros().toPlainString()}.
     */
    static String shortest(double value, int decimals) {
        double scaled = value * POWERS[decimals];
        if (!isSafe(scaled)) {
            return stripped(plain(value, decimals));
        }
        // Every coordinate of every chart comes this way: digits written straight from the long.
        long rounded = Math.round(scaled);
        long abs = Math.abs(rounded);
        long fraction = abs % POWERS[decimals];
        if (fraction == 0) {
            return Long.toString(rounded / POWERS[decimals]);
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        return write(rounded < 0, abs / POWERS[decimals], fraction, digits);
    }

    // Small enough for the double's arithmetic, and not so near a tie that it cannot tell the side.
    private static boolean isSafe(double scaled) {
        return Math.abs(scaled) < SMALL && Math.abs(scaled - Math.floor(scaled) - 0.5) >= NEAR_TIE;
    }

    // "-12.05": the sign, the whole part, and the fraction as exactly that many digits.
    private static String write(boolean negative, long whole, long fraction, int digits) {
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        out.append(whole).append('.');
        for (long place = POWERS[digits - 1]; place > 1 && fraction < place; place /= 10) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }

    // BigDecimal's way for the rare value that took it: trailing zeros and a zero's sign dropped.
    private static String stripped(String rounded) {
        if (isZero(rounded)) {
            return "0";
        }
        if (rounded.indexOf('.') < 0) {
            return rounded;
        }
        int end = rounded.length();
        while (rounded.charAt(end - 1) == '0') {
            end--;
        }
        return rounded.substring(0, rounded.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /** Whether {@code plain}, as {@link #plain} writes it, is zero: no sign and no digit but 0. */
    static boolean isZero(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
