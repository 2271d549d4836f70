package io.cxsite.site;

import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.KpiChart;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import java.util.ArrayList;
import java.util.List;
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

        /** The block's name in Markdown, as in {@code cx-kpi}. */
        String block() {
            return block;
        }

        /** The options this block takes, as written before their {@code =}. */
        List<String> options() {
            return options;
        }

        Kind(String block, List<String> options) {
            this.block = block;
            this.options = options;
        }

        boolean fromExports() {
            return this == DRIVERS || this == VERBATIMS || this == CRITICAL;
        }
    }

    /** What a {@code cx-chart} block names to draw the trend of one of the site's own KPIs: {@code <key>-trend}. */
    public static final String TREND = "-trend";

    /** The chart of a {@code cx-chart} block, whose one name the checker accepted; see {@link #ownTrend()}. */
    public KpiChart chart() {
        return KpiChart.byKey(names.get(0)).orElseThrow();
    }

    /**
     * The key of the site's own KPI whose trend a {@code cx-chart} block draws ({@code purchaseFrequency-trend}),
     * empty for the built-in charts of {@link #chart()}.
     */
    public Optional<String> ownTrend() {
        String name = names.isEmpty() ? "" : names.get(0);
        return kind == Kind.CHART && KpiChart.byKey(name).isEmpty() && name.endsWith(TREND)
                ? Optional.of(name.substring(0, name.length() - TREND.length())) : Optional.empty();
    }

    /** Checks the blocks of one page; a block with an error is reported and left out. */
    public static List<ReportSpec> check(String path, List<ReportBlock> blocks, boolean internal, Metrics metrics,
            Problems problems) {
        List<ReportSpec> specs = new ArrayList<>();
        for (ReportBlock block : blocks) {
            if (block.isFlow()) {
                continue; // a troubleshooting flow, checked by FlowSpec
            }
            new ReportBlockChecker(path, block, metrics, problems).check(internal).ifPresent(specs::add);
        }
        return List.copyOf(specs);
    }
}
