package io.cxsite.metrics;

import io.cxsite.feedback.FeedbackData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every snapshot of the site, with quarters and years that have no file of their own rolled up
 * from their months, and targets carried forward from the snapshot that last set them.
 */
public final class Metrics {
    public static final Metrics EMPTY = new Metrics(List.of(), FeedbackData.EMPTY);

    /** All snapshots by period and segment ("" for all customers), files and roll-ups. */
    private final Map<SnapshotKey, Snapshot> snapshots = new TreeMap<>();
    private final List<Period> periods;
    private final Set<String> segments;
    private final Set<String> channels = new TreeSet<>();

    /** The exports' counts, for metrics.json. */
    private final FeedbackData exports;
    private final CustomerVoice voice;

    Metrics(List<Snapshot> files, FeedbackData exports) {
        this.exports = exports;
        this.voice = new CustomerVoice(exports);
        Map<SnapshotKey, Snapshot> own = new TreeMap<>();
        for (Snapshot s : files) {
            own.put(new SnapshotKey(s.period(), s.segment().orElse("")), s);
        }
        // Roll up every quarter and year that has months but no file of its own.
        Map<SnapshotKey, List<Snapshot>> groups = new TreeMap<>();
        for (Snapshot s : own.values()) {
            if (s.period().kind() == Period.Kind.MONTH) {
                String segment = s.segment().orElse("");
                groups.computeIfAbsent(new SnapshotKey(s.period().quarter(), segment), k -> new ArrayList<>()).add(s);
                groups.computeIfAbsent(new SnapshotKey(s.period().asYear(), segment), k -> new ArrayList<>()).add(s);
            }
        }
        Map<SnapshotKey, Snapshot> all = new TreeMap<>(own);
        groups.forEach((key, months) -> all.putIfAbsent(key, RollUp.of(key.period(),
                key.segment().isEmpty() ? Optional.empty() : Optional.of(key.segment()), months)));
        // Targets in effect: each all-customer file's own targets over those before it.
        TreeMap<Period, Map<String, Double>> targetsFrom = new TreeMap<>(Comparator.comparing(Period::start)
                .thenComparing(Period::end));
        Map<String, Double> running = new TreeMap<>();
        for (Snapshot s : own.values()) {
            if (s.segment().isEmpty() && !s.targets().isEmpty()) {
                running.putAll(s.targets());
                targetsFrom.put(s.period(), new TreeMap<>(running));
            }
        }
        all.forEach((key, s) -> {
            Period lastDay = Period.parse(s.period().end().toString().substring(0, 7)).orElseThrow();
            Map<String, Double> effective = new TreeMap<>();
            targetsFrom.headMap(lastDay, true).values().stream().reduce((a, b) -> b).ifPresent(effective::putAll);
            // Retention and churn targets are set per month; over several months they compound.
            if (s.months() > 1) {
                effective.computeIfPresent("retentionRate", (k, t) -> Math.pow(t, s.months()));
                effective.computeIfPresent("churnRate", (k, t) -> 1 - Math.pow(1 - t, s.months()));
            }
            if (!s.rolledUp()) {
                effective.putAll(s.targets());
            }
            snapshots.put(key, withTargets(s, Map.copyOf(effective)));
        });
        periods = snapshots.keySet().stream().filter(k -> k.segment().isEmpty()).map(SnapshotKey::period).toList();
        segments = snapshots.keySet().stream().map(SnapshotKey::segment).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        for (Snapshot s : snapshots.values()) {
            channels.addAll(s.npsByChannel().keySet());
            channels.addAll(s.firstResponseTime().keySet());
            channels.addAll(s.resolutionTime().keySet());
            channels.addAll(s.contacts().keySet());
        }
    }

    private static Snapshot withTargets(Snapshot s, Map<String, Double> targets) {
        return new Snapshot(s.period(), s.segment(), s.source(), s.nps(), s.npsByChannel(), s.csat(), s.ces(),
                s.firstResponseTime(), s.resolutionTime(), s.retentionRate(), s.churnRate(), s.contacts(), s.clv(),
                new TreeMap<>(targets), s.rolledUp(), s.months(), s.samples());
    }

    public boolean isEmpty() {
        return snapshots.isEmpty();
    }

    /** What the survey exports gave beyond the counts: topics, drivers, verbatims, critical comments. */
    public CustomerVoice voice() {
        return voice;
    }

    /** The survey exports as counted, for metrics.json. */
    FeedbackData exports() {
        return exports;
    }

    /** The snapshot of a period for all customers (empty segment) or one segment. */
    public Optional<Snapshot> get(Period period, Optional<String> segment) {
        return Optional.ofNullable(snapshots.get(new SnapshotKey(period, segment.orElse(""))));
    }

    /** Periods that have all-customer figures, in ascending order. */
    public List<Period> periods() {
        return periods;
    }

    public List<Period> periods(Period.Kind kind) {
        return periods().stream().filter(p -> p.kind() == kind).toList();
    }

    /** Periods of one kind from {@code from} to {@code to}, both included. */
    public List<Period> range(Period.Kind kind, Optional<Period> from, Optional<Period> to) {
        return periods(kind).stream()
                .filter(p -> from.map(f -> !p.start().isBefore(f.start())).orElse(true))
                .filter(p -> to.map(t -> !p.end().isAfter(t.end())).orElse(true))
                .toList();
    }

    /** The newest month, else the newest period of any kind. */
    public Optional<Period> latest() {
        List<Period> months = periods(Period.Kind.MONTH);
        if (!months.isEmpty()) {
            return Optional.of(months.get(months.size() - 1));
        }
        List<Period> all = periods();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Set<String> segments() {
        return Collections.unmodifiableSet(segments);
    }

    /** Every channel any snapshot names, for NPS, durations or contacts. */
    public Set<String> channels() {
        return Collections.unmodifiableSet(channels);
    }
}
