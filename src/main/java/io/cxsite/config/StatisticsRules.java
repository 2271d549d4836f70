package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.List;

/** Reads site.yaml's {@code statistics:} mapping; a mistake is a problem at its line and the default stays. */
final class StatisticsRules {
    private static final List<String> KEYS = List.of("confidence");

    private StatisticsRules() {
    }

    static Statistics read(String path, YamlNode root, Problems problems) {
        Entry entry = root.entries().get("statistics");
        if (entry == null) {
            return Statistics.DEFAULTS;
        }
        YamlNode node = entry.value();
        if (!node.isMapping()) {
            problems.error(path, node.line(), node.column(), "'statistics:' is a mapping such as {confidence: 95},"
                    + " found " + node.describe());
            return Statistics.DEFAULTS;
        }
        for (Entry e : node.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.error(path, e.line(), e.column(), "unknown statistics key '" + e.key() + "'"
                        + YamlMapping.hint(e.key(), KEYS) + "; known keys: " + String.join(", ", KEYS));
            }
        }
        Entry confidence = node.entries().get("confidence");
        if (confidence == null) {
            return Statistics.DEFAULTS;
        }
        YamlNode value = confidence.value();
        String text = value.text();
        if (value.kind() == YamlNode.Kind.NUMBER && text.matches("\\d+")
                && Statistics.LEVELS.contains(Integer.parseInt(text))) {
            return new Statistics(Integer.parseInt(text));
        }
        problems.error(path, value.line(), value.column(), "'confidence' is the confidence level in per cent: 90, 95"
                + " or 99 (write 95, not 0.95 or 95 %), found " + value.describe());
        return Statistics.DEFAULTS;
    }
}
