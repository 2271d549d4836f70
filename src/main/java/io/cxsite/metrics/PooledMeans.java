package io.cxsite.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Means of a roll-up's months. When every month with a value also says how many answers it came
 * from, the months are pooled: the mean weighs each month by its answers and the sample adds them
 * up, with the spread of all answers together, sqrt(sum((n_i - 1) s_i^2 + n_i (m_i - M)^2) / (N - 1)).
 * Otherwise each month counts once, as before samples were known, and the roll-up has no sample.
 */
final class PooledMeans {
    private final List<Snapshot> months;
    private final Map<String, Sample> samples = new TreeMap<>();

    PooledMeans(List<Snapshot> months) {
        this.months = months;
    }

    OptionalDouble mean(String key, Function<Snapshot, OptionalDouble> value) {
        double[] values = new double[months.size()];
        List<Optional<Sample>> sizes = new ArrayList<>();
        for (Snapshot m : months) {
            OptionalDouble v = value.apply(m);
            if (v.isPresent()) {
                values[sizes.size()] = v.getAsDouble();
                sizes.add(m.sample(key));
            }
        }
        return pool(key, Arrays.copyOf(values, sizes.size()), sizes);
    }

    Map<String, Double> byChannel(String kpi, Function<Snapshot, Map<String, Double>> value) {
        Set<String> channels = new TreeSet<>();
        for (Snapshot m : months) {
            channels.addAll(value.apply(m).keySet());
        }
        Map<String, Double> result = new TreeMap<>();
        for (String channel : channels) {
            mean(kpi + "." + channel, m -> {
                Double v = value.apply(m).get(channel);
                return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
            }).ifPresent(v -> result.put(channel, v));
        }
        return result;
    }

    Map<String, Sample> samples() {
        return Map.copyOf(samples);
    }

    private OptionalDouble pool(String key, double[] values, List<Optional<Sample>> sizes) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        if (sizes.contains(Optional.<Sample>empty())) {
            return OptionalDouble.of(Arrays.stream(values).average().orElseThrow());
        }
        long total = 0;
        double weighted = 0;
        for (int i = 0; i < values.length; i++) {
            long n = sizes.get(i).orElseThrow().n();
            total = Math.addExact(total, n);
            weighted += values[i] * n;
        }
        double mean = weighted / total;
        samples.put(key, new Sample(total, spread(values, sizes, mean, total)));
        return OptionalDouble.of(mean);
    }

    /** The pooled spread when every month gives one and there are two answers or more; else empty. */
    private static OptionalDouble spread(double[] values, List<Optional<Sample>> sizes, double mean, long total) {
        if (total < 2 || sizes.stream().anyMatch(s -> s.orElseThrow().sd().isEmpty())) {
            return OptionalDouble.empty();
        }
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            Sample s = sizes.get(i).orElseThrow();
            double sd = s.sd().getAsDouble();
            squares += (s.n() - 1) * sd * sd + s.n() * (values[i] - mean) * (values[i] - mean);
        }
        return OptionalDouble.of(Math.sqrt(squares / (total - 1)));
    }
}
