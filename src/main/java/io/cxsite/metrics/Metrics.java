package io.cxsite.metrics;

import io.cxsite.config.Benchmark;
import io.cxsite.config.CustomKpi;
import io.cxsite.feedback.FeedbackData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every snapshot of the site, with quarters and years that have no file of their own rolled up
 * from their months, and targets carried forward from the snapshot that last set them.
 */
public final class Metrics {
    public static final Metrics EMPTY = new Metrics(List.of(), FeedbackData.EMPTY);

    /** All snapshots by period and segment ("" for all customers), files and roll-ups. */
    private final Map<SnapshotKey, Snapshot> snapshots = new TreeMap<>();
    /** The same snapshots for lookups: every chart and card on every page asks for some. */
    private final Map<SnapshotKey, Snapshot> byKey;
    private final List<Period> periods;
    private final Map<Period.Kind, List<Period>> periodsByKind = new EnumMap<>(Period.Kind.class);
    private final Set<String> segments;
    private final Set<String> channels = new TreeSet<>();

    /** The exports' counts, for metrics.json. */
    private final FeedbackData exports;
    private final CustomerVoice voice;
    private final KpiSettings settings;

    Metrics(List<Snapshot> files, FeedbackData exports) {
        this(files, exports, KpiSettings.NONE);
    }

    Metrics(List<Snapshot> files, FeedbackData exports, KpiSettings settings) {
        this.exports = exports;
        this.voice = new CustomerVoice(exports);
        this.settings = settings;
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
        List<CustomKpi> custom = List.copyOf(settings.custom().values());
        // Each roll-up is made of its own months alone, so they are made side by side.
        all.putAll(groups.entrySet().parallelStream().filter(group -> !own.containsKey(group.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, group -> RollUp.of(group.getKey().period(),
                        group.getKey().segment().isEmpty() ? Optional.empty() : Optional.of(group.getKey().segment()),
                        group.getValue(), custom))));
        // Targets and benchmarks in effect: each all-customer file's own over those before it.
        InEffect<Double> targets = new InEffect<>(own.values(), Snapshot::targets, Map.of());
        InEffect<Benchmark> benchmarks = new InEffect<>(own.values(), Snapshot::benchmarks, settings.benchmarks());
        all.forEach((key, s) -> {
            Map<String, Double> effective = targets.at(s);
            // Retention and churn targets are set per month; over several months they compound.
            if (s.months() > 1) {
                effective.computeIfPresent("retentionRate", (k, t) -> Math.pow(t, s.months()));
                effective.computeIfPresent("churnRate", (k, t) -> 1 - Math.pow(1 - t, s.months()));
                // A monthly target of a KPI that sums up is met over n months by n times as much.
                custom.stream().filter(c -> c.rule() == CustomKpi.Rule.SUM)
                        .forEach(c -> effective.computeIfPresent(c.key(), (k, t) -> t * s.months()));
            }
            if (!s.rolledUp()) {
                effective.putAll(s.targets());
            }
            snapshots.put(key, withTargets(s, Map.copyOf(effective), benchmarks.at(s)));
        });
        byKey = new HashMap<>(snapshots);
        periods = snapshots.keySet().stream().filter(k -> k.segment().isEmpty()).map(SnapshotKey::period).toList();
        for (Period.Kind kind : Period.Kind.values()) {
            periodsByKind.put(kind, periods.stream().filter(p -> p.kind() == kind).toList());
        }
        segments = snapshots.keySet().stream().map(SnapshotKey::segment).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        for (Snapshot s : snapshots.values()) {
            channels.addAll(s.npsByChannel().keySet());
            channels.addAll(s.firstResponseTime().keySet());
            channels.addAll(s.resolutionTime().keySet());
            channels.addAll(s.contacts().keySet());
        }
    }

    /**
     * Settings by KPI key that a snapshot file sets from its period on: what all-customer files set
     * before or in a period, later files over earlier ones, over {@code start}; a file's own apply to it.
     */
    private static final class InEffect<V> {
        private final TreeMap<Period, Map<String, V>> from = new TreeMap<>(Comparator.comparing(Period::start)
                .thenComparing(Period::end));
        private final Map<String, V> start;
        private final Function<Snapshot, Map<String, V>> of;

        InEffect(Collection<Snapshot> files, Function<Snapshot, Map<String, V>> of, Map<String, V> start) {
            this.start = start;
            this.of = of;
            Map<String, V> running = new TreeMap<>(start);
            for (Snapshot s : files) {
                if (s.segment().isEmpty() && !of.apply(s).isEmpty()) {
                    running.putAll(of.apply(s));
                    from.put(s.period(), new TreeMap<>(running));
                }
            }
        }

        /** What is in effect for {@code s}, up to the last month it covers; its own settings are added by the caller. */
        Map<String, V> at(Snapshot s) {
            Period lastMonth = Period.monthOf(s.period().end());
            Map<String, V> effective = new TreeMap<>(start);
            Map.Entry<Period, Map<String, V>> latest = from.floorEntry(lastMonth);
            if (latest != null) {
                effective.putAll(latest.getValue());
            }
            if (!s.rolledUp()) {
                effective.putAll(of.apply(s));
            }
            return effective;
        }
    }

    private static Snapshot withTargets(Snapshot s, Map<String, Double> targets, Map<String, Benchmark> benchmarks) {
        return new Snapshot(s.period(), s.segment(), s.source(), s.nps(), s.npsByChannel(), s.csat(), s.ces(),
                s.firstResponseTime(), s.resolutionTime(), s.retentionRate(), s.churnRate(), s.contacts(), s.clv(),
                new TreeMap<>(targets), s.rolledUp(), s.months(), s.samples(), s.custom(), Map.copyOf(benchmarks));
    }

    /** The site's own KPIs (site.yaml's {@code kpis:}) by key, in the order declared. */
    public Map<String, CustomKpi> customKpis() {
        return settings.custom();
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
        return Optional.ofNullable(byKey.get(new SnapshotKey(period, segment.orElse(""))));
    }

    /** Periods that have all-customer figures, in ascending order. */
    public List<Period> periods() {
        return periods;
    }

    /** Periods of one kind that have all-customer figures, in ascending order. */
    public List<Period> periods(Period.Kind kind) {
        return periodsByKind.get(kind);
    }

    /**
     * Periods of one kind from {@code from} to {@code to}, both included: those that start on or after
     * {@code from} starts and end on or before {@code to} ends. Periods of one kind follow each other
     * without overlap, so they are a run of the sorted list, found by halving.
     */
    public List<Period> range(Period.Kind kind, Optional<Period> from, Optional<Period> to) {
        List<Period> all = periods(kind);
        int first = from.map(f -> firstIndex(all, p -> !p.start().isBefore(f.start()))).orElse(0);
        int end = to.map(t -> firstIndex(all, p -> p.end().isAfter(t.end()))).orElse(all.size());
        return first < end ? all.subList(first, end) : List.of();
    }

    /** The first index of {@code sorted} whose period passes {@code test}, which holds from some index on. */
    private static int firstIndex(List<Period> sorted, Predicate<Period> test) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (test.test(sorted.get(middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
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
