package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Period keys, bounds, neighbours and labels where calendars are awkward: ISO weeks, year ends, leap days. */
class PeriodTest {
    private static Period parse(String key) {
        return Period.parse(key).orElseThrow();
    }

    @Test
    void aWeekBelongsToItsWeekBasedYear() {
        assertEquals("2026-W53", Period.weekOf(LocalDate.of(2027, 1, 1)).key(), "Friday 1 January 2027");
        assertEquals("2025-W01", Period.weekOf(LocalDate.of(2024, 12, 30)).key(), "Monday 30 December 2024");
        assertEquals("2026-12", Period.monthOf(LocalDate.of(2026, 12, 31)).key());
    }

    @Test
    void week53ExistsOnlyInYearsThatHaveIt() {
        assertEquals(LocalDate.of(2026, 12, 28), parse("2026-W53").start());
        assertEquals(LocalDate.of(2027, 1, 3), parse("2026-W53").end());
        assertEquals(Optional.empty(), Period.parse("2025-W53"), "2025 has 52 ISO weeks");
        assertEquals(Optional.empty(), Period.parse("2026-W00"));
        assertEquals(Optional.empty(), Period.parse("2026-00"));
        assertEquals(Optional.of(Period.month(2026, 10)), Period.parse(" 2026-10 "));
    }

    @Test
    void boundsOfEveryKind() {
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
                List.of(parse("2026-Q4").start(), parse("2026-Q4").end()));
        assertEquals(LocalDate.of(2028, 2, 29), parse("2028-02").end(), "a leap February");
        assertEquals(LocalDate.of(2026, 12, 31), parse("2026").end());
        assertEquals(LocalDate.of(2026, 10, 5), parse("2026-W41").start(), "weeks start on Monday");
    }

    @Test
    void everyDayLiesInTheWeekThatWeekOfNames() {
        for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2041, 2, 1)); day = day.plusDays(1)) {
            Period week = Period.weekOf(day);
            assertEquals(java.time.DayOfWeek.MONDAY, week.start().getDayOfWeek(), week.key());
            assertEquals(true, !day.isBefore(week.start()) && !day.isAfter(week.end()), day + " in " + week.key());
        }
    }

    @Test
    void keysPadMonthsAndWeeksToTwoDigits() {
        assertEquals(List.of("2026-03", "2026-W05", "2026-Q1", "2026", "W05 2026", "999-12"),
                List.of(parse("2026-03").key(), parse("2026-W05").key(), parse("2026-Q1").key(), parse("2026").key(),
                        parse("2026-W05").shortLabel(), Period.month(999, 12).key()));
        assertEquals("2026-12", Period.month(2026, 12).key());
    }

    @Test
    void equalPeriodsAreOneKey() {
        java.util.Set<Period> seen = new java.util.HashSet<>();
        for (String key : List.of("2026", "2026-Q1", "2026-01", "2026-W01", "2026-W53")) {
            seen.add(parse(key));
        }
        assertEquals(5, seen.size(), "a year, its first quarter, month and two weeks are five periods");
        assertEquals(true, seen.contains(Period.month(2026, 1)));
        assertEquals(false, seen.contains(Period.month(2026, 2)));
        assertEquals(false, parse("2026-01").equals(parse("2026-W01")));
    }

    @Test
    void previousCrossesYearEnds() {
        assertEquals("2025-Q4", parse("2026-Q1").previous().key());
        assertEquals("2025-12", parse("2026-01").previous().key());
        assertEquals("2026-W53", parse("2027-W01").previous().key());
        assertEquals("2025-W52", parse("2026-W01").previous().key());
        assertEquals("2025", parse("2026").previous().key());
    }

    @Test
    void monthsBelongToTheirQuarterAndYear() {
        assertEquals(List.of("2026-Q1", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                List.of(3, 1, 4, 9, 12).stream().map(m -> Period.month(2026, m).quarter().key()).toList());
        assertEquals(List.of("2026-04", "2026-05", "2026-06"), parse("2026-Q2").months().stream().map(Period::key)
                .toList());
        assertEquals(12, parse("2026").months().size());
        assertEquals(List.of(), parse("2026-W41").months(), "a week is made of no months");
        assertEquals(parse("2026"), Period.month(2026, 7).asYear());
    }

    @Test
    void labelsForHeadingsAndAxes() {
        assertEquals("October 2026", parse("2026-10").label());
        assertEquals("Oct 2026", parse("2026-10").shortLabel());
        assertEquals("Week 5, 2026", parse("2026-W05").label());
        assertEquals("W05 2026", parse("2026-W05").shortLabel());
        assertEquals("Q3 2026", parse("2026-Q3").label());
        assertEquals("2026", parse("2026").label());
    }
}
