package io.cxsite.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month {@code 2026-10}, a quarter {@code 2026-Q3}, an ISO week
 * {@code 2026-W41} or a year {@code 2026}. Periods sort by their first day, the longer first.
 */
public record Period(Kind kind, int year, int number) implements Comparable<Period> {
    public enum Kind { YEAR, QUARTER, MONTH, WEEK }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|W(\\d{2})))?");
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::kind).thenComparing(Period::end);

    /** Parses a period key; empty when it is not one of the four forms or names no real period. */
    public static Optional<Period> parse(String key) {
        Matcher m = FORMAT.matcher(key.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(new Period(Kind.MONTH, year, month)) : Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(Kind.QUARTER, year, Integer.parseInt(m.group(3))));
        }
        if (m.group(4) != null) {
            int week = Integer.parseInt(m.group(4));
            int weeks = (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            return week >= 1 && week <= weeks ? Optional.of(new Period(Kind.WEEK, year, week)) : Optional.empty();
        }
        return Optional.of(new Period(Kind.YEAR, year, 0));
    }

    /** The month {@code day} is in. */
    public static Period monthOf(LocalDate day) {
        return month(day.getYear(), day.getMonthValue());
    }

    /** The ISO week {@code day} is in (its year is the week-based year: 2027-01-01 is in 2026-W53). */
    public static Period weekOf(LocalDate day) {
        return new Period(Kind.WEEK, day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    /** The key as written in file names and JSON: {@code 2026-10}, {@code 2026-Q3}, {@code 2026-W41}, {@code 2026}. */
    public String key() {
        return switch (kind) {
            case MONTH -> year + "-" + twoDigits(number);
            case QUARTER -> year + "-Q" + number;
            case WEEK -> year + "-W" + twoDigits(number);
            case YEAR -> Integer.toString(year);
        };
    }

    /** A short label for chart axes: {@code Oct 2026}, {@code Q3 2026}, {@code W41 2026}, {@code 2026}. */
    public String shortLabel() {
        return switch (kind) {
            case MONTH -> Month.of(number).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + year;
            case QUARTER -> "Q" + number + " " + year;
            case WEEK -> "W" + twoDigits(number) + " " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** A label for headings: {@code October 2026}, {@code Q3 2026}, {@code Week 41, 2026}, {@code 2026}. */
    public String label() {
        return switch (kind) {
            case MONTH -> Month.of(number).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            case WEEK -> "Week " + number + ", " + year;
            default -> shortLabel();
        };
    }

    public LocalDate start() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, number * 3 - 2, 1);
            // ISO 8601: week 1 is the week with 4 January in it, and weeks start on Monday.
            case WEEK -> LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(number - 1L);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (kind) {
            case MONTH -> start().with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case WEEK -> start().plusDays(6);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The months a quarter or a year is made of; empty for months and weeks. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        if (kind == Kind.QUARTER) {
            for (int m = number * 3 - 2; m <= number * 3; m++) {
                months.add(month(year, m));
            }
        } else if (kind == Kind.YEAR) {
            for (int m = 1; m <= 12; m++) {
                months.add(month(year, m));
            }
        }
        return months;
    }

    /** The quarter a month belongs to. */
    public Period quarter() {
        return new Period(Kind.QUARTER, year, (start().getMonthValue() + 2) / 3);
    }

    public Period asYear() {
        return new Period(Kind.YEAR, year, 0);
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return switch (kind) {
            case MONTH -> number == 1 ? month(year - 1, 12) : month(year, number - 1);
            case QUARTER -> number == 1 ? new Period(Kind.QUARTER, year - 1, 4) : new Period(Kind.QUARTER, year, number - 1);
            case WEEK -> weekOf(start().minusDays(7));
            case YEAR -> new Period(Kind.YEAR, year - 1, 0);
        };
    }

    /**
     * By start, then kind (a year before its first quarter, that before its first month), then end.
     * Snapshots are looked up in sorted maps by period, so this runs often: it makes dates only when
     * a week meets another kind. Periods of one kind follow their year and number; the others all
     * start on the first of a month.
     */
    @Override
    public int compareTo(Period other) {
        if (kind == other.kind) {
            int byYear = Integer.compare(year, other.year);
            return byYear != 0 || kind == Kind.YEAR ? byYear : Integer.compare(number, other.number);
        }
        if (kind == Kind.WEEK || other.kind == Kind.WEEK) {
            return ORDER.compare(this, other);
        }
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(firstMonth(), other.firstMonth());
        return byMonth != 0 ? byMonth : kind.compareTo(other.kind);
    }

    // A month or week number as keys write it: 01 to 53.
    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** The month a year, quarter or month starts in. */
    private int firstMonth() {
        return switch (kind) {
            case YEAR -> 1;
            case QUARTER -> number * 3 - 2;
            default -> number;
        };
    }

    // Written out rather than left to the record: periods are the keys of every snapshot lookup.
    @Override
    public boolean equals(Object other) {
        return other instanceof Period p && p.kind == kind && p.year == year && p.number == number;
    }

    @Override
    public int hashCode() {
        return (kind.ordinal() * 31 + year) * 64 + number;
    }

    @Override
    public String toString() {
        return key();
    }
}
