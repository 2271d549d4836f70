package io.cxsite.metrics;

import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The export counts by month, for all answers and per topic, and the drivers of a period made from
 * them: topics ranked by how many NPS points the detractors who mention them cost.
 */
final class TopicCounts {
    /** Largest impact first; then the most mentioned; then by id, so that ties always sort alike. */
    static final Comparator<Driver> RANKING = Comparator.comparingDouble(Driver::impact).reversed()
            .thenComparing(Comparator.comparingLong(Driver::mentions).reversed())
            .thenComparing(d -> d.topic().id());

    private final SortedMap<Period, Counts> answers;
    private final SortedMap<Period, Map<String, Counts>> topics;

    TopicCounts(FeedbackData feedback) {
        // Summed in hash maps and sorted once: a large export has some 160,000 cells but a few hundred months.
        // The month's sums are looked up once a day, as the cells come in day order.
        Map<Period, CountSum> answers = new HashMap<>();
        Map<Period, Map<String, CountSum>> topics = new HashMap<>();
        DayPeriods day = new DayPeriods();
        Map<String, CountSum> monthTopics = null;
        CountSum monthAnswers = null; // the sum of the answers of day.month()
        for (Map.Entry<Cell, Counts> e : feedback.counts().entrySet()) {
            Cell cell = e.getKey();
            if (day.at(cell.day())) {
                monthTopics = null;
                monthAnswers = null;
            }
            if (cell.allAnswers()) {
                if (monthAnswers == null) {
                    monthAnswers = answers.computeIfAbsent(day.month(), m -> new CountSum());
                }
                monthAnswers.add(e.getValue());
            } else {
                if (monthTopics == null) {
                    monthTopics = topics.computeIfAbsent(day.month(), m -> new HashMap<>());
                }
                monthTopics.computeIfAbsent(cell.topic(), t -> new CountSum()).add(e.getValue());
            }
        }
        this.answers = new TreeMap<>();
        answers.forEach((month, sum) -> this.answers.put(month, sum.counts()));
        this.topics = new TreeMap<>();
        topics.forEach((month, byTopic) -> {
            Map<String, Counts> counts = new HashMap<>();
            byTopic.forEach((topic, sum) -> counts.put(topic, sum.counts()));
            this.topics.put(month, counts);
        });
    }

    /** The newest month in which an answer mentions a topic. */
    Optional<Period> latest() {
        return topics.isEmpty() ? Optional.empty() : Optional.of(topics.lastKey());
    }

    /**
     * The drivers of {@code period}, from the months that lie wholly inside it (none for a week),
     * ranked by {@link #RANKING}; topics no answer mentions are left out.
     */
    List<Driver> drivers(Period period, List<Topic> known) {
        Counts all = sum(answers, period);
        Map<String, Counts> byTopic = new TreeMap<>();
        topics.forEach((month, counts) -> {
            if (inside(period, month)) {
                counts.forEach((topic, c) -> byTopic.merge(topic, c, Counts::plus));
            }
        });
        List<Driver> drivers = new ArrayList<>();
        for (Topic topic : known) {
            Counts c = byTopic.getOrDefault(topic.id(), Counts.ZERO);
            long mentions = c.responses();
            if (mentions > 0) {
                drivers.add(new Driver(topic, mentions, c.promoters(), c.detractors(),
                        share(c.detractors(), all.detractors()), share(c.promoters(), all.promoters()), c.nps(),
                        share(c.detractors(), all.responses()), all.responses(), all.detractors()));
            }
        }
        drivers.sort(RANKING);
        return drivers;
    }

    /** All answers of the months wholly inside {@code period}. */
    Counts answers(Period period) {
        return sum(answers, period);
    }

    private static Counts sum(SortedMap<Period, Counts> byMonth, Period period) {
        Counts sum = Counts.ZERO;
        for (Map.Entry<Period, Counts> e : byMonth.entrySet()) {
            if (inside(period, e.getKey())) {
                sum = sum.plus(e.getValue());
            }
        }
        return sum;
    }

    /** Whether a month lies wholly inside {@code period}. */
    static boolean inside(Period period, Period month) {
        return !month.start().isBefore(period.start()) && !month.end().isAfter(period.end());
    }

    /** {@code part} as a percentage of {@code whole}; 0 of nothing. */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
