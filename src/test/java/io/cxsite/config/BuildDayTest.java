package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today" comes from SOURCE_DATE_EPOCH when it is set, in the site's zone, and from the clock otherwise. */
class BuildDayTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-06-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void sourceDateEpochWinsOverTheClockAndIsReadInTheSiteZone() {
        // 2026-12-05T23:30:00Z is already 6 December in Stockholm.
        assertEquals(LocalDate.of(2026, 12, 6), BuildDay.of("1796513400", STOCKHOLM, CLOCK));
        assertEquals(LocalDate.of(2026, 12, 5), BuildDay.of("1796513400", ZoneOffset.UTC, CLOCK));
    }

    @Test
    void withoutAUsableValueTheClockGivesTheDay() {
        assertEquals(LocalDate.of(2030, 6, 1), BuildDay.of(null, STOCKHOLM, CLOCK));
        assertEquals(LocalDate.of(2030, 6, 1), BuildDay.of("yesterday", STOCKHOLM, CLOCK));
        assertEquals(LocalDate.of(2030, 6, 1), BuildDay.of("17965134000000000000", STOCKHOLM, CLOCK));
    }
}
