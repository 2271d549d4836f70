package io.cxsite.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The KPIs a snapshot can hold, by their key in snapshots, blocks and metrics.json. */
public enum Kpi {
    NPS("nps", "NPS", true),
    CSAT("csat", "CSAT", true),
    CES("ces", "CES", true),
    FIRST_RESPONSE_TIME("firstResponseTime", "First response time", false),
    RESOLUTION_TIME("resolutionTime", "Resolution time", false),
    RETENTION_RATE("retentionRate", "Retention rate", true),
    CHURN_RATE("churnRate", "Churn rate", false),
    CONTACTS("contacts", "Contacts", false),
    CLV("clv", "Customer lifetime value", true);

    /** Every KPI by its key: cards and snapshots look KPIs up by key thousands of times a build. */
    private static final Map<String, Kpi> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Kpi::key, kpi -> kpi));

    private final String key;
    private final String label;
    private final boolean higherIsBetter;

    Kpi(String key, String label, boolean higherIsBetter) {
        this.key = key;
        this.label = label;
        this.higherIsBetter = higherIsBetter;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Durations and contacts are given per channel. */
    public boolean perChannel() {
        return this == FIRST_RESPONSE_TIME || this == RESOLUTION_TIME || this == CONTACTS;
    }

    public static Optional<Kpi> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key));
    }
}
