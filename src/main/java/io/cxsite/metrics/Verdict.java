package io.cxsite.metrics;

/**
 * What a test says of the change of a KPI between two periods, in words a reader acts on.
 * {@link #UNKNOWN} when the data gives no size or spread to test with: the card then says nothing.
 */
public enum Verdict {
    /** The change is larger than chance would plausibly make it at the site's confidence level. */
    LIKELY_REAL("likely-real"),
    /** The change could well be chance. */
    WITHIN_NOISE("within-noise"),
    /** At least one period has too few answers for the test to mean anything. */
    TOO_FEW("too-few"),
    UNKNOWN("");

    private final String key;

    Verdict(String key) {
        this.key = key;
    }

    /** The name used in markup classes, such as {@code likely-real}; empty for {@link #UNKNOWN}. */
    public String key() {
        return key;
    }
}
