package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Axis ticks are round numbers: steps of 1, 2, 2.5 or 5 times a power of ten, at most six intervals. */
class ScaleTest {

    private static List<String> ticks(double lo, double hi) {
        Scale scale = Scale.nice(lo, hi, 6);
        ValueFormat format = ValueFormat.of(scale.decimals(), "");
        return scale.ticks().stream().map(format::plain).toList();
    }

    @Test
    void coversNegativeAndPositiveDataWithZeroAsATick() {
        // step 10 would need 7 intervals (-20..50), so 20 it is
        assertEquals(List.of("-20", "0", "20", "40", "60"), ticks(-12, 47));
    }

    @Test
    void npsTrendAxis() {
        assertEquals(List.of("10", "15", "20", "25", "30", "35"), ticks(12, 35));
    }

    @Test
    void percentagesFromZeroToHundred() {
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), ticks(0, 100));
    }

    @Test
    void fullNpsRange() {
        assertEquals(List.of("-100", "-50", "0", "50", "100"), ticks(-100, 100));
    }

    @Test
    void usesTwoAndAHalfWhenItFitsBest() {
        assertEquals(List.of("0.0", "2.5", "5.0", "7.5", "10.0", "12.5"), ticks(0, 12.1));
    }

    @Test
    void smallFractions() {
        assertEquals(List.of("0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"), ticks(0.3, 0.87));
    }

    @Test
    void widensAFlatSeriesAroundItsValue() {
        assertEquals(List.of("27", "28", "29", "30", "31", "32", "33"), ticks(30, 30));
        assertEquals(List.of("-1.0", "-0.5", "0.0", "0.5", "1.0"), ticks(0, 0));
    }

    @Test
    void decimalsFollowTheStep() {
        assertEquals(0, new Scale(0, 100, 20).decimals());
        assertEquals(1, new Scale(0, 10, 2.5).decimals());
        assertEquals(2, new Scale(0, 1, 0.25).decimals());
    }
}
