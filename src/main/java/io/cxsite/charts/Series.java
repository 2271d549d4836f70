package io.cxsite.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of numbers, aligned with {@link ChartSpec#labels()}.
 *
 * @param values one entry per label; {@code null} means no data for that label (a gap in a line,
 *               no bar). NaN and infinities are no data too, and are stored as {@code null}.
 */
public record Series(String name, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = missingAsNull(values);
    }

    /** A copy that keeps {@code null}s ({@code List.copyOf} would reject them). */
    static List<Double> missingAsNull(List<Double> values) {
        List<Double> copy = new ArrayList<>(values.size());
        for (Double v : values) {
            copy.add(v == null || !Double.isFinite(v) ? null : v);
        }
        return Collections.unmodifiableList(copy);
    }
}
