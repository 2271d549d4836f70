package io.cxsite.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code feedback} object of {@code data/metrics.json}: what the exports gave, as numbers only
 * (no comment ever reaches this file): sources, responses, unfinished and bad rows, rows left out,
 * answer counts per month, quarter and ISO week by channel, segment and language (empty strings
 * where the export did not say), and topic mentions per month by NPS group.
 */
final class FeedbackJson {
    private FeedbackJson() {
    }

    /** A cell of the counts table: period first (in time order), then the strings. */
    private record Slice(Period period, String channel, String segment, String language) implements Comparable<Slice> {
        private static final Comparator<Slice> ORDER = Comparator.comparing(Slice::period)
                .thenComparing(Slice::channel).thenComparing(Slice::segment).thenComparing(Slice::language);

        @Override
        public int compareTo(Slice other) {
            return ORDER.compare(this, other);
        }
    }

    /** A row of the topics table: month, then topic id. */
    private record TopicMonth(Period month, String topic) implements Comparable<TopicMonth> {
        private static final Comparator<TopicMonth> ORDER = Comparator.comparing(TopicMonth::month)
                .thenComparing(TopicMonth::topic);

        @Override
        public int compareTo(TopicMonth other) {
            return ORDER.compare(this, other);
        }
    }

    static void write(JsonGenerator json, FeedbackData feedback) throws IOException {
        // Summed in hash maps and sorted once: a large export has some 160,000 cells but a few thousand rows here.
        Map<Slice, Counts> slices = new HashMap<>();
        Map<TopicMonth, Counts> topics = new HashMap<>();
        feedback.counts().forEach((cell, counts) -> {
            Period month = Period.monthOf(cell.day());
            if (!cell.allAnswers()) {
                topics.merge(new TopicMonth(month, cell.topic()), counts, Counts::plus);
                return;
            }
            for (Period period : List.of(month, month.quarter(), Period.weekOf(cell.day()))) {
                slices.merge(new Slice(period, cell.channel(), cell.segment(), cell.language()), counts, Counts::plus);
            }
        });
        json.writeObjectFieldStart("feedback");
        json.writeArrayFieldStart("sources");
        for (String source : feedback.sources()) {
            json.writeString(source);
        }
        json.writeEndArray();
        json.writeNumberField("responses", feedback.responses());
        json.writeNumberField("unfinished", feedback.unfinished());
        json.writeNumberField("badRows", feedback.badRows());
        leftOut(json, feedback.leftOut());
        json.writeArrayFieldStart("counts");
        for (Map.Entry<Slice, Counts> e : new TreeMap<>(slices).entrySet()) {
            json.writeStartObject();
            json.writeStringField("period", e.getKey().period().key());
            json.writeStringField("channel", e.getKey().channel());
            json.writeStringField("segment", e.getKey().segment());
            json.writeStringField("language", e.getKey().language());
            groups(json, e.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("topics");
        for (Map.Entry<TopicMonth, Counts> e : new TreeMap<>(topics).entrySet()) {
            json.writeStartObject();
            json.writeStringField("period", e.getKey().month().key());
            json.writeStringField("topic", e.getKey().topic());
            groups(json, e.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Rows the exports mark as previews, tests or spam: per file and reason, in file then reason order. */
    private static void leftOut(JsonGenerator json, Map<String, Map<String, Long>> leftOut) throws IOException {
        json.writeArrayFieldStart("leftOut");
        for (Map.Entry<String, Map<String, Long>> file : new TreeMap<>(leftOut).entrySet()) {
            for (Map.Entry<String, Long> reason : new TreeMap<>(file.getValue()).entrySet()) {
                json.writeStartObject();
                json.writeStringField("source", file.getKey());
                json.writeStringField("reason", reason.getKey());
                json.writeNumberField("rows", reason.getValue());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void groups(JsonGenerator json, Counts counts) throws IOException {
        json.writeNumberField("promoters", counts.promoters());
        json.writeNumberField("passives", counts.passives());
        json.writeNumberField("detractors", counts.detractors());
    }
}
