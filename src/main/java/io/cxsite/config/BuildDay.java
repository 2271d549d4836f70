package io.cxsite.config;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a build runs on, in the site's time zone, for checks that need "today" (feedback dated in
 * the future, snapshots of periods not begun). {@code SOURCE_DATE_EPOCH} (seconds since 1970) wins
 * when it is set, so that a build of the same input gives the same site; otherwise the clock. A
 * build asks once, at its start, and hands the day to the loaders.
 */
public final class BuildDay {
    /** The reproducible-builds variable. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private BuildDay() {
    }

    /** Today in {@code zone}, from {@code SOURCE_DATE_EPOCH} when it is set, else from the clock. */
    public static LocalDate today(ZoneId zone) {
        return of(System.getenv(VARIABLE), zone, Clock.systemUTC());
    }

    /**
     * Today in {@code zone} from {@code epoch}, a {@code SOURCE_DATE_EPOCH} value or null (then the
     * clock), for commands that get their environment passed in.
     */
    public static LocalDate today(String epoch, ZoneId zone) {
        return of(epoch, zone, Clock.systemUTC());
    }

    /** Today from {@code epoch}, the variable's value or null; a value that is not a time falls back to the clock. */
    static LocalDate of(String epoch, ZoneId zone, Clock clock) {
        if (epoch != null && epoch.strip().matches("-?\\d{1,15}")) {
            try {
                return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), zone);
            } catch (DateTimeException e) {
                // out of java.time's range: use the clock
            }
        }
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
