package io.cxsite.metrics;

import java.util.Arrays;
import java.util.Optional;

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
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
