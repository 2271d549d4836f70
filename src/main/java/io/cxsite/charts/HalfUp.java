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
        if (!(Math.abs(scaled) < SMALL) || Math.abs(scaled - Math.floor(scaled) - 0.5) < NEAR_TIE) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        long rounded = Math.round(scaled);
        String digits = Long.toString(Math.abs(rounded));
        StringBuilder out = new StringBuilder(digits.length() + 3);
        if (rounded < 0) {
            out.append('-');
        }
        if (decimals == 0) {
            return out.append(digits).toString();
        }
        for (int pad = digits.length(); pad <= decimals; pad++) {
            out.append('0');
        }
        out.append(digits);
        out.insert(out.length() - decimals, '.');
        return out.toString();
    }

    /**
     * {@code value} rounded to {@code decimals} without trailing zeros, and {@code 0} for any zero:
     * {@code 12}, {@code 12.5}, {@code -0.2}, as BigDecimal's {@code stripTrailingZeros().toPlainString()}.
     */
    static String shortest(double value, int decimals) {
        String rounded = plain(value, decimals);
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
