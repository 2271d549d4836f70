package io.cxsite.metrics;

import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.NpsGroup;
import io.cxsite.feedback.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    CustomerVoice(FeedbackData feedback) {
        hasExports = !feedback.isEmpty();
        for (Topics.Topic t : feedback.topics().all()) {
            topics.put(t.id(), new Topic(t.id(), t.labels(), t.critical()));
        }
        counts = new TopicCounts(feedback);
        feedback.verbatims().forEach((key, comments) -> verbatims.put(key, verbatims(comments)));
        critical = verbatims(feedback.critical());
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

    /** Detractors' comments about critical topics in the newest month that has any, newest first. */
    public List<Verbatim> critical() {
        return critical;
    }
}
