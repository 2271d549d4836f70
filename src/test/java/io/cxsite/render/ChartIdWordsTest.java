package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.ChartWords;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A chart drawn with other words is another file: two languages whose specs read alike (a theme
 * that translates only the chart writer's words) never share one cached chart.
 */
class ChartIdWordsTest {
    private static final ChartWords SWEDISH = new ChartWords("Inga data", "inga data", "från", "i", "till",
            "och {n} till", "Period", "Post", "lägsta", "högsta");

    private static ChartSpec empty() {
        return ReportCharts.withId("nps-trend", new ChartSpec("c", ChartKind.LINE, "NPS", "", List.of("Q3"),
                List.of(new Series("NPS", Arrays.asList((Double) null))), Optional.empty(), OptionalDouble.empty(),
                "", ValueFormat.of(1, "")));
    }

    @Test
    void englishWordsKeepTheId() {
        assertEquals(empty(), ReportCharts.inWords(empty(), ChartWords.ENGLISH));
    }

    @Test
    void otherWordsGiveTheSameChartAnotherIdAndTheCacheDrawsEachInItsWords() {
        ChartSpec sv = ReportCharts.inWords(empty(), SWEDISH);
        assertNotEquals(empty().id(), sv.id());
        assertTrue(sv.id().startsWith("nps-trend-") && sv.id().length() == empty().id().length(), sv.id());
        ChartCache cache = new ChartCache(10);
        assertTrue(cache.draw(empty(), ChartWords.ENGLISH).contains(">No data<"));
        assertTrue(cache.draw(sv, SWEDISH).contains(">Inga data<"), "not the English chart from the cache");
    }
}
