package io.cxsite.metrics;

import io.cxsite.config.CustomKpi;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The site's own KPIs of a quarter or year, each made of its months' values by its declared rule;
 * months without a value are left out, and a KPI no month has stays out.
 */
final class CustomRollUp {
    private CustomRollUp() {
    }

    /** {@code means} pools the weighted means, so that their samples go with the roll-up. */
    static Map<String, Double> of(List<Snapshot> months, Collection<CustomKpi> kpis, PooledMeans means) {
        List<Snapshot> inOrder = months.stream().sorted(Comparator.comparing(Snapshot::period)).toList();
        Map<String, Double> values = new LinkedHashMap<>();
        for (CustomKpi kpi : kpis) {
            List<Double> given = inOrder.stream().map(m -> m.custom().get(kpi.key()))
                    .filter(java.util.Objects::nonNull).toList();
            if (given.isEmpty()) {
                continue;
            }
            OptionalDouble value = switch (kpi.rule()) {
                case MEAN -> given.stream().mapToDouble(Double::doubleValue).average();
                case SUM -> OptionalDouble.of(given.stream().mapToDouble(Double::doubleValue).sum());
                case LAST -> OptionalDouble.of(given.get(given.size() - 1));
                case MIN -> given.stream().mapToDouble(Double::doubleValue).min();
                case MAX -> given.stream().mapToDouble(Double::doubleValue).max();
                // cx-domain: a mean of means weighs each month by how many it was measured over
                case WEIGHTED_MEAN -> means.mean(kpi.key(), m -> m.value(kpi.key()));
            };
            value.ifPresent(v -> values.put(kpi.key(), v));
        }
        return Map.copyOf(values);
    }
}
