package io.cxsite.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Reads the common ISO forms of {@link ExportDates} straight from an export's bytes into an epoch
 * day in the site's zone: {@code 2026-07-01}, {@code 2026-07-01 07:56[:22[.517]]} (a local time,
 * when the export writes the site's zone) and the same with {@code Z} or an offset
 * ({@code +02:00}, {@code +0200}, {@code -07}). Anything else, or a field or date out of range,
 * answers {@link #OTHER}, and the text goes to {@link ExportDates}, which has the last word: for
 * the forms read here both give the same day. The site's offset is kept for the span between two
 * of its transitions, so that rows in date order cost no zone lookup.
 */
final class ByteDates {
    /** Not one of the forms read here. */
    static final long OTHER = Long.MIN_VALUE;

    private final ZoneRules site;
    /** Local times may be read as the site's: the export writes them in its zone. */
    private final boolean localIsSite;
    /** The site's offset in seconds from {@link #offsetFrom} (inclusive) to {@link #offsetTo}. */
    private long offsetFrom = 1;
    private long offsetTo;
    private int offset;
    /** The last calendar day read, as year * 10000 + month * 100 + day, and its epoch day. */
    private int lastDate = -1;
    private long lastDay;
    /** The instants {@code [dayFrom, dayTo)} that fall on {@link #siteDay} in the site's zone, at one offset. */
    private long dayFrom = 1;
    private long dayTo;
    private long siteDay;

    ByteDates(ZoneRules site, boolean localIsSite) {
        this.site = site;
        this.localIsSite = localIsSite;
    }

    /** The epoch day in the site's zone of the date in {@code b[i, n)} (white space stripped), or {@link #OTHER}. */
    long day(byte[] b, int i, int n) {
        if (n - i < 10 || b[i + 4] != '-' || b[i + 7] != '-' || n > i + 10 && isDigit(b[i + 10])) {
            return OTHER;
        }
        int high = twoDigits(b, i);
        int low = twoDigits(b, i + 2);
        int year = high < 0 || low < 0 ? -1 : high * 100 + low;
        int month = twoDigits(b, i + 5);
        int dayOfMonth = twoDigits(b, i + 8);
        if (year < 1000 || month < 1 || month > 12 || dayOfMonth < 1) {
            return OTHER;
        }
        long date = epochDay(year, month, dayOfMonth);
        if (date == OTHER) {
            return OTHER;
        }
        int k = i + 10;
        while (k < n && (b[k] == ' ' || b[k] == 'T' || b[k] == ',')) {
            k++;
        }
        return k == n ? date : timed(b, k, n, date);
    }

    /** The day of a date with a time of day from {@code k}: {@code HH:MM[:SS][.fraction] [Z|offset]}. */
    private long timed(byte[] b, int k, int n, long date) {
        if (n - k < 5 || b[k + 2] != ':') {
            return OTHER;
        }
        int hour = twoDigits(b, k);
        int minute = twoDigits(b, k + 3);
        int second = 0;
        k += 5;
        if (k < n && b[k] == ':') {
            second = n - k >= 3 ? twoDigits(b, k + 1) : -1;
            k += 3;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || k < n && isDigit(b[k])) {
            return OTHER;
        }
        if (k < n && (b[k] == '.' || b[k] == ',')) {
            k++;
            while (k < n && isDigit(b[k])) {
                k++;
            }
        }
        while (k < n && b[k] == ' ') {
            k++;
        }
        long local = date * 86_400 + hour * 3600 + minute * 60 + second;
        if (k == n) {
            return localIsSite ? date : OTHER;
        }
        int offsetSeconds = offset(b, k, n);
        return offsetSeconds == Integer.MIN_VALUE ? OTHER : siteDay(local - offsetSeconds);
    }

    /**
     * {@code Z}, {@code +HH:MM}, {@code +HHMM} or {@code +HH} (or minus) up to the end: the offset in
     * seconds; MIN_VALUE for anything else.
     */
    private static int offset(byte[] b, int k, int n) {
        int none = Integer.MIN_VALUE;
        if (n - k == 1) {
            return b[k] == 'Z' ? 0 : none;
        }
        if (b[k] != '+' && b[k] != '-') {
            return none;
        }
        int length = n - k - 1;
        int hours = length >= 2 ? twoDigits(b, k + 1) : -1;
        int minutes = switch (length) {
            case 2 -> 0;
            case 4 -> twoDigits(b, k + 3);
            case 5 -> b[k + 3] == ':' ? twoDigits(b, k + 4) : -1;
            default -> -1;
        };
        if (hours < 0 || minutes < 0 || minutes > 59 || hours > 18 || hours == 18 && minutes > 0) {
            return none;
        }
        int seconds = hours * 3600 + minutes * 60;
        return b[k] == '-' ? -seconds : seconds;
    }

    /** The epoch day of an instant in the site's zone. */
    private long siteDay(long epochSecond) {
        if (epochSecond >= dayFrom && epochSecond < dayTo) {
            return siteDay;
        }
        if (epochSecond < offsetFrom || epochSecond >= offsetTo) {
            findOffset(epochSecond);
        }
        siteDay = Math.floorDiv(epochSecond + offset, 86_400);
        // the instants of that day at this offset: the next rows, in date order, need no division
        dayFrom = Math.max(offsetFrom, siteDay * 86_400 - offset);
        dayTo = Math.min(offsetTo, (siteDay + 1) * 86_400 - offset);
        return siteDay;
    }

    /** Looks up the site's offset at an instant, and the span around it between two transitions. */
    private void findOffset(long epochSecond) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        ZoneOffset now = site.getOffset(at);
        offset = now.getTotalSeconds();
        ZoneOffsetTransition next = site.nextTransition(at);
        ZoneOffsetTransition previous = site.previousTransition(at);
        offsetTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        // a transition exactly at the instant may come back as the one before it: trust only one into this offset
        offsetFrom = previous == null ? Long.MIN_VALUE
                : previous.getOffsetAfter().equals(now) && previous.toEpochSecond() <= epochSecond
                        ? previous.toEpochSecond() : epochSecond;
    }

    /** The epoch day of a date whose fields are in range but for the day's upper bound; {@link #OTHER} past it. */
    private long epochDay(int year, int month, int dayOfMonth) {
        int date = year * 10_000 + month * 100 + dayOfMonth;
        if (date != lastDate) {
            if (dayOfMonth > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
                return OTHER;
            }
            lastDay = LocalDate.of(year, month, dayOfMonth).toEpochDay();
            lastDate = date;
        }
        return lastDay;
    }

    /** The number in the two ASCII digits from {@code k}, or -1 when one is not a digit. */
    private static int twoDigits(byte[] b, int k) {
        int tens = b[k] - '0';
        int ones = b[k + 1] - '0';
        return (tens | ones) >= 0 && tens <= 9 && ones <= 9 ? tens * 10 + ones : -1;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
