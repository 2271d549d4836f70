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
    private static final double PLOT_WIDTH = 500;

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

    /** Every series at every label, only the first and the last label written (a small panel's axis). */
    static DefaultCategoryDataset firstAndLast(ChartSpec spec) {
        int n = spec.labels().size();
        List<Key> columns = java.util.stream.IntStream.range(0, n).mapToObj(i -> new Key(i, spec.labels().get(i),
                i == 0 || i == n - 1 ? spec.labels().get(i) : "")).toList();
        return dataset(spec, UnaryOperator.identity(), columns);
    }

    /**
     * Every series at every label after {@code value} (which may return {@code null} for a value
     * that cannot be drawn, e.g. 0 on a logarithmic axis).
     */
    private static DefaultCategoryDataset dataset(ChartSpec spec, UnaryOperator<Double> value) {
        return dataset(spec, value, columns(spec));
    }

    private static DefaultCategoryDataset dataset(ChartSpec spec, UnaryOperator<Double> value, List<Key> columns) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
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

    /**
     * How many labels apart the written x labels are, as the SVG spaces them: at most
     * {@value #MAX_X_LABELS}, and far enough apart for the widest (in a plot about
     * {@value #PLOT_WIDTH} units wide); 1 for rows, which are all written.
     */
    static int every(ChartSpec spec) {
        if (PngPlots.rows(spec)) {
            return 1;
        }
        int n = Math.max(1, spec.labels().size());
        double widest = spec.labels().stream().mapToDouble(l -> SvgChart.width(l, ChartStyle.FONT)).max().orElse(0);
        return Math.max((n + MAX_X_LABELS - 1) / MAX_X_LABELS, (int) Math.ceil((widest + 12) / (PLOT_WIDTH / n)));
    }
}
