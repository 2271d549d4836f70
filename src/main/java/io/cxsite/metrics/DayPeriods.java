package io.cxsite.metrics;

import java.time.LocalDate;

/**
 * The month, quarter and ISO week of the day last asked about, worked out again only when the day
 * changes: export counts come in day order, some 200 cells a day, so that a large export's
 * 160,000 cells need only a few hundred days' periods.
 */
final class DayPeriods {
    private LocalDate day;
    private Period month;
    private Period quarter;
    private Period week;

    /** Moves to {@code date}; true when it is another day than the last. */
    boolean at(LocalDate date) {
        if (date.equals(day)) {
            return false;
        }
        day = date;
        month = Period.monthOf(date);
        quarter = null;
        week = null;
        return true;
    }

    Period month() {
        return month;
    }

    Period quarter() {
        if (quarter == null) {
            quarter = month.quarter();
        }
        return quarter;
    }

    Period week() {
        if (week == null) {
            week = Period.weekOf(day);
        }
        return week;
    }
}
