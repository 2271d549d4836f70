package io.cxsite.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * One customer comment for a page: redacted and capped by the feedback stage, not HTML-escaped (the
 * templates escape it like any text).
 *
 * @param topics the topics it is about
 */
public record Verbatim(LocalDate date, int score, String channel, String language, String text, List<Topic> topics) {
    public Verbatim {
        topics = List.copyOf(topics);
    }
}
