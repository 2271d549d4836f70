package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Kpi;
import io.cxsite.metrics.KpiChart;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked {@code cx-kpi} or {@code cx-chart} block: which KPIs or chart, over which periods,
 * for which segment or channel. Every option is validated against the site's metrics at the
 * block's line, so rendering never meets a surprise.
 */
public record ReportSpec(Kind kind, List<String> names, Optional<Period> from, Optional<Period> to,
        Optional<Period> period, Period.Kind by, Optional<String> segment, Optional<String> channel,
        Optional<String> topic, String group, String caption, int line) {

    /** {@code cx-kpi}, {@code cx-chart}, and from the survey exports {@code cx-drivers}, {@code cx-verbatims}, {@code cx-critical}. */
    public enum Kind {
        KPI("cx-kpi", List.of("period", "segment")),
        CHART("cx-chart", List.of("from", "to", "by", "segment", "channel")),
        DRIVERS("cx-drivers", List.of("period")),
        VERBATIMS("cx-verbatims", List.of("topic", "group")),
        CRITICAL("cx-critical", List.of());

        private final String block;
        private final List<String> options;

        Kind(String block, List<String> options) {
            this.block = block;
            this.options = options;
        }

        boolean fromExports() {
            return this == DRIVERS || this == VERBATIMS || this == CRITICAL;
        }
    }

    /** The chart of a {@code cx-chart} block, whose one name the checker accepted. */
    public KpiChart chart() {
        return KpiChart.byKey(names.get(0)).orElseThrow();
    }

    /** Checks the blocks of one page; a block with an error is reported and left out. */
    public static List<ReportSpec> check(String path, List<ReportBlock> blocks, boolean internal, Metrics metrics,
            Problems problems) {
        List<ReportSpec> specs = new ArrayList<>();
        for (ReportBlock block : blocks) {
            if (block.isFlow()) {
                continue; // a troubleshooting flow, checked by FlowSpec
            }
            new Checker(path, block, metrics, problems).check(internal).ifPresent(specs::add);
        }
        return List.copyOf(specs);
    }

    private static final class Checker {
        private final String path;
        private final ReportBlock block;
        private final Metrics metrics;
        private final Problems problems;
        private boolean failed;

        Checker(String path, ReportBlock block, Metrics metrics, Problems problems) {
            this.path = path;
            this.block = block;
            this.metrics = metrics;
            this.problems = problems;
        }

        Optional<ReportSpec> check(boolean internal) {
            Optional<Kind> known = Arrays.stream(Kind.values()).filter(k -> k.block.equals(block.kind())).findFirst();
            if (known.isEmpty()) {
                List<String> blocks = Arrays.stream(Kind.values()).map(k -> k.block).toList();
                List<String> all = new ArrayList<>(blocks);
                all.add(ReportBlock.FLOW);
                error("unknown block '" + block.kind() + "'" + YamlMapping.hint(block.kind(), all)
                        + "; report blocks are " + String.join(", ", blocks) + ", and " + ReportBlock.FLOW
                        + " makes a troubleshooting flow");
                return Optional.empty();
            }
            Kind kind = known.get();
            if (!internal) {
                error(block.kind() + " shows figures from content/metrics/, which are internal; put it on a page"
                        + " under reports/ or mark the page 'audience: internal'");
                return Optional.empty();
            }
            if (kind.fromExports() && (!metrics.voice().hasExports() || metrics.voice().topics().isEmpty())) {
                error(block.kind() + " needs survey exports in content/feedback/ and topics in content/topics.yaml");
                return Optional.empty();
            }
            if (metrics.isEmpty()) {
                error(block.kind() + " needs metric snapshots; add content/metrics/<period>.yaml files (see README)");
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (String word : block.words()) {
                int eq = word.indexOf('=');
                if (eq < 0) {
                    names.add(word);
                } else if (options.putIfAbsent(word.substring(0, eq), word.substring(eq + 1)) != null) {
                    error("option '" + word.substring(0, eq) + "' is given twice");
                }
            }
            List<String> allowed = kind.options;
            for (String option : options.keySet()) {
                if (!allowed.contains(option)) {
                    error("unknown option '" + option + "'" + YamlMapping.hint(option, allowed) + "; " + block.kind()
                            + (allowed.isEmpty() ? " takes no options" : " takes " + String.join("=, ", allowed) + "="));
                }
            }
            if (kind == Kind.KPI) {
                List<String> keys = Arrays.stream(Kpi.values()).map(Kpi::key).toList();
                if (names.isEmpty() || names.equals(List.of("all"))) {
                    names = keys;
                }
                for (String name : names) {
                    if (!keys.contains(name)) {
                        error("unknown KPI '" + name + "'" + YamlMapping.hint(name, keys) + "; cx-kpi takes "
                                + String.join(", ", keys));
                    }
                }
            } else if (kind.fromExports()) {
                if (!names.isEmpty()) {
                    error(block.kind() + " takes only options, found '" + String.join(" ", names) + "'");
                }
            } else if (names.size() != 1 || KpiChart.byKey(names.get(0)).isEmpty()) {
                String found = names.isEmpty() ? "no chart name" : "'" + String.join(" ", names) + "'";
                error("cx-chart takes one chart name, found " + found
                        + (names.size() == 1 ? YamlMapping.hint(names.get(0), KpiChart.keys()) : "") + "; charts: "
                        + String.join(", ", KpiChart.keys()));
            }
            Optional<Period> period = period(options.get("period"), "period", true);
            Optional<Period> from = period(options.get("from"), "from", false);
            Optional<Period> to = period(options.get("to"), "to", false);
            if (from.isPresent() && to.isPresent() && from.get().start().isAfter(to.get().start())) {
                error("'from=" + from.get().key() + "' is after 'to=" + to.get().key() + "'");
            }
            Period.Kind by = Period.Kind.MONTH;
            if (options.containsKey("by")) {
                switch (options.get("by")) {
                    case "month" -> by = Period.Kind.MONTH;
                    case "quarter" -> by = Period.Kind.QUARTER;
                    case "year" -> by = Period.Kind.YEAR;
                    case "week" -> by = Period.Kind.WEEK;
                    default -> error("'by=" + options.get("by") + "' must be month, quarter, year or week");
                }
            }
            Optional<String> segment = Optional.ofNullable(options.get("segment"));
            if (segment.isPresent() && !metrics.segments().contains(segment.get())) {
                error("no segment '" + segment.get() + "' in content/metrics/; segments there: "
                        + (metrics.segments().isEmpty() ? "none" : String.join(", ", metrics.segments())));
            }
            Optional<String> channel = Optional.ofNullable(options.get("channel"));
            if (channel.isPresent() && !metrics.channels().contains(channel.get())) {
                error("no channel '" + channel.get() + "' in content/metrics/; channels there: "
                        + String.join(", ", metrics.channels()));
            }
            Optional<String> topic = Optional.ofNullable(options.get("topic"));
            List<String> topicIds = metrics.voice().topics().stream().map(t -> t.id()).toList();
            if (kind == Kind.VERBATIMS && topic.isEmpty()) {
                error("cx-verbatims needs 'topic=', one of " + String.join(", ", topicIds));
            } else if (topic.isPresent() && !topicIds.contains(topic.get())) {
                error("no topic '" + topic.get() + "' in content/topics.yaml" + YamlMapping.hint(topic.get(), topicIds)
                        + "; topics: " + String.join(", ", topicIds));
            }
            String group = options.getOrDefault("group", "both");
            if (!List.of("both", "detractors", "promoters").contains(group)) {
                error("'group=" + group + "' must be detractors, promoters or both");
            }
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new ReportSpec(kind, List.copyOf(names), from, to, period, by, segment, channel, topic,
                    group, block.caption(), block.line()));
        }

        private Optional<Period> period(String value, String option, boolean mustExist) {
            if (value == null) {
                return Optional.empty();
            }
            Optional<Period> period = Period.parse(value);
            if (period.isEmpty()) {
                error("'" + option + "=" + value + "' is not a period; write 2026-10, 2026-Q3, 2026-W41 or 2026");
            } else if (mustExist && !metrics.periods().contains(period.get())) {
                List<Period> all = metrics.periods();
                error("no figures for " + period.get().key() + "; content/metrics/ covers " + all.get(0).key() + " to "
                        + all.get(all.size() - 1).key());
                return Optional.empty();
            }
            return period;
        }

        private void error(String message) {
            failed = true;
            problems.error(path, block.line(), block.column(), message);
        }
    }
}
