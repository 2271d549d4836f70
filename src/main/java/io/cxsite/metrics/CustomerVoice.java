package io.cxsite.metrics;

import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.NpsGroup;
import io.cxsite.feedback.Topics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What customers said in the survey exports, finished for pages: the topics, the drivers of a
 * period, verbatims per topic and group, and the critical comments of the newest month. Comments
 * arrive redacted and capped; pages escape them.
 */
public final class CustomerVoice {
    private final boolean hasExports;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final TopicCounts counts;
    private final Map<FeedbackData.VerbatimKey, List<Verbatim>> verbatims = new LinkedHashMap<>();
    private final List<Verbatim> critical;
    private final Map<Period, Map<FeedbackData.VerbatimKey, List<Verbatim>>> monthly = new LinkedHashMap<>();

    CustomerVoice(FeedbackData feedback) {
        hasExports = !feedback.isEmpty();
        for (Topics.Topic t : feedback.topics().all()) {
            topics.put(t.id(), new Topic(t.id(), t.labels(), t.critical()));
        }
        counts = new TopicCounts(feedback);
        feedback.verbatims().forEach((key, comments) -> verbatims.put(key, verbatims(comments)));
        critical = verbatims(feedback.critical());
        feedback.monthly().forEach((month, lists) -> {
            Map<FeedbackData.VerbatimKey, List<Verbatim>> byKey = new LinkedHashMap<>();
            lists.forEach((key, comments) -> byKey.put(key, verbatims(comments)));
            monthly.put(Period.month(month.getYear(), month.getMonthValue()), byKey);
        });
    }

    /** The comments with their topics named; an id that topics.yaml no longer has names nothing. */
    private List<Verbatim> verbatims(List<FeedbackData.Comment> comments) {
        return comments.stream().map(c -> new Verbatim(c.date(), c.score(), c.channel(), c.language(), c.text(),
                c.topics().stream().map(topics::get).filter(Objects::nonNull).toList())).toList();
    }

    /** Whether any export gave an answer. */
    public boolean hasExports() {
        return hasExports;
    }

    /** The topics of content/topics.yaml, in their order there. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** The newest month in which an answer mentions a topic. */
    public Optional<Period> latestMonth() {
        return counts.latest();
    }

    /**
     * Topics ranked by NPS impact in {@code period} (see {@link Driver#impact()}), largest first, then
     * by mentions, then by id; counted over the months wholly inside the period.
     */
    public List<Driver> drivers(Period period) {
        return counts.drivers(period, topics());
    }

    /** The newest few comments of promoters or of detractors that mention {@code topicId}, newest first. */
    public List<Verbatim> verbatims(String topicId, boolean promoters) {
        return verbatims.getOrDefault(new FeedbackData.VerbatimKey(topicId,
                promoters ? NpsGroup.PROMOTER : NpsGroup.DETRACTOR), List.of());
    }

    /** The NPS of all answers in the months wholly inside {@code period}; empty without answers. */
    public OptionalDouble nps(Period period) {
        Counts all = counts.answers(period);
        return all.responses() == 0 ? OptionalDouble.empty() : OptionalDouble.of(all.nps());
    }

    /**
     * The newest {@code count} comments of promoters and detractors that mention {@code topicId}, from
     * the months wholly inside {@code period} (none for a week, like the drivers), newest first and
     * detractors first on the same day.
     */
    public List<Verbatim> verbatims(String topicId, Period period, int count) {
        List<Verbatim> found = new ArrayList<>();
        monthly.forEach((month, lists) -> {
            if (TopicCounts.inside(period, month)) {
                for (NpsGroup group : List.of(NpsGroup.DETRACTOR, NpsGroup.PROMOTER)) {
                    found.addAll(lists.getOrDefault(new FeedbackData.VerbatimKey(topicId, group), List.of()));
                }
            }
        });
        // A stable sort: within a day the order found holds (months oldest first, detractors first, each newest first).
        found.sort(Comparator.comparing(Verbatim::date).reversed());
        return List.copyOf(found.subList(0, Math.min(count, found.size())));
    }

    /** Detractors' comments about critical topics in the newest month that has any, newest first. */
    public List<Verbatim> critical() {
        return critical;
    }
}
