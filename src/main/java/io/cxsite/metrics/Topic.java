package io.cxsite.metrics;

import java.util.Map;

/**
 * A feedback topic as pages name it.
 *
 * @param labels   display label by language ({@code en}, {@code sv}, {@code nb})
 * @param critical whether every detractor comment about it is listed for the team to act on
 */
public record Topic(String id, Map<String, String> labels, boolean critical) {
    public Topic {
        labels = Map.copyOf(labels);
    }

    /** The label in {@code language}, else in English, else the id. */
    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", id));
    }
}
