package io.cxsite.charts;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The numbers a {@link PngChart} draws: one row per series and one column per label of the
 * {@link ChartSpec}, in the spec's order, missing values left out.
 */
final class PngData {
    /** At most this many x labels are written, as in the SVG; the rest are blank. */
    private static final int MAX_X_LABELS = 12;

    private PngData() {
    }

    /**
     * A row or column of the dataset. Keys are told apart by position, so two series or labels of
     * the same name stay two; {@code shown} is the text written on the axis or in the legend.
     */
    record Key(int index, String name, String shown) implements Comparable<Key> {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    /** Every series at every label, as the chart stores it. */
    static DefaultCategoryDataset dataset(ChartSpec spec) {
        return dataset(spec, UnaryOperator.identity());
    }

    /** For a logarithmic axis: every value above 0, the rest left out. */
    static DefaultCategoryDataset positive(ChartSpec spec) {
        return dataset(spec, v -> v > 0 ? v : null);
    }

    /**
     * Every series at every label after {@code value} (which may return {@code null} for a value
     * that cannot be drawn, e.g. 0 on a logarithmic axis).
     */
    private static DefaultCategoryDataset dataset(ChartSpec spec, UnaryOperator<Double> value) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Key> columns = columns(spec);
        for (int s = 0; s < spec.series().size(); s++) {
            Series series = spec.series().get(s);
            Key row = new Key(s, series.name(), series.name());
            for (int i = 0; i < columns.size(); i++) {
                Double v = series.values().get(i);
                data.addValue(v == null ? null : value.apply(v), row, columns.get(i));
            }
        }
        return data;
    }

    /**
     * One key per label; on the x axis of a line or bar chart only every n-th label is shown,
     * counting back from the newest, so that at most {@value #MAX_X_LABELS} are written.
     */
    static List<Key> columns(ChartSpec spec) {
        int n = spec.labels().size();
        int every = every(spec);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            String label = spec.labels().get(i);
            return new Key(i, label, (n - 1 - i) % every == 0 ? label : "");
        }).toList();
    }

    /** How many labels apart the written x labels are: 1 for rows, which are all written. */
    static int every(ChartSpec spec) {
        boolean rows = spec.kind() == ChartKind.HORIZONTAL_BARS || spec.kind() == ChartKind.DOTS;
        return rows ? 1 : Math.max(1, (spec.labels().size() + MAX_X_LABELS - 1) / MAX_X_LABELS);
    }
}
