package io.cxsite.feedback;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One survey answer as read from an export, before anything is published. The comment is the
 * customer's own words: untrusted, not yet redacted.
 *
 * @param source   the export's path relative to the site root, for messages
 * @param line     the physical line in the file where the row starts (1-based)
 * @param date     the day the answer was given, in the site's time zone
 * @param score    the 0-10 likelihood-to-recommend answer; empty for an unfinished response
 * @param channel  lower-case channel of the last contact (phone, chat, email, web, ...), or ""
 * @param segment  lower-case customer segment, or ""
 * @param language ISO 639-1 code of the answer (sv, nb, en, ...), or ""
 * @param csat     a 1-5 satisfaction answer, if the export has one
 * @param ces      a 1-7 effort answer, if the export has one
 */
public record Response(String source, long line, LocalDate date, OptionalInt score, String comment, String channel,
        String segment, String language, OptionalDouble csat, OptionalDouble ces) {
}
