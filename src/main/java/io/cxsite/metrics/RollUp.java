package io.cxsite.metrics;

import io.cxsite.config.CustomKpi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Quarters and years made of their months' snapshots. */
final class RollUp {
    private RollUp() {
    }

    static Snapshot of(Period period, Optional<String> segment, List<Snapshot> months) {
        return of(period, segment, months, List.of());
    }

    /** The roll-up with the site's own KPIs {@code custom}, each by its rule. */
    static Snapshot of(Period period, Optional<String> segment, List<Snapshot> months, List<CustomKpi> custom) {
        String source = "rolled up from " + months.size() + " month" + (months.size() == 1 ? "" : "s") + ": "
                + months.stream().map(Snapshot::source).collect(Collectors.joining(", "));
        List<Nps> nps = months.stream().flatMap(m -> m.nps().stream()).toList();
        Set<String> channels = new TreeSet<>();
        months.forEach(m -> channels.addAll(m.npsByChannel().keySet()));
        Map<String, Nps> byChannel = new TreeMap<>();
        for (String channel : channels) {
            List<Nps> each = new ArrayList<>();
            for (Snapshot m : months) {
                Nps n = m.npsByChannel().get(channel);
                if (n != null) {
                    each.add(n);
                }
            }
            byChannel.put(channel, Nps.sum(each));
        }
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
        PooledMeans means = new PooledMeans(months);
        OptionalDouble csat = means.mean(Kpi.CSAT.key(), Snapshot::csat);
        OptionalDouble ces = means.mean(Kpi.CES.key(), Snapshot::ces);
        Map<String, Double> firstResponse = means.byChannel(Kpi.FIRST_RESPONSE_TIME.key(), Snapshot::firstResponseTime);
        Map<String, Double> resolution = means.byChannel(Kpi.RESOLUTION_TIME.key(), Snapshot::resolutionTime);
        Map<String, Double> own = CustomRollUp.of(months, custom, means);
        return new Snapshot(period, segment, source, nps.isEmpty() ? Optional.empty() : Optional.of(Nps.sum(nps)),
                byChannel, csat, ces, firstResponse, resolution, retention, churn, contacts, clv, Map.of(), true,
                months.size(), means.samples(), own, Map.of());
    }
}
