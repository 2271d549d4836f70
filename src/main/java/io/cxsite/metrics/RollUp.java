package io.cxsite.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Quarters and years made of their months' snapshots. */
final class RollUp {
    private RollUp() {
    }

    static Snapshot of(Period period, Optional<String> segment, List<Snapshot> months) {
        String source = "rolled up from " + months.size() + " month" + (months.size() == 1 ? "" : "s") + ": "
                + months.stream().map(Snapshot::source).collect(Collectors.joining(", "));
        List<Nps> nps = months.stream().flatMap(m -> m.nps().stream()).toList();
        Map<String, Nps> byChannel = new TreeMap<>();
        months.stream().flatMap(m -> m.npsByChannel().keySet().stream()).distinct().sorted().forEach(channel ->
                byChannel.put(channel, Nps.sum(months.stream().flatMap(m ->
                        Optional.ofNullable(m.npsByChannel().get(channel)).stream()).toList())));
        // Retention compounds over months; churn is what is not retained.
        List<Double> kept = months.stream().map(m -> m.retentionRate().isPresent() ? m.retentionRate()
                : m.churnRate().isPresent() ? OptionalDouble.of(1 - m.churnRate().getAsDouble()) : OptionalDouble.empty())
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
        OptionalDouble retention = kept.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(kept.stream().reduce(1.0, (a, b) -> a * b));
        OptionalDouble churn = retention.isPresent() ? OptionalDouble.of(1 - retention.getAsDouble())
                : OptionalDouble.empty();
        Map<String, Long> contacts = new TreeMap<>();
        months.forEach(m -> m.contacts().forEach((c, n) -> contacts.merge(c, n, Math::addExact)));
        List<Snapshot.Money> clvs = months.stream().flatMap(m -> m.clv().stream()).toList();
        Optional<Snapshot.Money> clv = clvs.isEmpty() || clvs.stream().map(Snapshot.Money::currency).distinct().count() > 1
                ? Optional.empty()
                : Optional.of(new Snapshot.Money(clvs.stream().mapToDouble(Snapshot.Money::amount).average().orElseThrow(),
                        clvs.get(0).currency()));
        return new Snapshot(period, segment, source, nps.isEmpty() ? Optional.empty() : Optional.of(Nps.sum(nps)),
                byChannel, mean(months, Snapshot::csat), mean(months, Snapshot::ces),
                meanByChannel(months, Snapshot::firstResponseTime), meanByChannel(months, Snapshot::resolutionTime),
                retention, churn, contacts, clv, Map.of(), true, months.size());
    }

    private static OptionalDouble mean(List<Snapshot> months, Function<Snapshot, OptionalDouble> value) {
        return months.stream().map(value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    private static Map<String, Double> meanByChannel(List<Snapshot> months, Function<Snapshot, Map<String, Double>> value) {
        Map<String, List<Double>> all = new TreeMap<>();
        months.forEach(m -> value.apply(m).forEach((c, v) -> all.computeIfAbsent(c, k -> new ArrayList<>()).add(v)));
        Map<String, Double> result = new LinkedHashMap<>();
        all.forEach((c, vs) -> result.put(c, vs.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return new TreeMap<>(result);
    }
}
