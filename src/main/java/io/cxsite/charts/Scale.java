package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round ticks: from {@code min} to {@code max} in steps of 1, 2, 2.5 or 5 times a
 * power of ten, both ends multiples of the step (so 0 is a tick whenever the axis crosses it).
 */
record Scale(double min, double max, double step) {
    private static final double[] MULTIPLES = {1, 2, 2.5, 5, 10, 20, 25, 50, 100};
    private static final int MAX_TICK_INTERVALS = 6;

    /**
     * The value axis of a chart: round ticks around everything drawn (values, stacked totals, band,
     * target), and 0 for bars, which grow from it. A line chart need not include 0.
     */
    static Scale of(ChartSpec spec) {
        return of(spec, MAX_TICK_INTERVALS);
    }

    /** {@link #of(ChartSpec)} in at most {@code maxIntervals} steps. */
    static Scale of(ChartSpec spec, int maxIntervals) {
        if (!spec.hasData()) {
            return new Scale(0, 1, 1);
        }
        List<Double> values = new ArrayList<>();
        switch (spec.kind()) {
            case LINE, SMALL_MULTIPLES -> spec.series().forEach(s -> values.addAll(s.values()));
            case GROUPED_BARS, HORIZONTAL_BARS -> {
                spec.series().forEach(s -> values.addAll(s.values()));
                values.add(0.0);
            }
            case STACKED_BARS -> {
                for (int i = 0; i < spec.labels().size(); i++) {
                    values.add(stackedTotal(spec, i, true));
                    values.add(stackedTotal(spec, i, false));
                }
            }
        }
        spec.band().ifPresent(b -> {
            values.addAll(b.low());
            values.addAll(b.high());
        });
        spec.target().ifPresent(values::add);
        spec.references().forEach(r -> values.add(r.value()));
        double lo = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElseThrow();
        return nice(lo, hi, maxIntervals);
    }

    private static double stackedTotal(ChartSpec spec, int label, boolean positive) {
        double total = 0;
        for (Series s : spec.series()) {
            Double v = s.values().get(label);
            if (v != null && (v >= 0) == positive) {
                total += v;
            }
        }
        return total;
    }

    /**
     * The smallest round step that covers {@code lo..hi} in at most {@code maxIntervals} steps.
     * Equal ends are widened by a tenth of the value (or by 1 around zero), so a flat series still
     * gets an axis.
     */
    static Scale nice(double lo, double hi, int maxIntervals) {
        if (maxIntervals < 2 || !(lo <= hi)) {
            throw new IllegalArgumentException("need lo <= hi and at least 2 intervals");
        }
        if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
            double pad = lo == 0 ? 1 : Math.abs(lo) / 10;
            lo -= pad;
            hi += pad;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10((hi - lo) / maxIntervals)));
        for (double multiple : MULTIPLES) {
            double step = multiple * magnitude;
            long first = (long) Math.floor(lo / step + 1e-9);
            long last = (long) Math.ceil(hi / step - 1e-9);
            if (last - first <= maxIntervals) {
                return new Scale(first * step, last * step, step);
            }
        }
        throw new AssertionError("100 times the raw step always fits");
    }

    List<Double> ticks() {
        long first = Math.round(min / step);
        long count = Math.round((max - min) / step);
        List<Double> ticks = new ArrayList<>();
        for (long i = 0; i <= count; i++) {
            ticks.add((first + i) * step);
        }
        return ticks;
    }

    /** How many decimals a tick label needs so that no two ticks read the same (2.5 needs 1). */
    int decimals() {
        for (int d = 0; d < 6; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled) {
                return d;
            }
        }
        return 6;
    }

    /** Where {@code value} sits between {@code min} (0) and {@code max} (1). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}
