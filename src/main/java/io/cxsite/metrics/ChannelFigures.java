package io.cxsite.metrics;

import io.cxsite.config.YamlNode.Entry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a mapping of figures by channel: durations such as first response times, or contact counts. */
final class ChannelFigures {
    private final SnapshotValues values;

    ChannelFigures(SnapshotValues values) {
        this.values = values;
    }

    Map<String, Double> durations(Entry entry) {
        Map<String, Double> result = new TreeMap<>();
        if (entry == null || !values.mapping(entry)) {
            return result;
        }
        for (Entry channel : entry.value().entries().values()) {
            if (values.name(channel)) {
                values.duration(channel).ifPresent(seconds -> result.put(channel.key(), seconds));
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
