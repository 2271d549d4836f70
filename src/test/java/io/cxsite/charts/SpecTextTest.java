package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A chart's id hashes {@link ChartSpec#fullText()}: it must stay the records' own {@code toString},
 * or every chart file would get a new name. A component added to a record fails here.
 */
class SpecTextTest {
    private static void same(ChartSpec spec) {
        assertEquals(spec.toString(), spec.fullText());
    }

    @Test
    void writesEverySampleChartAsItsRecordsDo() {
        List.of(ChartSamples.npsTrend(), ChartSamples.npsMix(), ChartSamples.npsByChannel(),
                ChartSamples.firstResponseTime(), ChartSamples.topicImpact()).forEach(SpecTextTest::same);
    }

    @Test
    void writesMissingValuesBandsTargetsReferencesAndOtherLanguagesAsTheRecordsDo() {
        ChartSpec spec = new ChartSpec("own-trend-1a", ChartKind.LINE, "Purchases, Jan 2026 to Mar 2026",
                "", List.of("jan. 2026", "feb. 2026", "mars 2026"),
                List.of(new Series("Köp", Arrays.asList(1.25, null, -0.0)), new Series("", List.of(1e-7, 3e21, 12.0))),
                Optional.of(new Band("95 % felmarginal", Arrays.asList(null, 0.1, 2.0), List.of(1.0, 2.5, 3.0))),
                OptionalDouble.of(-4.5), "Mål", new ValueFormat(2, " st", true, LocaleFormat.of("sv"), false),
                List.of(new Reference("Branschindex", 0.3, "NCXI 2026"), new Reference("Median", 12, "")));
        same(spec);
        same(new ChartSpec("d", ChartKind.DOTS, "", "", List.of(), List.of(), Optional.empty(),
                OptionalDouble.empty(), "", ValueFormat.durations()));
        same(new ChartSpec("s", ChartKind.SCATTER, "t", "d", List.of("a"),
                List.of(new Series("x", List.of(50.0)), new Series("y", List.of(Double.NaN))), Optional.empty(),
                OptionalDouble.of(Double.MAX_VALUE), "all", ValueFormat.signed(1, "")));
    }
}
