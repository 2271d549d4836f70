package io.cxsite.charts;

import java.util.List;
import java.util.Objects;

/**
 * A shaded range around the data, e.g. the 95% margin of error around NPS. Drawn only where both
 * ends are known.
 *
 * @param low  one entry per label, {@code null} for none
 * @param high one entry per label, {@code null} for none
 */
public record Band(String name, List<Double> low, List<Double> high) {

    public Band {
        Objects.requireNonNull(name, "name");
        low = Series.missingAsNull(low);
        high = Series.missingAsNull(high);
    }

    /** Whether both ends are known at label {@code i}. */
    boolean covers(int i) {
        return low.get(i) != null && high.get(i) != null;
    }
}
