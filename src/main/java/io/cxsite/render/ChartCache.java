package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.ChartWords;
import io.cxsite.charts.SvgChart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Drawn SVG by chart id, the least recently used dropped beyond a limit; counts what it drew. */
final class ChartCache {
    private final Map<String, String> svgById;
    private final AtomicLong drawn = new AtomicLong();

    ChartCache(int limit) {
        this.svgById = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > limit;
            }
        };
    }

    /** The chart's SVG, drawn only if this id was not drawn before. */
    String draw(ChartSpec chart) {
        return draw(chart, ChartWords.ENGLISH);
    }

    /**
     * The chart's SVG with the words the chart writer adds itself in {@code words}, drawn only if this
     * id was not drawn before: the id must differ between languages (see {@link ReportCharts#inWords}).
     */
    String draw(ChartSpec chart, ChartWords words) {
        synchronized (svgById) {
            String svg = svgById.get(chart.id());
            if (svg != null) {
                return svg;
            }
        }
        String svg = SvgChart.svg(chart, words);
        drawn.incrementAndGet();
        synchronized (svgById) {
            svgById.put(chart.id(), svg);
        }
        return svg;
    }

    /** How many charts have been drawn, not taken from the cache, since the process started. */
    long drawn() {
        return drawn.get();
    }
}
