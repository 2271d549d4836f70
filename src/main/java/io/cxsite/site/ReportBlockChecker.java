package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Kpi;
import io.cxsite.metrics.KpiChart;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.site.ReportSpec.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks one report block against the site's metrics, one method per rule, each error at the block's line. */
final class ReportBlockChecker {
    private final String path;
    private final ReportBlock block;
    private final Metrics metrics;
    private final Problems problems;
    private final ReportOptionChecker optionChecker;
    private boolean failed;

    ReportBlockChecker(String path, ReportBlock block, Metrics metrics, Problems problems) {
        this.path = path;
        this.block = block;
        this.metrics = metrics;
        this.problems = problems;
        this.optionChecker = new ReportOptionChecker(metrics, this::error);
    }

    /** The checked block, or empty when any rule failed (each failure is reported). */
    Optional<ReportSpec> check(boolean internal) {
        Optional<Kind> known = kind();
        if (known.isEmpty() || !canShow(known.get(), internal)) {
            return Optional.empty();
        }
        Kind kind = known.get();
        List<String> names = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        splitWords(names, options);
        checkOptionNames(kind, options);
        names = checkNames(kind, names);
        Optional<Period> period = optionChecker.period(options.get("period"), "period", true);
        Optional<Period> from = optionChecker.period(options.get("from"), "from", false);
        Optional<Period> to = optionChecker.period(options.get("to"), "to", false);
        optionChecker.checkRange(from, to);
        Period.Kind by = optionChecker.by(options.get("by"));
        Optional<String> segment = optionChecker.segment(options.get("segment"));
        Optional<String> channel = optionChecker.channel(options.get("channel"));
        Optional<String> topic = optionChecker.topic(kind, options.get("topic"));
        String group = optionChecker.group(options.getOrDefault("group", "both"));
        if (failed) {
            return Optional.empty();
        }
        return Optional.of(new ReportSpec(kind, List.copyOf(names), from, to, period, by, segment, channel, topic,
                group, block.caption(), block.line()));
    }

    private Optional<Kind> kind() {
        Optional<Kind> known = Arrays.stream(Kind.values()).filter(k -> k.block().equals(block.kind())).findFirst();
        if (known.isEmpty()) {
            List<String> blocks = Arrays.stream(Kind.values()).map(Kind::block).toList();
            List<String> all = new ArrayList<>(blocks);
            all.add(ReportBlock.FLOW);
            error("unknown block '" + block.kind() + "'" + YamlMapping.hint(block.kind(), all)
                    + "; report blocks are " + String.join(", ", blocks) + ", and " + ReportBlock.FLOW
                    + " makes a troubleshooting flow");
        }
        return known;
    }

    /** Whether the page and the site's inputs allow this kind of block at all. */
    private boolean canShow(Kind kind, boolean internal) {
        if (!internal) {
            error(block.kind() + " shows figures from content/metrics/, which are internal; put it on a page"
                    + " under reports/ or mark the page 'audience: internal'");
            return false;
        }
        if (kind.fromExports() && (!metrics.voice().hasExports() || metrics.voice().topics().isEmpty())) {
            error(block.kind() + " needs survey exports in content/feedback/ and topics in content/topics.yaml");
            return false;
        }
        if (metrics.isEmpty()) {
            error(block.kind() + " needs metric snapshots; add content/metrics/<period>.yaml files (see README)");
            return false;
        }
        return true;
    }

    /** Words without {@code =} are names; the others are options, each given once. */
    private void splitWords(List<String> names, Map<String, String> options) {
        for (String word : block.words()) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                names.add(word);
            } else if (options.putIfAbsent(word.substring(0, eq), word.substring(eq + 1)) != null) {
                error("option '" + word.substring(0, eq) + "' is given twice");
            }
        }
    }

    private void checkOptionNames(Kind kind, Map<String, String> options) {
        List<String> allowed = kind.options();
        for (String option : options.keySet()) {
            if (!allowed.contains(option)) {
                error("unknown option '" + option + "'" + YamlMapping.hint(option, allowed) + "; " + block.kind()
                        + (allowed.isEmpty() ? " takes no options" : " takes " + String.join("=, ", allowed) + "="));
            }
        }
    }

    /** The names the block shows: KPIs for cx-kpi ("all" or none means every KPI), one chart for cx-chart. */
    private List<String> checkNames(Kind kind, List<String> names) {
        if (kind == Kind.KPI) {
            return kpiNames(names);
        }
        if (kind.fromExports()) {
            if (!names.isEmpty()) {
                error(block.kind() + " takes only options, found '" + String.join(" ", names) + "'");
            }
        } else if (names.size() != 1 || !chartNames().contains(names.get(0))) {
            String found = names.isEmpty() ? "no chart name" : "'" + String.join(" ", names) + "'";
            error("cx-chart takes one chart name, found " + found
                    + (names.size() == 1 ? YamlMapping.hint(names.get(0), chartNames()) : "") + "; charts: "
                    + String.join(", ", chartNames()));
        }
        return names;
    }

    /** The built-in charts, then the trend of each of the site's own KPIs ({@code purchaseFrequency-trend}). */
    private List<String> chartNames() {
        List<String> charts = new ArrayList<>(KpiChart.keys());
        metrics.customKpis().keySet().forEach(key -> charts.add(key + ReportSpec.TREND));
        return charts;
    }

    private List<String> kpiNames(List<String> names) {
        List<String> keys = new ArrayList<>(Arrays.stream(Kpi.values()).map(Kpi::key).toList());
        keys.addAll(metrics.customKpis().keySet());
        List<String> wanted = names.isEmpty() || names.equals(List.of("all")) ? keys : names;
        for (String name : wanted) {
            if (!keys.contains(name)) {
                error("unknown KPI '" + name + "'" + YamlMapping.hint(name, keys) + "; cx-kpi takes "
                        + String.join(", ", keys));
            }
        }
        return wanted;
    }


    private void error(String message) {
        failed = true;
        problems.error(path, block.line(), block.column(), message);
    }
}
