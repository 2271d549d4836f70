package io.cxsite.feedback;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dates survey tools write and gives the day in the site's time zone. Without a pattern
 * from site.yaml it understands, with or without a time of day and seconds:
 * <ul>
 * <li>ISO: {@code 2026-07-01}, {@code 2026-07-01 07:56:22}, {@code 2026-06-30T22:24:27Z},
 * {@code 2026-06-30T22:24:27+02:00}, {@code 2026-06-30 22:24:27 UTC}</li>
 * <li>US (any date with slashes): {@code 10/05/2026 02:14:36 PM} is 5 October</li>
 * <li>Nordic (dots or dashes, day first): {@code 05.10.2026 14:02}, {@code 5-10-2026}</li>
 * <li>Unix time in seconds (10 digits) or milliseconds (13 digits)</li>
 * </ul>
 * A time with an offset (or Z, UTC, GMT) is an instant; one without is read in the export's zone
 * (the site's unless the export or site.yaml says otherwise).
 */
final class ExportDates {
    private final ZoneId site;
    private final ZoneRules siteRules;
    private final ZoneId written;
    private final boolean sameZone;
    private final DateTimeFormatter pattern;

    /**
     * @param site    the zone whose days count
     * @param written the zone local times in the export are written in
     * @param pattern a java.time pattern from site.yaml, or empty for the built-in forms
     */
    ExportDates(ZoneId site, ZoneId written, Optional<String> pattern) {
        this.site = site;
        this.siteRules = site.getRules();
        this.written = written;
        this.sameZone = site.equals(written);
        this.pattern = pattern.map(ExportDates::strict).orElse(null);
    }

    /**
     * A site.yaml pattern that refuses 31/9 instead of reading it as 30 September (the default, smart
     * resolution, does that); the era defaults to AD so that a strict {@code yyyy} still reads a year.
     */
    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The day, or null when the text is not a date this reader understands. */
    LocalDate day(String text) {
        return pattern != null ? byPattern(text.strip()) : parse(text.strip());
    }

    private LocalDate byPattern(String text) {
        try {
            TemporalAccessor t = pattern.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (t instanceof ZonedDateTime z) {
                return z.withZoneSameInstant(site).toLocalDate();
            }
            if (t instanceof LocalDateTime l) {
                return local(l);
            }
            return (LocalDate) t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDate parse(String s) {
        int n = s.length();
        if (n == 10 || n == 13) {
            long epoch = digits(s, 0, n);
            if (epoch >= 0) {
                Instant at = n == 10 ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
                return siteDay(at);
            }
        }
        // Date: three numbers with one kind of separator.
        int i = 0;
        int a0 = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int aLen = i - a0;
        if (aLen == 0 || i >= n) {
            return null;
        }
        char sep = s.charAt(i);
        if (sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        int a = (int) digits(s, a0, i);
        int b0 = ++i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i - b0 == 0 || i - b0 > 2 || i >= n || s.charAt(i) != sep) {
            return null;
        }
        int b = (int) digits(s, b0, i);
        int c0 = ++i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int cLen = i - c0;
        if (cLen == 0 || cLen > 4) {
            return null;
        }
        int c = (int) digits(s, c0, i);
        int year;
        int month;
        int day;
        if (aLen == 4) {
            year = a;
            month = b;
            day = c;
        } else if (aLen <= 2 && (cLen == 4 || cLen == 2)) {
            year = cLen == 2 ? 2000 + c : c;
            if (sep == '/') {
                month = a;
                day = b;
            } else {
                day = a;
                month = b;
            }
        } else {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        if (sep == '.' && i < n && s.charAt(i) == '.') {
            i++; // "5.10.2026." is how some Norwegians write it
        }
        // Time of day, optional.
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == 'T' || s.charAt(i) == ',')) {
            i++;
        }
        if (i == n) {
            return date;
        }
        int[] hms = new int[3];
        int parts = 0;
        while (parts < 3) {
            int p0 = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i - p0 == 0 || i - p0 > 2) {
                return null;
            }
            hms[parts++] = (int) digits(s, p0, i);
            if (i < n && (s.charAt(i) == ':' || (parts == 1 && s.charAt(i) == '.'))) {
                i++;
            } else {
                break;
            }
        }
        if (parts < 2) {
            return null;
        }
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) { // fraction of a second
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int hour = hms[0];
        if (i + 1 < n && isMeridiem(s, i)) {
            boolean pm = Character.toUpperCase(s.charAt(i)) == 'P';
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
            i += 2;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
        }
        if (hour > 23 || hms[1] > 59 || hms[2] > 59) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, hms[1], hms[2]));
        if (i == n) {
            return local(local);
        }
        ZoneOffset offset = i == n - 1 && s.charAt(i) == 'Z' ? ZoneOffset.UTC : offset(s, i);
        if (offset == null) {
            return null;
        }
        Instant at = local.toInstant(offset);
        return siteDay(at);
    }

    /** The day of an instant in the site's zone, without the zone objects LocalDate.ofInstant makes per call. */
    private LocalDate siteDay(Instant at) {
        long local = at.getEpochSecond() + siteRules.getOffset(at).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
    }

    private LocalDate local(LocalDateTime local) {
        return sameZone ? local.toLocalDate() : local.atZone(written).withZoneSameInstant(site).toLocalDate();
    }

    private static boolean isMeridiem(String s, int i) {
        char c = Character.toUpperCase(s.charAt(i));
        return (c == 'A' || c == 'P') && Character.toUpperCase(s.charAt(i + 1)) == 'M'
                && (i + 2 == s.length() || !Character.isLetter(s.charAt(i + 2)));
    }

    /** {@code Z}, {@code UTC}, {@code GMT}, {@code +02:00}, {@code +0200}, {@code -07}; null for anything else. */
    private static ZoneOffset offset(String s, int i) {
        String rest = s.substring(i).strip();
        if (rest.equals("Z") || rest.equalsIgnoreCase("UTC") || rest.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        if (rest.startsWith("UTC") || rest.startsWith("GMT")) {
            rest = rest.substring(3);
        }
        if (rest.length() < 3 || (rest.charAt(0) != '+' && rest.charAt(0) != '-')) {
            return null;
        }
        String digits = rest.substring(1).replace(":", "");
        if (!(digits.length() == 2 || digits.length() == 4) || digits(digits, 0, digits.length()) < 0) {
            return null;
        }
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() == 4 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = rest.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number in {@code s[from, to)}, or -1 when a character there is not a digit. */
    private static long digits(String s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
