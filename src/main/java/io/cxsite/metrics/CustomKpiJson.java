package io.cxsite.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.config.Benchmark;
import io.cxsite.config.CustomKpi;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of {@code data/metrics.json} that come from site.yaml's {@code kpis:} and the
 * benchmarks: each period's values of the site's own KPIs (by key, in their own unit, beside the
 * built-in ones), the benchmarks in effect, and once, under {@code kpis}, what each own KPI is.
 */
final class CustomKpiJson {
    /** Enough digits for shares (0.8312) and for every declared {@code decimals:}. */
    private static final int DECIMALS = 6;

    private CustomKpiJson() {
    }

    /** {@code "purchaseFrequency": 1.42} for each own KPI the period has. */
    static void values(JsonGenerator json, Metrics metrics, Snapshot s) throws IOException {
        for (CustomKpi kpi : metrics.customKpis().values()) {
            Double value = s.custom().get(kpi.key());
            if (value != null) {
                json.writeNumberField(kpi.key(), MetricsJson.round(value, DECIMALS));
            }
        }
    }

    /** {@code "benchmarks": {"nps": {"value": 20, "source": "…", "year": 2026}}}, sorted by KPI; nothing when none. */
    static void benchmarks(JsonGenerator json, Snapshot s) throws IOException {
        if (s.benchmarks().isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("benchmarks");
        for (Map.Entry<String, Benchmark> e : new TreeMap<>(s.benchmarks()).entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            json.writeNumberField("value", MetricsJson.round(e.getValue().value(), DECIMALS));
            json.writeStringField("source", e.getValue().source());
            json.writeNumberField("year", e.getValue().year());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * What each own KPI is: its name (one text, or one per language), unit, direction, roll-up rule
     * and decimals; nothing when the site declares none.
     */
    static void declarations(JsonGenerator json, Metrics metrics) throws IOException {
        if (metrics.customKpis().isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("kpis");
        for (CustomKpi kpi : metrics.customKpis().values()) {
            json.writeObjectFieldStart(kpi.key());
            if (kpi.names().size() == 1) {
                json.writeStringField("name", kpi.names().get(""));
            } else {
                json.writeObjectFieldStart("name");
                for (Map.Entry<String, String> name : new TreeMap<>(kpi.names()).entrySet()) {
                    if (!name.getKey().isEmpty()) {
                        json.writeStringField(name.getKey(), name.getValue());
                    }
                }
                json.writeEndObject();
            }
            json.writeStringField("unit", kpi.unit());
            json.writeBooleanField("higherIsBetter", kpi.higherIsBetter());
            json.writeStringField("rollUp", kpi.rule().keyword());
            json.writeNumberField("decimals", kpi.decimals());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
