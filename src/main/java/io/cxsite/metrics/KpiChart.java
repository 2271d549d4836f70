package io.cxsite.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The charts a {@code cx-chart} block can draw, by their name in the block. The block checker
 * accepts these names and the renderer draws each, so a new chart is added here once.
 */
public enum KpiChart {
    NPS_TREND("nps-trend"),
    NPS_GROUPS("nps-groups"),
    NPS_BY_CHANNEL("nps-by-channel"),
    NPS_BY_SEGMENT("nps-by-segment"),
    CONTACTS_BY_CHANNEL("contacts-by-channel"),
    FIRST_RESPONSE_TIME("first-response-time"),
    CSAT_TREND("csat-trend"),
    CES_TREND("ces-trend");

    /** Every chart by its name: each block asks for its chart's name several times a page. */
    private static final Map<String, KpiChart> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(KpiChart::key, chart -> chart));

    private final String key;

    KpiChart(String key) {
        this.key = key;
    }

    /** The name in a block, such as {@code nps-trend}. */
    public String key() {
        return key;
    }

    public static Optional<KpiChart> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every name, in the order of the enum: what error messages list. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(KpiChart::key).toList();
    }
}
