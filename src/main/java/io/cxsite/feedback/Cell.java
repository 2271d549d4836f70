package io.cxsite.feedback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where answers belong, named as one row of an aggregated export names them
 * ({@code day,channel,segment,language,topic}): the day in the site's time zone, then channel,
 * segment and language ("" where the export did not say), and the id of a topic the answers mention
 * ({@link #ALL} for all answers, whatever they mention). An answer about two topics counts in the
 * cell of each and once in the cell for all answers.
 */
public record Cell(LocalDate day, String channel, String segment, String language, String topic)
        implements Comparable<Cell> {
    /** The topic of the cell that counts every answer. */
    public static final String ALL = "";

    public Cell {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topic, "topic");
    }

    /** The cell of all answers of a day, channel, segment and language. */
    public static Cell of(LocalDate day, String channel, String segment, String language) {
        return new Cell(day, channel, segment, language, ALL);
    }

    /** The same day, channel, segment and language, for the answers that mention {@code topicId}. */
    public Cell about(String topicId) {
        return new Cell(day, channel, segment, language, topicId);
    }

    /** Whether this cell counts every answer rather than those about one topic. */
    public boolean allAnswers() {
        return topic.isEmpty();
    }

    /** By day, then channel, segment, language and topic; written out, as a large export sorts many cells. */
    @Override
    public int compareTo(Cell other) {
        int c = day.compareTo(other.day);
        if (c == 0) {
            c = channel.compareTo(other.channel);
        }
        if (c == 0) {
            c = segment.compareTo(other.segment);
        }
        if (c == 0) {
            c = language.compareTo(other.language);
        }
        return c != 0 ? c : topic.compareTo(other.topic);
    }
}
