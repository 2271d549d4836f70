package io.cxsite.metrics;

import io.cxsite.config.Benchmark;
import io.cxsite.config.CustomKpi;
import io.cxsite.config.SiteConfig;
import java.util.Map;

/**
 * What site.yaml says that reading and rolling up snapshots needs: the site's own KPIs
 * ({@code kpis:}), which snapshots may then carry, and the industry benchmarks ({@code benchmarks:})
 * in effect until a snapshot names its own.
 *
 * @param custom     the site's own KPIs by key, in the order declared
 * @param benchmarks the default benchmark of each KPI by key
 */
public record KpiSettings(Map<String, CustomKpi> custom, Map<String, Benchmark> benchmarks) {
    /** No KPIs of the site's own and no benchmarks. */
    public static final KpiSettings NONE = new KpiSettings(Map.of(), Map.of());

    public KpiSettings {
        custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
        benchmarks = Map.copyOf(benchmarks);
    }

    public static KpiSettings of(SiteConfig config) {
        return new KpiSettings(config.kpis(), config.benchmarks());
    }
}
