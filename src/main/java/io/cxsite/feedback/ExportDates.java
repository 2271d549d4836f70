package io.cxsite.feedback;

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
import java.util.List;
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
    /** The built-in forms in the order they are tried; a form answers null for text it does not read. */
    private final List<Form> forms = List.of(this::unixTime, this::calendar);

    /** One way of writing a moment: the day it names in the site's zone, or null when the text is not in this form. */
    private interface Form {
        LocalDate day(String text);
    }

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

    /** The built-in forms, tried in turn; the first that reads the text gives the day. */
    private LocalDate parse(String s) {
        for (Form form : forms) {
            LocalDate day = form.day(s);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /** Unix time: ten digits are seconds, thirteen milliseconds. */
    private LocalDate unixTime(String s) {
        int n = s.length();
        long epoch = n == 10 || n == 13 ? DateText.digits(s, 0, n) : -1;
        if (epoch < 0) {
            return null;
        }
        return siteDay(n == 10 ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch));
    }

    /** A calendar day in one of the {@link DayOrder}s, then optionally a time of day and an offset. */
    private LocalDate calendar(String s) {
        DateText text = new DateText(s);
        LocalDate date = text.day();
        if (date == null) {
            return null;
        }
        text.skipToTime();
        if (text.atEnd()) {
            return date;
        }
        LocalTime time = text.time();
        if (time == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        if (text.atEnd()) {
            return local(local);
        }
        ZoneOffset offset = text.offset();
        return offset == null ? null : siteDay(local.toInstant(offset));
    }

    /** The day of an instant in the site's zone, without the zone objects LocalDate.ofInstant makes per call. */
    private LocalDate siteDay(Instant at) {
        long local = at.getEpochSecond() + siteRules.getOffset(at).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
    }

    private LocalDate local(LocalDateTime local) {
        return sameZone ? local.toLocalDate() : local.atZone(written).withZoneSameInstant(site).toLocalDate();
    }
}
