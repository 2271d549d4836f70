package io.cxsite.render;

import io.cxsite.config.Benchmark;
import io.cxsite.metrics.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Reads a report chart's series, channels and targets out of the snapshots of its periods. */
final class SnapshotSeries {
    private SnapshotSeries() {
    }

    /** The target in effect at the last period shown. */
    static OptionalDouble target(List<Snapshot> snaps, String key) {
        for (int i = snaps.size() - 1; i >= 0; i--) {
            if (snaps.get(i) != null) {
                return snaps.get(i).target(key);
            }
        }
        return OptionalDouble.empty();
    }

    /** The benchmark in effect at the last period shown. */
    static Optional<Benchmark> benchmark(List<Snapshot> snaps, String key) {
        for (int i = snaps.size() - 1; i >= 0; i--) {
            if (snaps.get(i) != null) {
                return snaps.get(i).benchmark(key);
            }
        }
        return Optional.empty();
    }

    static List<String> channels(List<Snapshot> snaps, Function<Snapshot, Set<String>> of, Optional<String> only) {
        Set<String> channels = new TreeSet<>();
        snaps.stream().filter(s -> s != null).forEach(s -> channels.addAll(of.apply(s)));
        return only.map(o -> channels.contains(o) ? List.of(o) : List.<String>of()).orElse(List.copyOf(channels));
    }

    static List<Double> values(List<Snapshot> snaps, Function<Snapshot, Optional<Double>> value) {
        List<Double> values = new ArrayList<>();
        for (Snapshot s : snaps) {
            values.add(s == null ? null : value.apply(s).orElse(null));
        }
        return values;
    }

    static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    static OptionalDouble scaled(OptionalDouble value, double factor) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : value;
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
