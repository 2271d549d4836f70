package io.cxsite.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The counts of the table's rows while cells are added, by period and by the number of the
     * channel, segment and language: a large export has some 160,000 cells but a few thousand rows
     * here, so each cell costs a look-up of its labels' number and an array slot, and the period's
     * sums are looked up once a day ({@link DayPeriods}).
     */
    private static final class Slices {
        private final Map<String, Map<String, Map<String, Integer>>> numbers = new HashMap<>();
        private final List<String[]> labels = new ArrayList<>();
        private final Map<Period, CountSum[]> byPeriod = new HashMap<>();
        private final Period[] periods = new Period[3];
        private final CountSum[][] sums = new CountSum[3][];

        /** Moves to another day: the cells added next count in its month, quarter and ISO week. */
        void on(DayPeriods day) {
            periods[0] = day.month();
            periods[1] = day.quarter();
            periods[2] = day.week();
            for (int k = 0; k < 3; k++) {
                sums[k] = byPeriod.get(periods[k]);
            }
        }

        /** Adds a cell of all answers of the day last moved to. */
        void add(Cell cell, Counts counts) {
            int number = number(cell);
            for (int k = 0; k < 3; k++) {
                CountSum[] row = sums[k];
                if (row == null || row.length <= number) {
                    row = Arrays.copyOf(row == null ? new CountSum[0] : row, Math.max(number + 1, labels.size()));
                    sums[k] = row;
                    byPeriod.put(periods[k], row);
                }
                if (row[number] == null) {
                    row[number] = new CountSum();
                }
                row[number].add(counts);
            }
        }

        private int number(Cell cell) {
            Map<String, Integer> byLanguage = numbers.computeIfAbsent(cell.channel(), c -> new HashMap<>())
                    .computeIfAbsent(cell.segment(), s -> new HashMap<>());
            Integer number = byLanguage.get(cell.language());
            if (number == null) {
                number = labels.size();
                byLanguage.put(cell.language(), number);
                labels.add(new String[] {cell.channel(), cell.segment(), cell.language()});
            }
            return number;
        }

        /** The numbers of the labels in channel, segment, language order. */
        Integer[] order() {
            Integer[] order = new Integer[labels.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing((Integer i) -> labels.get(i)[0])
                    .thenComparing(i -> labels.get(i)[1]).thenComparing(i -> labels.get(i)[2]));
            return order;
        }
    }

    static void write(JsonGenerator json, FeedbackData feedback) throws IOException {
        Slices slices = new Slices();
        Map<Period, Map<String, CountSum>> topics = new HashMap<>();
        DayPeriods day = new DayPeriods();
        Map<String, CountSum> monthTopics = null;
        for (Map.Entry<Cell, Counts> e : feedback.counts().entrySet()) {
            Cell cell = e.getKey();
            if (day.at(cell.day())) {
                monthTopics = null;
                slices.on(day);
            }
            if (!cell.allAnswers()) {
                if (monthTopics == null) {
                    monthTopics = topics.computeIfAbsent(day.month(), m -> new HashMap<>());
                }
                monthTopics.computeIfAbsent(cell.topic(), t -> new CountSum()).add(e.getValue());
            } else {
                slices.add(cell, e.getValue());
            }
        }
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
        counts(json, slices);
        topics(json, topics);
        json.writeEndObject();
    }

    /** The counts table: per period (in time order), per channel, segment and language. */
    private static void counts(JsonGenerator json, Slices slices) throws IOException {
        json.writeArrayFieldStart("counts");
        Integer[] order = slices.order();
        for (Map.Entry<Period, CountSum[]> e : new TreeMap<>(slices.byPeriod).entrySet()) {
            String period = e.getKey().key();
            for (int number : order) {
                CountSum sum = number < e.getValue().length ? e.getValue()[number] : null;
                if (sum == null) {
                    continue;
                }
                Counts counts = sum.counts();
                String[] labels = slices.labels.get(number);
                json.writeStartObject();
                json.writeStringField("period", period);
                json.writeStringField("channel", labels[0]);
                json.writeStringField("segment", labels[1]);
                json.writeStringField("language", labels[2]);
                groups(json, counts);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /** The topics table: per month, per topic id. */
    private static void topics(JsonGenerator json, Map<Period, Map<String, CountSum>> topics) throws IOException {
        json.writeArrayFieldStart("topics");
        for (Map.Entry<Period, Map<String, CountSum>> month : new TreeMap<>(topics).entrySet()) {
            String period = month.getKey().key();
            for (Map.Entry<String, CountSum> e : new TreeMap<>(month.getValue()).entrySet()) {
                json.writeStartObject();
                json.writeStringField("period", period);
                json.writeStringField("topic", e.getKey());
                groups(json, e.getValue().counts());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
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
