package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void signedScoresCarryAPlusAndARealMinus() {
        ValueFormat nps = ValueFormat.signed(1, "");
        assertEquals("+31.5", nps.format(31.5));
        assertEquals("\u221212.0", nps.format(-12.0));
        assertEquals("0.0", nps.format(0.0));
    }

    @Test
    void valueThatRoundsToZeroHasNoSign() {
        assertEquals("0.0", ValueFormat.signed(1, "").format(-0.04));
        assertEquals("0.0", ValueFormat.of(1, "").plain(-0.04));
        assertEquals("0", ValueFormat.of(0, "").plain(-0.0));
    }

    @Test
    void unitIsAppendedAsGiven() {
        assertEquals("52%", ValueFormat.of(0, "%").format(52.0));
        assertEquals("4.5 min", ValueFormat.of(1, " min").format(4.5));
    }

    @Test
    void roundsHalfUpOnTheShortestDecimal() {
        // 0.15 is stored as 0.1499999...; readers expect 0.2
        assertEquals("0.2", ValueFormat.of(1, "").format(0.15));
        assertEquals("2.68", ValueFormat.of(2, "").format(2.675));
        assertEquals("1,235", ValueFormat.of(0, "").format(1234.5));
    }

    @Test
    void plainIsForMachines() {
        ValueFormat nps = ValueFormat.signed(1, "%");
        assertEquals("-4.5", nps.plain(-4.5));
        assertEquals("31.5", nps.plain(31.5));
        assertEquals("1234567.0", nps.plain(1234567.0));
    }

    @Test
    void missingValues() {
        assertEquals("\u2013", ValueFormat.of(0, "%").format(null));
        assertEquals("", ValueFormat.of(0, "%").plain(null));
    }

    @Test
    void rejectsUnreasonableDecimals() {
        assertThrows(IllegalArgumentException.class, () -> ValueFormat.of(-1, ""));
        assertThrows(IllegalArgumentException.class, () -> ValueFormat.of(7, ""));
    }
}
