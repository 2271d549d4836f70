package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

    @Test
    void rejectsASeriesThatDoesNotMatchTheLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartSamples.line("a", List.of("Jan", "Feb"), 1.0));
        assertEquals("series 'NPS' has 1 values for 2 labels", e.getMessage());
    }

    @Test
    void rejectsABandThatDoesNotMatchTheLabels() {
        assertThrows(IllegalArgumentException.class, () -> new ChartSpec("a", ChartKind.LINE, "", "", List.of("Jan"),
                List.of(), Optional.of(new Band("MoE", List.of(1.0), List.of())), OptionalDouble.empty(), "",
                ValueFormat.of(0, "")));
    }

    @Test
    void dotsTakeNoBand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec("a",
                ChartKind.DOTS, "", "", List.of("Chat"), List.of(new Series("NPS", List.of(1.0))),
                Optional.of(new Band("MoE", List.of(0.0), List.of(2.0))), OptionalDouble.empty(), "",
                ValueFormat.of(0, "")));
        assertEquals("DOTS draws no band; leave out 'MoE'", e.getMessage());
    }

    @Test
    void aScatterChartHasAnXAndAYSeries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec("a",
                ChartKind.SCATTER, "", "", List.of("Chat"), List.of(new Series("Share", List.of(1.0))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, "")));
        assertEquals("a scatter chart has two series, x then y, not 1", e.getMessage());
    }

    @Test
    void idMustWorkAsXmlIdAndCssSelector() {
        assertThrows(IllegalArgumentException.class, () -> ChartSamples.line("2026-q1", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ChartSamples.line("a b", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ChartSamples.line("a\"><script>", List.of()));
        assertEquals("q1_2026-nps", ChartSamples.line("q1_2026-nps", List.of()).id());
    }

    @Test
    void notANumberIsMissing() {
        Series s = new Series("x", Arrays.asList(1.0, Double.NaN, Double.POSITIVE_INFINITY, null));
        assertEquals(Arrays.asList(1.0, null, null, null), s.values());
    }

    @Test
    void keepsItsOwnCopyOfTheValues() {
        List<Double> values = new ArrayList<>(List.of(1.0, 2.0));
        Series s = new Series("x", values);
        values.set(0, 99.0);
        assertEquals(List.of(1.0, 2.0), s.values());
        assertThrows(UnsupportedOperationException.class, () -> s.values().set(0, 5.0));
    }

    @Test
    void hasDataWhenAnySeriesHasAValue() {
        assertTrue(ChartSamples.line("a", List.of("Jan", "Feb"), null, 3.0).hasData());
        assertFalse(ChartSamples.line("a", List.of("Jan", "Feb"), null, null).hasData());
        assertFalse(ChartSamples.line("a", List.of()).hasData());
    }
}
