package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legend above a chart: shown for more than one series or when a band needs naming; spaced for
 * the narrow-screen text size and wrapped onto more rows when it does not fit.
 */
final class ChartLegend {
    private ChartLegend() {
    }

    /**
     * One legend entry, placed: a swatch at {@code x} and the name after it, baseline {@code y}; the
     * swatch of a band or a target is drawn like the band or the target line.
     */
    record Entry(String name, String cssClass, boolean band, double x, double y) {
        boolean target() {
            return cssClass.equals("cx-target-key");
        }

        boolean reference() {
            return cssClass.equals("cx-reference-key");
        }
    }

    /** The entries, placed from {@code left}; none when the chart needs no legend. */
    static List<Entry> place(ChartSpec spec, double left) {
        return place(spec, left, Optional.empty());
    }

    /**
     * The entries, placed from {@code left}, ending with {@code target} (e.g. "Target +30.0") when
     * the target's name found no free place in the plot.
     */
    static List<Entry> place(ChartSpec spec, double left, Optional<String> target) {
        return place(spec, left, target, List.of());
    }

    /**
     * The entries, placed from {@code left}, ending with {@code target} and then the {@code references}
     * (e.g. "Benchmark +32.0") when their names found no free place in the plot.
     */
    static List<Entry> place(ChartSpec spec, double left, Optional<String> target, List<String> references) {
        List<Entry> entries = new ArrayList<>();
        if (spec.series().size() < 2 && spec.band().isEmpty() && target.isEmpty() && references.isEmpty()) {
            return entries;
        }
        List<String> names = new ArrayList<>(spec.series().size() < 2 && spec.band().isEmpty() ? List.of()
                : spec.series().stream().map(Series::name).toList());
        int seriesShown = names.size();
        spec.band().ifPresent(b -> names.add(b.name()));
        target.ifPresent(names::add);
        int targetAt = target.isPresent() ? names.size() - 1 : -1;
        int referencesFrom = names.size();
        names.addAll(references);
        double x = left;
        double y = 24;
        for (int i = 0; i < names.size(); i++) {
            double w = 24 + SvgChart.width(names.get(i), ChartStyle.NARROW_FONT) + 16;
            if (x > left && x + w > SvgChart.WIDTH - 16) {
                x = left;
                y += 24;
            }
            boolean band = spec.band().isPresent() && i == seriesShown;
            String css = i == targetAt ? "cx-target-key" : i >= referencesFrom ? "cx-reference-key"
                    : band ? "cx-band" : SeriesPainter.seriesClass(i);
            entries.add(new Entry(names.get(i), css, band, x, y));
            x += w;
        }
        return entries;
    }

    /** Each entry as a swatch shaped like its marks (a line and dot, a bar, the band) and its name. */
    static void draw(Markup svg, ChartSpec spec, List<Entry> entries) {
        for (Entry e : entries) {
            String mid = Markup.num(e.y() - 5);
            svg.open("g", "class", e.band() ? "cx-legend" : "cx-legend " + e.cssClass());
            if (e.target() || e.reference()) {
                svg.empty("line", "class", e.target() ? "cx-target" : "cx-reference", "x1", Markup.num(e.x()), "x2", Markup.num(e.x() + 18),
                        "y1", mid, "y2", mid);
            } else if (e.band()) {
                svg.empty("rect", "class", "cx-band", "x", Markup.num(e.x()), "y", Markup.num(e.y() - 12),
                        "width", "18", "height", "14");
            } else if (spec.kind() == ChartKind.DOTS) {
                if (e.cssClass().equals(SeriesPainter.seriesClass(0))) {
                    svg.empty("circle", "cx", Markup.num(e.x() + 9), "cy", mid, "r", "6");
                } else {
                    svg.empty("line", "class", "cx-mark", "x1", Markup.num(e.x() + 9), "x2", Markup.num(e.x() + 9),
                            "y1", Markup.num(e.y() - 14), "y2", Markup.num(e.y() + 4));
                }
            } else if (spec.kind() == ChartKind.LINE) {
                svg.empty("line", "class", "cx-line", "x1", Markup.num(e.x()), "x2", Markup.num(e.x() + 18),
                        "y1", mid, "y2", mid);
                svg.empty("circle", "cx", Markup.num(e.x() + 9), "cy", mid, "r", "4");
            } else {
                svg.empty("rect", "x", Markup.num(e.x() + 2), "y", Markup.num(e.y() - 12), "width", "14",
                        "height", "14");
            }
            svg.element("text", e.name(), "x", Markup.num(e.x() + 24), "y", Markup.num(e.y()));
            svg.close("g").newline();
        }
    }
}
