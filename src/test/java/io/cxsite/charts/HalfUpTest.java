package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The quick rounding writes exactly what BigDecimal's half-up rounding of the shortest decimal form writes. */
class HalfUpTest {
    private static void same(double value, int decimals) {
        String expected = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        assertEquals(expected, HalfUp.plain(value, decimals), value + " at " + decimals + " decimals");
    }

    @Test
    void tiesGoAwayFromZeroOnTheDecimalFormNotOnTheBinaryValue() {
        assertEquals("0.2", HalfUp.plain(0.15, 1), "0.15 is a little below 0.15 in binary");
        assertEquals("4.4", HalfUp.plain(4.35, 1), "4.35 * 10 is 43.49999999999999 in doubles");
        assertEquals("-2.3", HalfUp.plain(-2.25, 1));
        assertEquals("0.0", HalfUp.plain(-0.04, 1), "no negative zero");
        assertEquals("0.03", HalfUp.plain(0.025, 2));
        assertEquals("-12", HalfUp.plain(-11.5, 0));
        assertEquals("1234567.000000", HalfUp.plain(1234567, 6));
    }

    @Test
    void agreesWithBigDecimalOnValuesOfEveryScale() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(7);
            double magnitude = Math.pow(10, random.nextInt(-4, 13));
            double value = (random.nextDouble() * 2 - 1) * magnitude;
            same(value, decimals);
            // Values written with a few decimals, as snapshot files and averages give them, ties among them.
            double written = Math.round(value * 1000) / 1000.0;
            same(written, decimals);
            same(Math.round(value * 20) / 20.0 + 0.005 * random.nextInt(3), decimals);
        }
        for (double edge : new double[] {0.0, -0.0, 0.5, -0.5, 1e9, -1e9, 99_999.95, 1e-9, Double.MAX_VALUE, Double.MIN_VALUE}) {
            for (int decimals = 0; decimals <= 6; decimals++) {
                same(edge, decimals);
            }
        }
    }

    @Test
    void shortestDropsTrailingZerosAsBigDecimalDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            int decimals = 1 + random.nextInt(2);
            double value = Math.round((random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(0, 6)) * 100) / 100.0;
            BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
            String expected = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
            assertEquals(expected, HalfUp.shortest(value, decimals), value + " at " + decimals);
        }
        assertEquals("10", HalfUp.shortest(10.001, 2));
        assertEquals("-0.2", HalfUp.shortest(-0.2, 2));
        assertEquals("0", HalfUp.shortest(-0.001, 2));
    }

    @Test
    void zeroIsAnyPlainZero() {
        assertEquals(true, HalfUp.isZero("0.00"));
        assertEquals(true, HalfUp.isZero("0"));
        assertEquals(false, HalfUp.isZero("0.01"));
        assertEquals(false, HalfUp.isZero("-1"));
    }
}
