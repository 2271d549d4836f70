package io.cxsite.metrics;

import io.cxsite.config.Benchmark;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The KPIs of one period, for all customers or one segment: read from a snapshot file or rolled up
 * from months. Durations are in seconds; rates are shares from 0 to 1; maps are sorted by channel.
 *
 * @param source the file it came from, or for a roll-up the files it was made of
 * @param targets targets in effect, by KPI key; per-channel targets as {@code firstResponseTime.phone};
 *                retention and churn targets are monthly in snapshots and compounded here for longer periods
 * @param months  how many months the figures cover: 1 for a month, 3 or 12 for a quarter or year
 *                file, the months found for a roll-up (fewer when the period is not complete), 0 for a week
 * @param samples how many answers (and their spread) a value was computed from, by KPI key as in
 *                {@code targets} ({@code ces}, {@code firstResponseTime.email}); only what the data gives
 * @param custom  the values of the site's own KPIs (site.yaml's {@code kpis:}) by key, in their own unit
 * @param benchmarks industry benchmarks in effect by KPI key: the snapshot's own over those of earlier
 *                snapshots over site.yaml's
 */
public record Snapshot(Period period, Optional<String> segment, String source, Optional<Nps> nps,
        Map<String, Nps> npsByChannel, OptionalDouble csat, OptionalDouble ces, Map<String, Double> firstResponseTime,
        Map<String, Double> resolutionTime, OptionalDouble retentionRate, OptionalDouble churnRate,
        Map<String, Long> contacts, Optional<Money> clv, Map<String, Double> targets, boolean rolledUp,
        int months, Map<String, Sample> samples, Map<String, Double> custom, Map<String, Benchmark> benchmarks) {

    /** A snapshot of the built-in KPIs alone, with no benchmarks. */
    public Snapshot(Period period, Optional<String> segment, String source, Optional<Nps> nps,
            Map<String, Nps> npsByChannel, OptionalDouble csat, OptionalDouble ces, Map<String, Double> firstResponseTime,
            Map<String, Double> resolutionTime, OptionalDouble retentionRate, OptionalDouble churnRate,
            Map<String, Long> contacts, Optional<Money> clv, Map<String, Double> targets, boolean rolledUp,
            int months, Map<String, Sample> samples) {
        this(period, segment, source, nps, npsByChannel, csat, ces, firstResponseTime, resolutionTime, retentionRate,
                churnRate, contacts, clv, targets, rolledUp, months, samples, Map.of(), Map.of());
    }

    public record Money(double amount, String currency) {
    }

    /** The single value of a KPI that has one (for per-channel KPIs: none, except contacts as their total). */
    public OptionalDouble value(Kpi kpi) {
        return switch (kpi) {
            case NPS -> nps.map(n -> OptionalDouble.of(n.score())).orElse(OptionalDouble.empty());
            case CSAT -> csat;
            case CES -> ces;
            case RETENTION_RATE -> retentionRate;
            case CHURN_RATE -> churnRate;
            case CLV -> clv.map(m -> OptionalDouble.of(m.amount())).orElse(OptionalDouble.empty());
            case CONTACTS -> contacts.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(contacts.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact));
            default -> OptionalDouble.empty();
        };
    }

    /** The single value of the built-in KPI or the site's own KPI with {@code key}; empty for any other key. */
    public OptionalDouble value(String key) {
        Optional<Kpi> kpi = Kpi.byKey(key);
        if (kpi.isPresent()) {
            return value(kpi.get());
        }
        Double v = custom.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The industry benchmark in effect for the KPI with {@code key}, if any. */
    public Optional<Benchmark> benchmark(String key) {
        return Optional.ofNullable(benchmarks.get(key));
    }

    /** Per-channel values of durations and contacts. */
    public Map<String, Double> byChannel(Kpi kpi) {
        return switch (kpi) {
            case FIRST_RESPONSE_TIME -> firstResponseTime;
            case RESOLUTION_TIME -> resolutionTime;
            case CONTACTS -> contacts.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().doubleValue(), (a, b) -> a, java.util.TreeMap::new));
            default -> Map.of();
        };
    }

    /** Whether a quarter or year was rolled up from fewer months than it has. */
    public boolean partial() {
        return rolledUp && months < period.months().size();
    }

    /** The sample behind the value of {@code key} (as in {@link #targets}), when the data gives it. */
    public Optional<Sample> sample(String key) {
        return Optional.ofNullable(samples.get(key));
    }

    public OptionalDouble target(String key) {
        Double target = targets.get(key);
        return target == null ? OptionalDouble.empty() : OptionalDouble.of(target);
    }
}
