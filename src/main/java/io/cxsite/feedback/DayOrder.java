package io.cxsite.feedback;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The orders the built-in date forms write a calendar day in, told apart by its separator and the lengths of its numbers. */
enum DayOrder {
    /** {@code 2026-07-01}, {@code 2026/10/05}: a four-digit year first, whatever the separator. */
    YEAR_MONTH_DAY,
    /** {@code 10/05/2026}, {@code 10/5/26}: slashes put the month first (US tools). */
    MONTH_DAY_YEAR,
    /** {@code 05.10.2026}, {@code 5-10-26}: dots or dashes put the day first (Nordic tools). */
    DAY_MONTH_YEAR;

    /** The order of a date whose first number has {@code firstLength} digits and last {@code lastLength}; null for none. */
    static DayOrder of(char separator, int firstLength, int lastLength) {
        if (firstLength == 4) {
            return YEAR_MONTH_DAY;
        }
        if (firstLength > 2 || (lastLength != 4 && lastLength != 2)) {
            return null;
        }
        return separator == '/' ? MONTH_DAY_YEAR : DAY_MONTH_YEAR;
    }

    /** The day the three numbers name in this order; a two-digit year is in this century; null for no such day. */
    LocalDate date(int a, int b, int c, int lastLength) {
        int year = this == YEAR_MONTH_DAY ? a : lastLength == 2 ? 2000 + c : c;
        try {
            return switch (this) {
                case YEAR_MONTH_DAY -> LocalDate.of(year, b, c);
                case MONTH_DAY_YEAR -> LocalDate.of(year, a, b);
                case DAY_MONTH_YEAR -> LocalDate.of(year, b, a);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }
}
