package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates survey tools write, and the day each one is in the site's zone. */
class ExportDatesTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** A Stockholm site reading an export written in Stockholm time (the case without a zone in the file). */
    private static final ExportDates IN_STOCKHOLM = new ExportDates(STOCKHOLM, STOCKHOLM, Optional.empty());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # ISO, with or without a time, T or space, seconds and fractions
            2026-07-01                      | 2026-07-01
            2026-07-01 07:56:22             | 2026-07-01
            2026-07-01T07:56                | 2026-07-01
            2026/10/05                      | 2026-10-05
            # an offset makes an instant: Stockholm is two hours ahead of UTC in summer
            2026-06-30T21:59:59Z            | 2026-06-30
            2026-06-30T22:24:27Z            | 2026-07-01
            2026-06-30T22:24:27.517Z        | 2026-07-01
            2026-06-30T22:24:27+02:00       | 2026-06-30
            2026-06-30T22:24:27+0000        | 2026-07-01
            2026-06-30T23:30:00-07:00       | 2026-07-01
            2026-06-30 22:24:27 UTC         | 2026-07-01
            2026-06-30 22:24:27 GMT         | 2026-07-01
            2026-06-30 23:30 UTC+01:00      | 2026-07-01
            # US: slashes put the month first; AM and PM in either case
            10/05/2026 02:14:36 PM          | 2026-10-05
            10/05/2026 2:14 pm              | 2026-10-05
            10/07/2026 12:03:19 AM          | 2026-10-07
            10/5/26                         | 2026-10-05
            # Nordic: dots or dashes put the day first; Norwegians may write 14.02 and end the date with a dot
            05.10.2026 14:02                | 2026-10-05
            5.10.2026                       | 2026-10-05
            05.10.2026 14.02                | 2026-10-05
            5.10.2026.                      | 2026-10-05
            05.10.26                        | 2026-10-05
            05-10-2026                      | 2026-10-05
            29.02.2028                      | 2028-02-29
            # Unix time: 10 digits are seconds, 13 are milliseconds
            1791187200                      | 2026-10-05
            1791238500                      | 2026-10-06
            1791238500000                   | 2026-10-06
            """)
    void readsTheBuiltInForms(String text, String day) {
        assertEquals(LocalDate.parse(day), IN_STOCKHOLM.day(text));
    }

    @ParameterizedTest(name = "''{0}'' is not a date")
    @ValueSource(strings = {"", "yesterday", "2026-02-30", "2026-13-01", "32.09.2026", "29.02.2026", "13/05/2026",
        "10/05/2026 13:00 PM", "10/05/2026 00:10 AM", "2026-10-05 25:00", "2026-10-05 14:60",
        "2026-10-05T14:02:11+25:00", "2026-10-05 14:02 CEST", "05.10.202", "2026-10-05 14"})
    void refusesWhatIsNotADate(String text) {
        assertNull(IN_STOCKHOLM.day(text));
    }

    @Test
    void twelveAmIsMidnightAndTwelvePmIsNoon() {
        // Read in a UTC site, a Stockholm time just after midnight falls on the day before.
        ExportDates utcSite = new ExportDates(ZoneOffset.UTC, STOCKHOLM, Optional.empty());

        assertEquals(LocalDate.of(2026, 10, 6), utcSite.day("10/07/2026 12:03:19 AM"), "00:03 is 22:03 UTC");
        assertEquals(LocalDate.of(2026, 10, 7), utcSite.day("10/07/2026 12:45:10 PM"), "12:45 is 10:45 UTC");
        assertEquals(LocalDate.of(2026, 10, 6), utcSite.day("10/07/2026 01:59 AM"), "01:59 is 23:59 UTC");
    }

    @Test
    void daysTurnAtStockholmMidnightOnBothSidesOfSummerTime() {
        // Summer time begins 29 March 2026 at 01:00 UTC and ends 25 October 2026 at 01:00 UTC.
        assertEquals(LocalDate.of(2026, 3, 28), IN_STOCKHOLM.day("2026-03-28T22:59:59Z"), "23:59:59 CET");
        assertEquals(LocalDate.of(2026, 3, 29), IN_STOCKHOLM.day("2026-03-28T23:00:00Z"), "00:00 CET");
        assertEquals(LocalDate.of(2026, 3, 29), IN_STOCKHOLM.day("2026-03-29T21:59:59Z"), "23:59:59 CEST");
        assertEquals(LocalDate.of(2026, 3, 30), IN_STOCKHOLM.day("2026-03-29T22:00:00Z"), "00:00 CEST");
        assertEquals(LocalDate.of(2026, 10, 24), IN_STOCKHOLM.day("2026-10-24T21:59:59Z"), "23:59:59 CEST");
        assertEquals(LocalDate.of(2026, 10, 25), IN_STOCKHOLM.day("2026-10-24T22:00:00Z"), "00:00 CEST");
        assertEquals(LocalDate.of(2026, 10, 25), IN_STOCKHOLM.day("2026-10-25T22:59:59Z"), "23:59:59 CET");
        assertEquals(LocalDate.of(2026, 10, 26), IN_STOCKHOLM.day("2026-10-25T23:00:00Z"), "00:00 CET");
    }

    @Test
    void localTimesInTheHourSummerTimeSkipsOrRepeatsStillHaveADay() {
        ExportDates utcSite = new ExportDates(ZoneOffset.UTC, STOCKHOLM, Optional.empty());

        assertEquals(LocalDate.of(2026, 3, 28), utcSite.day("2026-03-29 00:30"), "00:30 CET is 23:30 UTC");
        assertEquals(LocalDate.of(2026, 3, 29), utcSite.day("2026-03-29 02:30"), "a time that never was");
        assertEquals(LocalDate.of(2026, 10, 25), utcSite.day("2026-10-25 02:30"), "a time that was twice");
        assertEquals(LocalDate.of(2026, 10, 24), utcSite.day("2026-10-25 01:30"), "01:30 CEST is 23:30 UTC");
    }

    @Test
    void theExportsZoneMovesLocalTimesAndLeavesInstantsAlone() {
        ExportDates writtenInUtc = new ExportDates(STOCKHOLM, ZoneOffset.UTC, Optional.empty());

        assertEquals(LocalDate.of(2026, 10, 6), writtenInUtc.day("2026-10-05 23:30:00"), "01:30 in Stockholm");
        assertEquals(LocalDate.of(2026, 10, 5), writtenInUtc.day("2026-10-05 21:59:59"), "23:59:59 in Stockholm");
        assertEquals(LocalDate.of(2026, 10, 5), writtenInUtc.day("2026-10-05"), "a day without a time stays");
        assertEquals(LocalDate.of(2026, 10, 5), writtenInUtc.day("2026-10-05T23:30:00+02:00"), "an offset wins");
    }

    @Test
    void aSiteYamlPatternReadsDayFirstSlashesAndRefusesDaysThatDoNotExist() {
        ExportDates dates = new ExportDates(STOCKHOLM, STOCKHOLM, Optional.of("d/M/yyyy H:mm"));

        assertEquals(LocalDate.of(2026, 10, 5), dates.day("5/10/2026 14:02"));
        assertEquals(LocalDate.of(2026, 10, 13), dates.day("13/10/2026 10:30"));
        assertNull(dates.day("31/9/2026 12:00"), "not 30 September");
        assertNull(dates.day("29/2/2026 12:00"), "not 28 February");
        assertNull(dates.day("2026-10-05"), "the pattern replaces the built-in forms");
    }

    @Test
    void aSiteYamlPatternMayHaveMonthNamesOffsetsOrNoTime() {
        assertEquals(LocalDate.of(2026, 10, 5),
                new ExportDates(STOCKHOLM, STOCKHOLM, Optional.of("dd MMM yyyy")).day("05 Oct 2026"));
        assertEquals(LocalDate.of(2026, 10, 6), new ExportDates(STOCKHOLM, STOCKHOLM,
                Optional.of("uuuu-MM-dd'T'HH:mmXXX")).day("2026-10-05T23:30+00:00"), "an instant");
        assertEquals(LocalDate.of(2026, 10, 6), new ExportDates(STOCKHOLM, ZoneOffset.UTC,
                Optional.of("d/M/yyyy H:mm")).day("5/10/2026 23:15"), "a local time in the export's zone");
        assertEquals(LocalDate.of(2026, 10, 7), new ExportDates(STOCKHOLM, STOCKHOLM,
                Optional.of("MM/dd/yy hh:mm a")).day("10/07/26 12:03 AM"));
    }
}
