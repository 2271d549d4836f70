package io.cxsite.metrics;

import io.cxsite.config.YamlNode.Entry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a mapping of figures by channel: durations such as first response times, or contact counts. */
final class ChannelFigures {
    private final SnapshotValues values;
    private final MeasuredValues measured;

    /** {@code measured} is null where values come alone (targets). */
    ChannelFigures(SnapshotValues values, MeasuredValues measured) {
        this.values = values;
        this.measured = measured;
    }

    /** Durations by channel, each written alone ({@code 3m}) or with its sample ({@code {value: 3m, n: 900, sd: 2m}}). */
    Map<String, Double> durations(Entry entry) {
        Map<String, Double> result = new TreeMap<>();
        if (entry == null || !values.mapping(entry)) {
            return result;
        }
        for (Entry channel : entry.value().entries().values()) {
            if (values.name(channel)) {
                (measured == null ? values.duration(channel) : measured.duration(channel, entry.key() + "." + channel.key()))
                        .ifPresent(seconds -> result.put(channel.key(), seconds));
            }
        }
        return result;
    }

    Map<String, Long> counts(Entry entry) {
        Map<String, Long> result = new TreeMap<>();
        if (entry == null || !values.mapping(entry)) {
            return result;
        }
        long total = 0;
        for (Entry channel : entry.value().entries().values()) {
            if (values.name(channel)) {
                Optional<Long> n = values.count(channel);
                if (n.isPresent()) {
                    result.put(channel.key(), n.get());
                    total += n.get(); // each is at most SnapshotReader.MAX_COUNT, so the sum of a few cannot wrap before the check
                    if (total > SnapshotReader.MAX_COUNT) {
                        values.error(channel.value(), "'" + entry.key() + "' adds up to more than the " + String.format(
                                Locale.ROOT, "%,d", SnapshotReader.MAX_COUNT) + " cxsite counts at most here; check the figures");
                        return new TreeMap<>();
                    }
                }
            }
        }
        return result;
    }
}
