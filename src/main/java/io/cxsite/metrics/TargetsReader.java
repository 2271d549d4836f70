package io.cxsite.metrics;

import io.cxsite.config.CustomKpi;
import io.cxsite.config.YamlNode.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a snapshot's 'targets': one checked goal per KPI, or per channel for durations and contacts. */
final class TargetsReader {
    private final SnapshotValues values;
    private final ChannelFigures channels;
    private final Map<String, CustomKpi> custom;

    TargetsReader(SnapshotValues values) {
        this(values, Map.of());
    }

    /** Reads targets of the built-in KPIs and of the site's own KPIs {@code custom}. */
    TargetsReader(SnapshotValues values, Map<String, CustomKpi> custom) {
        this.values = values;
        this.channels = new ChannelFigures(values, null);
        this.custom = custom;
    }

    Map<String, Double> targets(Entry entry) {
        Map<String, Double> targets = new TreeMap<>();
        if (entry == null || !values.mapping(entry)) {
            return targets;
        }
        List<String> known = new ArrayList<>(Arrays.stream(Kpi.values()).map(Kpi::key).toList());
        known.addAll(custom.keySet());
        values.unknownKeys(entry.value(), known, "target", SnapshotReader.DECLARE);
        for (Entry target : entry.value().entries().values()) {
            CustomKpi own = custom.get(target.key());
            if (own != null) {
                values.scale(target, own.min(), own.max(), own.expected()).ifPresent(v -> targets.put(target.key(), v));
            }
            Optional<Kpi> kpi = Kpi.byKey(target.key());
            if (kpi.isEmpty()) {
                continue;
            }
            switch (kpi.get()) {
                case FIRST_RESPONSE_TIME, RESOLUTION_TIME -> channels.durations(target)
                        .forEach((channel, seconds) -> targets.put(target.key() + "." + channel, seconds));
                case CONTACTS -> channels.counts(target).forEach((channel, n) -> targets.put(target.key() + "." + channel, (double) n));
                case NPS -> values.scale(target, -100, 100, "an NPS from -100 to 100").ifPresent(v -> targets.put(target.key(), v));
                case CES -> values.scale(target, 1, 7, "a mean on the 1-7 scale").ifPresent(v -> targets.put(target.key(), v));
                case CLV -> values.scale(target, 0, Double.MAX_VALUE, "an amount, 0 or more").ifPresent(v -> targets.put(target.key(), v));
                default -> values.rate(target).ifPresent(v -> targets.put(target.key(), v));
            }
        }
        return targets;
    }
}
