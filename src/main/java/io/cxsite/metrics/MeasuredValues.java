package io.cxsite.metrics;

import io.cxsite.config.CustomKpi;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a snapshot value that may say how many answers it came from: either the value alone
 * ({@code ces: 5.4}) or a mapping with its sample ({@code ces: {value: 5.4, n: 950, sd: 1.3}}).
 * The samples found are kept by KPI key for {@link Snapshot#samples()}.
 */
final class MeasuredValues {
    private static final List<String> KEYS = List.of("value", "n", "sd");

    private final SnapshotValues values;
    private final Map<String, Sample> samples = new TreeMap<>();

    MeasuredValues(SnapshotValues values) {
        this.values = values;
    }

    /** A share from 0 to 1 such as CSAT, whose spread follows from it: {@code sd} is refused. */
    OptionalDouble share(Entry entry) {
        return read(entry, entry == null ? null : entry.key(), values::rate, null);
    }

    /** A mean on a scale, such as CES on 1-7; {@code sd} is in the scale's points. */
    OptionalDouble mean(Entry entry, double min, double max, String expected) {
        return read(entry, entry == null ? null : entry.key(), e -> values.scale(e, min, max, expected),
                e -> values.scale(e, 0, max - min, "a standard deviation from 0 to " + (max - min)));
    }

    /**
     * A value of one of the site's own KPIs: a share takes {@code n} alone, other units {@code n} and
     * {@code sd}; a KPI that rolls up as a weighted mean must say its {@code n}.
     */
    OptionalDouble custom(Entry entry, CustomKpi kpi) {
        boolean share = kpi.measure() == CustomKpi.Measure.PERCENT;
        OptionalDouble value = read(entry, entry.key(), e -> values.scale(e, kpi.min(), kpi.max(), kpi.expected()),
                share ? null : e -> values.scale(e, 0, Double.MAX_VALUE, "a standard deviation, 0 or more"));
        if (value.isPresent() && kpi.rule() == CustomKpi.Rule.WEIGHTED_MEAN && !samples.containsKey(entry.key())) {
            values.error(entry.value(), "'" + entry.key() + "' rolls up as a weighted mean by n, so each month needs"
                    + " its n: write {value: " + entry.value().text() + ", n: <answers or customers>}");
            return OptionalDouble.empty();
        }
        return value;
    }

    /** A mean duration of one channel, stored under {@code key} such as firstResponseTime.email. */
    OptionalDouble duration(Entry entry, String key) {
        return read(entry, key, values::duration, values::duration);
    }

    Map<String, Sample> samples() {
        return Map.copyOf(samples);
    }

    /** {@code spread} is null for a share, which takes no {@code sd}. */
    private OptionalDouble read(Entry entry, String key, Function<Entry, OptionalDouble> value,
            Function<Entry, OptionalDouble> spread) {
        if (entry == null) {
            return OptionalDouble.empty();
        }
        YamlNode node = entry.value();
        if (!node.isMapping()) {
            return value.apply(entry);
        }
        values.unknownKeys(node, KEYS, "'" + entry.key() + "'");
        Map<String, Entry> parts = node.entries();
        Entry v = parts.get("value");
        if (v == null) {
            values.error(node, "'" + entry.key() + "' written as a mapping needs 'value:' (with 'n:' answers and,"
                    + " for a mean, their 'sd:'), such as {value: 5.4, n: 950, sd: 1.3}");
            return OptionalDouble.empty();
        }
        OptionalDouble result = value.apply(new Entry(entry.key(), v.line(), v.column(), v.value()));
        Optional<Long> n = size(parts.get("n"));
        OptionalDouble sd = spread(entry.key(), parts, spread, n.isPresent());
        if (result.isPresent() && n.isPresent()) {
            samples.put(key, new Sample(n.get(), sd));
        }
        return result;
    }

    private Optional<Long> size(Entry n) {
        Optional<Long> count = n == null ? Optional.empty() : values.count(n);
        if (count.isPresent() && count.get() < 1) {
            values.error(n.value(), "'n' is the number of answers behind the value, 1 or more; leave it out when"
                    + " unknown");
            return Optional.empty();
        }
        return count;
    }

    private OptionalDouble spread(String kpi, Map<String, Entry> parts, Function<Entry, OptionalDouble> spread,
            boolean hasSize) {
        Entry sd = parts.get("sd");
        if (sd == null) {
            return OptionalDouble.empty();
        }
        if (spread == null) {
            values.error(sd.value(), "'" + kpi + "' is a share: its spread follows from the share and 'n'; remove 'sd'");
            return OptionalDouble.empty();
        }
        if (!hasSize) {
            values.error(sd.value(), "'sd' needs 'n:' beside it, the number of answers it was measured over");
            return OptionalDouble.empty();
        }
        return spread.apply(sd);
    }
}
