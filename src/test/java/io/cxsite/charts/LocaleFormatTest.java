package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LocaleFormatTest {
    private static final LocaleFormat EN = LocaleFormat.of("en");
    private static final LocaleFormat SV = LocaleFormat.of("sv");
    private static final LocaleFormat NB = LocaleFormat.of("nb");

    @Test
    void englishGroupsThousandsWithCommasAndMarksDecimalsWithAPoint() {
        assertEquals("10,300", EN.number(10_300, 0));
        assertEquals("8,000", EN.number(8000, 0));
        assertEquals("1,234,567.9", EN.number(1_234_567.89, 1));
        assertEquals("32.0", EN.number(32, 1));
        assertEquals("+32.0", EN.signed(32, 1));
        assertEquals("\u22124.5", EN.signed(-4.5, 1));
    }

    @Test
    void swedishGroupsWithANoBreakSpaceAndMarksDecimalsWithAComma() {
        assertEquals("10\u00a0300", SV.number(10_300, 0));
        assertEquals("8\u00a0000", SV.number(8000, 0));
        assertEquals("32,0", SV.number(32, 1));
        assertEquals("+32,0", SV.signed(32, 1));
        assertEquals("\u22121\u00a0234,5", SV.number(-1234.5, 1));
        assertEquals("okt. 2026", SV.month(YearMonth.of(2026, 10)));
    }

    @Test
    void norwegianBokmalWritesNumbersAsSwedishDoes() {
        assertEquals("10\u00a0300", NB.number(10_300, 0));
        assertEquals("32,0", NB.number(32, 1));
        assertEquals("okt. 2026", NB.month(YearMonth.of(2026, 10)));
        assertEquals("1,6 h", NB.duration(5760));
    }

    @Test
    void smallNumbersAreNotGroupedAndZeroHasNoSign() {
        assertEquals("999", SV.number(999, 0));
        assertEquals("0.0", EN.signed(-0.04, 1));
        assertEquals("0,0", SV.signed(0.04, 1));
    }

    @Test
    void durationsTakeTheLargestUnitAndOneDecimalOnlyBelowTen() {
        assertEquals("55 s", EN.duration(55));
        assertEquals("48 s", EN.duration(48.3));
        assertEquals("3 min", EN.duration(180));
        assertEquals("52 min", EN.duration(51.7 * 60));
        assertEquals("1.6 h", EN.duration(5760));
        assertEquals("1.3 d", EN.duration(1.3 * 86_400));
        assertEquals("1,6 h", SV.duration(5760));
    }

    @Test
    void monthsInEnglish() {
        assertEquals("Oct 2026", EN.month(YearMonth.of(2026, 10)));
    }

    @Test
    void chartValuesFollowTheirLanguage() {
        assertEquals("10\u00a0300", ValueFormat.of(0, "").in(SV).format(10_300.0));
        assertEquals("+31,5", ValueFormat.signed(1, "").in(NB).format(31.5));
        assertEquals("83,1 %", ValueFormat.of(1, " %").in(SV).format(83.1));
        assertEquals("10300", ValueFormat.of(0, "").in(SV).plain(10_300.0), "machines read plain numbers");
        assertEquals("55 s", ValueFormat.durations().format(55.0));
    }
}
