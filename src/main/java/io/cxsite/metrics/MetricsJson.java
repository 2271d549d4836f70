package io.cxsite.metrics;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * {@code data/metrics.json}: every period in ascending order with its NPS counts, score and margin
 * of error, the same by channel and by segment, and each snapshot KPI. Durations are in seconds.
 * The site's own KPIs go beside the built-in ones, declared once under {@code kpis} (see
 * {@link CustomKpiJson}). With survey exports, also their raw counts (see {@link FeedbackJson}).
 */
public final class MetricsJson {
    public static final String PATH = "data/metrics.json";

    private MetricsJson() {
    }

    public static byte[] write(Metrics metrics) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            json.writeStartObject();
            json.writeArrayFieldStart("periods");
            for (Period period : metrics.periods()) {
                period(json, metrics, period);
            }
            json.writeEndArray();
            CustomKpiJson.declarations(json, metrics);
            if (!metrics.exports().isEmpty()) {
                FeedbackJson.write(json, metrics.exports());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One period for all customers: NPS, by channel and by segment, then every other KPI it has. */
    private static void period(JsonGenerator json, Metrics metrics, Period period) throws IOException {
        Snapshot s = metrics.get(period, Optional.empty()).orElseThrow();
        json.writeStartObject();
        json.writeStringField("period", period.key());
        json.writeStringField("kind", period.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.writeBooleanField("rolledUp", s.rolledUp());
        if (s.nps().isPresent()) {
            nps(json, s.nps().get());
        }
        npsBy(json, "byChannel", s.npsByChannel());
        Map<String, Nps> bySegment = new TreeMap<>();
        for (String segment : metrics.segments()) {
            metrics.get(period, Optional.of(segment)).flatMap(Snapshot::nps).ifPresent(n -> bySegment.put(segment, n));
        }
        npsBy(json, "bySegment", bySegment);
        number(json, "csat", s.csat(), 4);
        number(json, "ces", s.ces(), 2);
        seconds(json, "firstResponseTime", s.firstResponseTime());
        seconds(json, "resolutionTime", s.resolutionTime());
        number(json, "retentionRate", s.retentionRate(), 4);
        number(json, "churnRate", s.churnRate(), 4);
        if (!s.contacts().isEmpty()) {
            json.writeObjectFieldStart("contacts");
            for (Map.Entry<String, Long> e : s.contacts().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        if (s.clv().isPresent()) {
            json.writeObjectFieldStart("clv");
            json.writeNumberField("amount", round(s.clv().get().amount(), 2));
            json.writeStringField("currency", s.clv().get().currency());
            json.writeEndObject();
        }
        CustomKpiJson.values(json, metrics, s);
        if (!s.targets().isEmpty()) {
            json.writeObjectFieldStart("targets");
            for (Map.Entry<String, Double> e : s.targets().entrySet()) {
                json.writeNumberField(e.getKey(), round(e.getValue(), 4));
            }
            json.writeEndObject();
        }
        CustomKpiJson.benchmarks(json, s);
        json.writeEndObject();
    }

    /** An object of NPS figures by channel or segment; nothing when there are none. */
    private static void npsBy(JsonGenerator json, String name, Map<String, Nps> byName) throws IOException {
        if (byName.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Nps> e : byName.entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            nps(json, e.getValue());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void nps(JsonGenerator json, Nps n) throws IOException {
        json.writeNumberField("responses", n.responses());
        if (n.counted()) {
            json.writeNumberField("promoters", n.promoters());
            json.writeNumberField("passives", n.passives());
            json.writeNumberField("detractors", n.detractors());
        }
        json.writeNumberField("nps", round(n.score(), 1));
        if (n.counted() && n.responses() > 0) {
            json.writeNumberField("npsMarginOfError", round(n.marginOfError(), 1));
        }
    }

    private static void number(JsonGenerator json, String name, OptionalDouble value, int decimals) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, round(value.getAsDouble(), decimals));
        }
    }

    private static void seconds(JsonGenerator json, String name, Map<String, Double> byChannel) throws IOException {
        if (!byChannel.isEmpty()) {
            json.writeObjectFieldStart(name);
            for (Map.Entry<String, Double> e : byChannel.entrySet()) {
                json.writeNumberField(e.getKey(), round(e.getValue(), 1));
            }
            json.writeEndObject();
        }
    }

    /** Half-up rounding to a fixed number of decimals, without binary noise in the text. */
    static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
