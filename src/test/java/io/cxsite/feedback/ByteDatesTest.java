package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates read from bytes give the day {@link ExportDates} gives for the same text, in zones with
 * and without daylight saving time, at the instants where the offset changes, and for the odd
 * forms that are left to it; the common forms are read from the bytes, not left.
 */
class ByteDatesTest {
    private static final List<String> ZONES = List.of("Europe/Stockholm", "UTC", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "Pacific/Chatham", "Europe/Oslo");

    @Test
    void givesTheDayExportDatesGivesForGeneratedDates() {
        Random random = new Random(42);
        for (String zoneName : ZONES) {
            ZoneId zone = ZoneId.of(zoneName);
            ExportDates text = new ExportDates(zone, zone, Optional.empty());
            ByteDates bytes = new ByteDates(zone.getRules(), true);
            int read = 0;
            for (int i = 0; i < 20_000; i++) {
                String date = randomDate(random);
                long day = day(bytes, date);
                LocalDate expected = text.day(date);
                if (day != ByteDates.OTHER) {
                    read++;
                    assertEquals(expected == null ? null : expected.toEpochDay(), day, zoneName + ": " + date);
                }
            }
            assertTrue(read > 10_000, zoneName + ": most generated dates are in the forms read from bytes, " + read);
        }
    }

    @Test
    void givesEachDayRightForRowsInDateOrder() {
        // An export in date order, as most are: every 7 minutes 13 seconds across a year, so that the
        // day kept from the row before is left at each midnight and at each change of offset.
        for (String zoneName : ZONES) {
            ZoneId zone = ZoneId.of(zoneName);
            ExportDates text = new ExportDates(zone, zone, Optional.empty());
            ByteDates bytes = new ByteDates(zone.getRules(), true);
            java.time.Instant at = java.time.Instant.parse("2025-12-31T00:00:00Z");
            for (int i = 0; i < 75_000; i++, at = at.plusSeconds(433)) {
                String date = at.toString();
                assertEquals(text.day(date).toEpochDay(), day(bytes, date), zoneName + ": " + date);
            }
        }
    }

    @Test
    void theOffsetChangesAtTheSiteZonesTransitions() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        ExportDates text = new ExportDates(stockholm, stockholm, Optional.empty());
        ByteDates bytes = new ByteDates(stockholm.getRules(), true);
        // 2026-03-29 01:00Z (to +02:00) and 2026-10-25 01:00Z (back to +01:00); the last second before each
        // and the first after, forwards and backwards, so that the cached span is left both ways.
        String[] instants = {"2026-03-28T22:59:59Z", "2026-03-28T23:00:00Z", "2026-03-29T00:59:59Z",
            "2026-03-29T01:00:00Z", "2026-03-29T21:59:59Z", "2026-03-29T22:00:00Z", "2026-10-24T21:59:59Z",
            "2026-10-24T22:00:00Z", "2026-10-25T00:59:59Z", "2026-10-25T01:00:00Z", "2026-10-25T22:59:59Z",
            "2026-10-25T23:00:00Z", "2026-03-29T02:30:00+01:00", "2026-10-25T02:30:00+02:00"};
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < instants.length; i++) {
                String date = instants[pass == 0 ? i : instants.length - 1 - i];
                assertEquals(text.day(date).toEpochDay(), day(bytes, date), date);
            }
        }
        assertEquals(LocalDate.of(2026, 3, 29).toEpochDay(), day(bytes, "2026-03-28T23:00:00Z"));
        assertEquals(LocalDate.of(2026, 10, 25).toEpochDay(), day(bytes, "2026-10-24T22:00:00Z"));
        assertEquals(LocalDate.of(2026, 10, 26).toEpochDay(), day(bytes, "2026-10-25T23:00:00Z"));
    }

    @Test
    void leavesEveryOtherFormToExportDates() {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        ByteDates bytes = new ByteDates(zone.getRules(), true);
        for (String date : List.of("05.10.2026 14:02", "10/05/2026 02:14 PM", "1767225600", "2026-7-01",
                "2026-07-01 UTC", "2026-07-01 08:00 GMT+01", "2026-07-01T25:00Z", "2026-02-30", "2026-07-01T8:00Z",
                "2026-07-01T08:00+18:30", "0999-07-01", "2026-07-01T08:00:00\t+02:00", "2026-07-01 2:14 pm",
                "2026-07-01 02:14 PM", "2026-07-011", "2026-07-01T08:00:00+2:00", "2026-07-01T08.00")) {
            assertEquals(ByteDates.OTHER, day(bytes, date), date);
        }
        ByteDates otherZone = new ByteDates(zone.getRules(), false);
        assertEquals(ByteDates.OTHER, day(otherZone, "2026-07-01 08:00"), "a local time in another zone is left");
        assertNotEquals(ByteDates.OTHER, day(otherZone, "2026-07-01"), "a day without a time is that day");
    }

    private static long day(ByteDates dates, String text) {
        byte[] b = ("  " + text + " ").getBytes(StandardCharsets.UTF_8);
        return dates.day(b, 2, b.length - 1);
    }

    /** Mostly the ISO forms, with odd fields, offsets and forms mixed in. */
    private static String randomDate(Random random) {
        int year = random.nextInt(30) == 0 ? 1990 + random.nextInt(20) : 2024 + random.nextInt(3);
        int month = random.nextInt(40) == 0 ? random.nextInt(14) : 1 + random.nextInt(12);
        int day = random.nextInt(40) == 0 ? random.nextInt(33) : 1 + random.nextInt(28);
        if (random.nextInt(40) == 0) {
            return String.format("%02d.%02d.%d", day, month, year);
        }
        String date = String.format("%04d-%02d-%02d", year, month, day);
        if (random.nextInt(5) == 0) {
            return date;
        }
        int hour = random.nextInt(60) == 0 ? 24 + random.nextInt(3) : random.nextInt(24);
        String time = String.format("%02d:%02d", hour, random.nextInt(60));
        if (random.nextBoolean()) {
            time += String.format(":%02d", random.nextInt(random.nextInt(50) == 0 ? 70 : 60));
        }
        if (random.nextInt(6) == 0) {
            time += random.nextBoolean() ? ".517" : ",5";
        }
        String[] separators = {"T", " ", "T", ", "};
        String[] offsets = {"Z", "Z", "", " Z", "+02:00", "-07:00", "+0530", "-03", "+14:00", "+18:00", "-18:01",
            "+05:45", " +01:00", "UTC", "z", "+1:00"};
        return date + separators[random.nextInt(separators.length)] + time + offsets[random.nextInt(offsets.length)];
    }
}
