package io.cxsite.metrics;

import io.cxsite.config.Durations;
import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads one checked value of a snapshot file, reporting each mistake at its line and column. */
final class SnapshotValues {
    private final String path;
    private final Problems problems;

    SnapshotValues(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    OptionalDouble rate(Entry entry) {
        return scale(entry, 0, 1, "a share from 0 to 1 (0.84 for 84 %)");
    }

    OptionalDouble scale(Entry entry, double min, double max, String expected) {
        if (entry == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = number(entry.value(), expected);
        if (value.isPresent() && (value.getAsDouble() < min || value.getAsDouble() > max)) {
            error(entry.value(), "'" + entry.key() + "' must be " + expected + ", found " + entry.value().describe());
            return OptionalDouble.empty();
        }
        return value;
    }

    private OptionalDouble number(YamlNode node, String expected) {
        if (node.kind() != YamlNode.Kind.NUMBER) {
            String hint = node.text().endsWith("%") ? "; write 84 % as 0.84" : "";
            error(node, "expected " + expected + ", found " + node.describe() + hint);
            return OptionalDouble.empty();
        }
        double value;
        try {
            value = Double.parseDouble(node.text());
        } catch (NumberFormatException e) {
            value = Double.NaN; // YAML's .nan and .inf, and forms Java does not read
        }
        if (!Double.isFinite(value)) {
            error(node, "expected " + expected + ", found " + node.describe() + ", which is not a finite number;"
                    + " write the figure itself");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    Optional<Long> count(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        YamlNode node = entry.value();
        if (node.kind() != YamlNode.Kind.NUMBER || !wholeNumber(node.text())) {
            error(node, "'" + entry.key() + "' must be a whole number of answers or contacts, found " + node.describe());
            return Optional.empty();
        }
        // Up to 18 digits fit a long; longer ones are read whole, so that the message names them as written.
        BigInteger value = node.text().length() <= 18 ? BigInteger.valueOf(Long.parseLong(node.text()))
                : new BigInteger(node.text());
        if (value.signum() < 0) {
            error(node, "'" + entry.key() + "' cannot be negative, found " + value);
            return Optional.empty();
        }
        if (value.compareTo(BigInteger.valueOf(SnapshotReader.MAX_COUNT)) > 0) {
            error(node, "'" + entry.key() + "' is " + value + ", more than the " + String.format(Locale.ROOT, "%,d",
                    SnapshotReader.MAX_COUNT) + " cxsite counts at most; check the figure (an ID or a sum in the wrong column?)");
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }

    /** {@code -?[0-9]+}, ASCII digits only. */
    private static boolean wholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    OptionalDouble duration(Entry entry) {
        YamlNode node = entry.value();
        OptionalDouble seconds = node.kind() == YamlNode.Kind.STRING ? Durations.parse(node.text()) : OptionalDouble.empty();
        if (seconds.isEmpty()) {
            error(node, "'" + entry.key() + "' must be a duration such as 45s, 4m, 3.5h or 2d, found " + node.describe());
        }
        return seconds;
    }

    boolean mapping(Entry entry) {
        if (entry.value().isMapping()) {
            return true;
        }
        error(entry.value(), "'" + entry.key() + "' must be a mapping of 'key: value' lines, found " + entry.value().describe());
        return false;
    }

    boolean name(Entry entry) {
        if (isName(entry.key())) {
            return true;
        }
        problems.error(path, entry.line(), entry.column(), "channel '" + entry.key()
                + "' must be lower-case letters, digits and hyphens, such as phone or chat");
        return false;
    }

    /** {@code [a-z0-9][a-z0-9-]*}: a channel's name. */
    private static boolean isName(String key) {
        if (key.isEmpty() || key.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    void unknownKeys(YamlNode node, List<String> known, String what) {
        unknownKeys(node, known, what, "");
    }

    /** As {@link #unknownKeys(YamlNode, List, String)}, with {@code advice} (such as "; declare …") when no key is near. */
    void unknownKeys(YamlNode node, List<String> known, String what, String advice) {
        for (Entry entry : node.entries().values()) {
            if (!known.contains(entry.key())) {
                String hint = YamlMapping.hint(entry.key(), known);
                problems.error(path, entry.line(), entry.column(), "unknown " + what + " key '" + entry.key() + "'" + hint
                        + (hint.isEmpty() ? advice : "") + "; known keys: " + String.join(", ", known));
            }
        }
    }

    void error(YamlNode node, String message) {
        problems.error(path, node.line(), node.column(), message);
    }
}
