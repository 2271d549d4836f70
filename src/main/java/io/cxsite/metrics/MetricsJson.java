package io.cxsite.metrics;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cxsite.feedback.FeedbackData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * {@code data/metrics.json}: every period in ascending order with its NPS counts, score and margin
 * of error, the same by channel and by segment, and each snapshot KPI. Durations are in seconds.
 * With survey exports, also their raw counts (see {@link #feedback}).
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
                Snapshot s = metrics.get(period, Optional.empty()).orElseThrow();
                json.writeStartObject();
                json.writeStringField("period", period.key());
                json.writeStringField("kind", period.kind().name().toLowerCase(java.util.Locale.ROOT));
                json.writeBooleanField("rolledUp", s.rolledUp());
                if (s.nps().isPresent()) {
                    nps(json, s.nps().get());
                }
                if (!s.npsByChannel().isEmpty()) {
                    json.writeObjectFieldStart("byChannel");
                    for (Map.Entry<String, Nps> e : s.npsByChannel().entrySet()) {
                        json.writeObjectFieldStart(e.getKey());
                        nps(json, e.getValue());
                        json.writeEndObject();
                    }
                    json.writeEndObject();
                }
                Map<String, Nps> bySegment = new TreeMap<>();
                for (String segment : metrics.segments()) {
                    metrics.get(period, Optional.of(segment)).flatMap(Snapshot::nps)
                            .ifPresent(n -> bySegment.put(segment, n));
                }
                if (!bySegment.isEmpty()) {
                    json.writeObjectFieldStart("bySegment");
                    for (Map.Entry<String, Nps> e : bySegment.entrySet()) {
                        json.writeObjectFieldStart(e.getKey());
                        nps(json, e.getValue());
                        json.writeEndObject();
                    }
                    json.writeEndObject();
                }
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
                if (!s.targets().isEmpty()) {
                    json.writeObjectFieldStart("targets");
                    for (Map.Entry<String, Double> e : s.targets().entrySet()) {
                        json.writeNumberField(e.getKey(), round(e.getValue(), 4));
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!metrics.feedback().isEmpty()) {
                feedback(json, metrics.feedback());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * What the exports gave: answer counts per month, quarter and ISO week by channel, segment and
     * language (empty strings where the export did not say), and topic mentions per month by NPS
     * group. Numbers only; no comment ever reaches this file.
     */
    private static void feedback(JsonGenerator json, FeedbackData feedback) throws IOException {
        Map<List<Object>, long[]> cube = new TreeMap<>(CUBE_ORDER);
        feedback.cells().forEach((cell, counts) -> {
            LocalDate day = cell.day();
            Period month = Period.monthOf(day);
            for (Period period : List.of(month, month.quarter(), Period.weekOf(day))) {
                long[] sum = cube.computeIfAbsent(List.of(period, cell.channel(), cell.segment(), cell.language()),
                        k -> new long[3]);
                sum[0] = Math.addExact(sum[0], counts.promoters);
                sum[1] = Math.addExact(sum[1], counts.passives);
                sum[2] = Math.addExact(sum[2], counts.detractors);
            }
        });
        json.writeObjectFieldStart("feedback");
        json.writeArrayFieldStart("sources");
        for (String source : feedback.sources()) {
            json.writeString(source);
        }
        json.writeEndArray();
        json.writeNumberField("responses", feedback.responses());
        json.writeNumberField("unfinished", feedback.unfinished());
        json.writeNumberField("badRows", feedback.badRows());
        // Rows the exports mark as previews, tests or spam: per file and reason, in file then reason order.
        json.writeArrayFieldStart("leftOut");
        for (Map.Entry<String, Map<String, Long>> file : new TreeMap<>(feedback.leftOut()).entrySet()) {
            for (Map.Entry<String, Long> reason : new TreeMap<>(file.getValue()).entrySet()) {
                json.writeStartObject();
                json.writeStringField("source", file.getKey());
                json.writeStringField("reason", reason.getKey());
                json.writeNumberField("rows", reason.getValue());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("counts");
        for (Map.Entry<List<Object>, long[]> e : cube.entrySet()) {
            json.writeStartObject();
            json.writeStringField("period", ((Period) e.getKey().get(0)).key());
            json.writeStringField("channel", (String) e.getKey().get(1));
            json.writeStringField("segment", (String) e.getKey().get(2));
            json.writeStringField("language", (String) e.getKey().get(3));
            groups(json, e.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        Map<List<Object>, long[]> topics = new TreeMap<>(CUBE_ORDER);
        feedback.topicCounts().forEach((key, counts) -> topics.put(List.of(Period.month(key.month().getYear(),
                key.month().getMonthValue()), feedback.topics().all().get(key.topic()).id()), counts));
        json.writeArrayFieldStart("topics");
        for (Map.Entry<List<Object>, long[]> e : topics.entrySet()) {
            json.writeStartObject();
            json.writeStringField("period", ((Period) e.getKey().get(0)).key());
            json.writeStringField("topic", (String) e.getKey().get(1));
            groups(json, e.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Period first (in time order), then the strings. */
    private static final Comparator<List<Object>> CUBE_ORDER = (a, b) -> {
        int c = ((Period) a.get(0)).compareTo((Period) b.get(0));
        for (int i = 1; c == 0 && i < a.size(); i++) {
            c = ((String) a.get(i)).compareTo((String) b.get(i));
        }
        return c;
    };

    private static void groups(JsonGenerator json, long[] counts) throws IOException {
        json.writeNumberField("promoters", counts[0]);
        json.writeNumberField("passives", counts[1]);
        json.writeNumberField("detractors", counts[2]);
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
