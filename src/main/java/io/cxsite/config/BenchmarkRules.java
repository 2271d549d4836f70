package io.cxsite.config;

import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code benchmarks:} mapping, of site.yaml or of a snapshot: one industry {@link Benchmark}
 * per trend KPI or KPI of the site's own ({@code kpis:}); a benchmark with a mistake is reported at
 * its line and left out.
 */
public final class BenchmarkRules {
    /** The KPIs drawn as trends, with the range their values must lie in. */
    private static final Map<String, double[]> RANGES = Map.of("nps", new double[] {-100, 100},
            "csat", new double[] {0, 1}, "ces", new double[] {1, 7}, "retentionRate", new double[] {0, 1},
            "churnRate", new double[] {0, 1});
    private static final List<String> KPIS = List.of("nps", "csat", "ces", "retentionRate", "churnRate");
    private static final List<String> FIELDS = List.of("value", "source", "year");

    private BenchmarkRules() {
    }

    static Map<String, Benchmark> read(String path, YamlNode root, Problems problems) {
        return read(path, root, Map.of(), problems);
    }

    static Map<String, Benchmark> read(String path, YamlNode root, Map<String, CustomKpi> custom, Problems problems) {
        Entry entry = root.entries().get("benchmarks");
        return entry == null ? Map.of() : of(path, entry, custom, problems);
    }

    /**
     * The benchmarks of {@code entry}, a {@code benchmarks:} mapping in the file {@code path}, for the
     * built-in trend KPIs and the site's own KPIs {@code custom}.
     */
    public static Map<String, Benchmark> of(String path, Entry entry, Map<String, CustomKpi> custom,
            Problems problems) {
        List<String> kpis = new java.util.ArrayList<>(KPIS);
        kpis.addAll(custom.keySet());
        YamlNode node = entry.value();
        if (!node.isMapping()) {
            problems.error(path, node.line(), node.column(), "'benchmarks:' is a mapping from KPI to its benchmark,"
                    + " such as nps: {value: 32, source: \"…\", year: 2026}, found " + node.describe());
            return Map.of();
        }
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        for (Entry e : node.entries().values()) {
            if (!kpis.contains(e.key())) {
                problems.error(path, e.line(), e.column(), "unknown KPI '" + e.key() + "' in benchmarks"
                        + YamlMapping.hint(e.key(), kpis) + "; a benchmark is for one of " + String.join(", ", kpis));
            } else if (!e.value().isMapping()) {
                problems.error(path, e.value().line(), e.value().column(), "the benchmark for '" + e.key()
                        + "' is a mapping {value: …, source: \"…\", year: …}, found " + e.value().describe());
            } else {
                one(path, e, Optional.ofNullable(custom.get(e.key())), problems)
                        .ifPresent(b -> benchmarks.put(e.key(), b));
            }
        }
        return Map.copyOf(benchmarks);
    }

    private static Optional<Benchmark> one(String path, Entry kpi, Optional<CustomKpi> custom, Problems problems) {
        Map<String, Entry> fields = kpi.value().entries();
        for (Entry f : fields.values()) {
            if (!FIELDS.contains(f.key())) {
                problems.error(path, f.line(), f.column(), "unknown benchmark key '" + f.key() + "'"
                        + YamlMapping.hint(f.key(), FIELDS) + "; known keys: " + String.join(", ", FIELDS));
            }
        }
        Double value = value(path, kpi, custom, problems);
        String source = source(path, kpi, problems);
        Integer year = year(path, kpi, problems);
        return value != null && source != null && year != null
                ? Optional.of(new Benchmark(value, source, year)) : Optional.empty();
    }

    private static Double value(String path, Entry kpi, Optional<CustomKpi> custom, Problems problems) {
        double[] range = custom.map(c -> new double[] {c.min(), c.max()}).orElseGet(() -> RANGES.get(kpi.key()));
        String expected = "'value' of the " + kpi.key() + " benchmark is " + custom.map(CustomKpi::expected)
                .orElseGet(() -> "a number from " + plain(range[0]) + " to " + plain(range[1])
                        + (range[1] == 1 ? " (a share: write 0.82 for 82 %)" : ""));
        Entry field = kpi.value().entries().get("value");
        if (field == null) {
            problems.error(path, kpi.line(), kpi.column(), expected + "; add one");
            return null;
        }
        YamlNode v = field.value();
        if (v.kind() == YamlNode.Kind.NUMBER) {
            double number = Double.parseDouble(v.text());
            if (number >= range[0] && number <= range[1]) {
                return number;
            }
        }
        problems.error(path, v.line(), v.column(), expected + ", found " + v.describe());
        return null;
    }

    private static String source(String path, Entry kpi, Problems problems) {
        Entry field = kpi.value().entries().get("source");
        if (field != null && field.value().kind() == YamlNode.Kind.STRING && !field.value().text().isBlank()) {
            return field.value().text().strip();
        }
        int line = field == null ? kpi.line() : field.value().line();
        int column = field == null ? kpi.column() : field.value().column();
        problems.error(path, line, column, "the " + kpi.key() + " benchmark needs a 'source:', who measured it"
                + " (named on the card and the chart)" + (field == null ? "" : ", found " + field.value().describe()));
        return null;
    }

    private static Integer year(String path, Entry kpi, Problems problems) {
        Entry field = kpi.value().entries().get("year");
        if (field != null && field.value().kind() == YamlNode.Kind.NUMBER && field.value().text().matches("\\d{4}")) {
            return Integer.parseInt(field.value().text());
        }
        int line = field == null ? kpi.line() : field.value().line();
        int column = field == null ? kpi.column() : field.value().column();
        problems.error(path, line, column, "the " + kpi.key() + " benchmark needs a 'year:', the year it was"
                + " measured as four digits such as 2026" + (field == null ? "" : ", found " + field.value().describe()));
        return null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
