package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods sort by start, then kind, then end, for every pair of kinds, across year and week-year boundaries. */
class PeriodOrderTest {
    private static final Comparator<Period> BY_DATES = Comparator.comparing(Period::start)
            .thenComparing(Period::kind).thenComparing(Period::end);

    @Test
    void everyPairComparesAsTheirDatesDo() {
        List<Period> all = new ArrayList<>();
        for (int year = 2019; year <= 2027; year++) {
            all.add(new Period(Period.Kind.YEAR, year, 0));
            for (int q = 1; q <= 4; q++) {
                all.add(new Period(Period.Kind.QUARTER, year, q));
            }
            for (int m = 1; m <= 12; m++) {
                all.add(Period.month(year, m));
            }
        }
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() <= 2027; day = day.plusDays(7)) {
            all.add(Period.weekOf(day));
        }
        for (Period a : all) {
            for (Period b : all) {
                assertEquals(Integer.signum(BY_DATES.compare(a, b)), Integer.signum(a.compareTo(b)), a + " vs " + b);
            }
        }
    }

    @Test
    void aYearComesBeforeItsFirstQuarterAndThatBeforeItsFirstMonthAndWeek() {
        List<Period> periods = new ArrayList<>(List.of(Period.weekOf(LocalDate.of(2024, 1, 1)), Period.month(2024, 1),
                new Period(Period.Kind.QUARTER, 2024, 1), new Period(Period.Kind.YEAR, 2024, 0),
                Period.weekOf(LocalDate.of(2023, 12, 31))));
        periods.sort(null);
        assertEquals(List.of("2023-W52", "2024", "2024-Q1", "2024-01", "2024-W01"),
                periods.stream().map(Period::key).toList());
    }
}
