package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.site.ReportSpec.Kind;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Checks the values of a report block's options against the site's metrics, one method per option. */
final class ReportOptionChecker {
    private static final List<String> GROUPS = List.of("both", "detractors", "promoters");

    private final Metrics metrics;
    /** Reports a failed rule at the block's line. */
    private final Consumer<String> error;

    ReportOptionChecker(Metrics metrics, Consumer<String> error) {
        this.metrics = metrics;
        this.error = error;
    }

    Optional<Period> period(String value, String option, boolean mustExist) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Period> period = Period.parse(value);
        if (period.isEmpty()) {
            error.accept("'" + option + "=" + value + "' is not a period; write 2026-10, 2026-Q3, 2026-W41 or 2026");
        } else if (mustExist && !metrics.periods().contains(period.get())) {
            List<Period> all = metrics.periods();
            error.accept("no figures for " + period.get().key() + "; content/metrics/ covers " + all.get(0).key()
                    + " to " + all.get(all.size() - 1).key());
            return Optional.empty();
        }
        return period;
    }

    void checkRange(Optional<Period> from, Optional<Period> to) {
        if (from.isPresent() && to.isPresent() && from.get().start().isAfter(to.get().start())) {
            error.accept("'from=" + from.get().key() + "' is after 'to=" + to.get().key() + "'");
        }
    }

    Period.Kind by(String value) {
        if (value == null) {
            return Period.Kind.MONTH;
        }
        return switch (value) {
            case "month" -> Period.Kind.MONTH;
            case "quarter" -> Period.Kind.QUARTER;
            case "year" -> Period.Kind.YEAR;
            case "week" -> Period.Kind.WEEK;
            default -> {
                error.accept("'by=" + value + "' must be month, quarter, year or week");
                yield Period.Kind.MONTH;
            }
        };
    }

    Optional<String> segment(String value) {
        Optional<String> segment = Optional.ofNullable(value);
        if (segment.isPresent() && !metrics.segments().contains(segment.get())) {
            error.accept("no segment '" + segment.get() + "' in content/metrics/; segments there: "
                    + (metrics.segments().isEmpty() ? "none" : String.join(", ", metrics.segments())));
        }
        return segment;
    }

    Optional<String> channel(String value) {
        Optional<String> channel = Optional.ofNullable(value);
        if (channel.isPresent() && !metrics.channels().contains(channel.get())) {
            error.accept("no channel '" + channel.get() + "' in content/metrics/; channels there: "
                    + String.join(", ", metrics.channels()));
        }
        return channel;
    }

    /** cx-verbatims needs a topic; any block's topic must be one of content/topics.yaml. */
    Optional<String> topic(Kind kind, String value) {
        Optional<String> topic = Optional.ofNullable(value);
        List<String> topicIds = metrics.voice().topics().stream().map(t -> t.id()).toList();
        if (kind == Kind.VERBATIMS && topic.isEmpty()) {
            error.accept("cx-verbatims needs 'topic=', one of " + String.join(", ", topicIds));
        } else if (topic.isPresent() && !topicIds.contains(topic.get())) {
            error.accept("no topic '" + topic.get() + "' in content/topics.yaml"
                    + YamlMapping.hint(topic.get(), topicIds) + "; topics: " + String.join(", ", topicIds));
        }
        return topic;
    }

    String group(String value) {
        if (!GROUPS.contains(value)) {
            error.accept("'group=" + value + "' must be detractors, promoters or both");
        }
        return value;
    }
}
