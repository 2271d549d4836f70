package io.cxsite.charts;

import static io.cxsite.charts.ChartXml.byClass;
import static io.cxsite.charts.ChartXml.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LabelLayoutTest {
    private static final LabelLayout.Text TARGET = new LabelLayout.Text("Target +30.0", 20, true);

    @Test
    void takesTheFirstSpotThatCoversNothing() {
        Frame.Box bar = new Frame.Box(100, 50, 200, 100);
        LabelLayout layout = new LabelLayout(new Frame.Box(0, 0, 600, 360), List.of(bar));
        Optional<LabelLayout.Spot> spot = layout.place(TARGET, List.of(LabelLayout.Spot.of(150, 80, "middle"),
                LabelLayout.Spot.of(150, 140, "middle")));
        assertEquals(140, spot.orElseThrow().y(), "the spot over the bar is skipped");
        assertTrue(layout.place(TARGET, List.of(LabelLayout.Spot.of(150, 140, "middle"))).isEmpty(),
                "a placed label is taken: a second one cannot go on top of it");
    }

    @Test
    void keepsLabelsInsideTheChart() {
        LabelLayout layout = new LabelLayout(new Frame.Box(0, 0, 600, 360), List.of());
        assertTrue(layout.place(TARGET, List.of(LabelLayout.Spot.of(590, 100, "start"))).isEmpty(), "past the right edge");
        assertTrue(layout.place(TARGET, List.of(LabelLayout.Spot.of(300, 5, "middle"))).isEmpty(), "above the top");
        assertTrue(layout.place(TARGET, List.of(LabelLayout.Spot.of(590, 100, "end"))).isPresent());
    }

    @Test
    void boxFollowsTheAnchorAndGrowsWithTheText() {
        Frame.Box start = LabelLayout.box(TARGET, LabelLayout.Spot.of(100, 100, "start"));
        Frame.Box end = LabelLayout.box(TARGET, LabelLayout.Spot.of(100, 100, "end"));
        assertEquals(100, start.x0());
        assertEquals(100, end.x1());
        assertTrue(start.y0() < 100 - 0.7 * 20 && start.y1() > 100, "above the baseline and a little below it");
        assertTrue(start.x1() - start.x0() >= 12 * 20 * 0.6, "twelve characters of a wide-side estimate");
    }

    @Test
    void valuesBesideATargetLineMoveOffIt() {
        // NPS by segment: +28.0 and +28.9 end just short of the +30 target line.
        ChartSpec spec = new ChartSpec("seg", ChartKind.HORIZONTAL_BARS, "NPS by segment", "", List.of("business",
                "household"), List.of(new Series("Oct 2026", List.of(28.0, 28.9))), Optional.empty(),
                OptionalDouble.of(30), "Target", ValueFormat.signed(1, ""));
        Document svg = parse(SvgChart.svg(spec));
        double x = Double.parseDouble(byClass(svg, "cx-target").get(0).getAttribute("x1"));
        List<Element> values = byClass(svg, "cx-bar-value");
        assertEquals(2, values.size(), "both values are written");
        for (Element value : values) {
            Frame.Box box = LabelLayout.box(new LabelLayout.Text(value.getTextContent(), ChartStyle.NARROW_FONT, false),
                    new LabelLayout.Spot(Double.parseDouble(value.getAttribute("x")),
                            Double.parseDouble(value.getAttribute("y")), value.getAttribute("text-anchor"), 0.35));
            assertFalse(box.x0() < x + 2 && box.x1() > x - 2, value.getTextContent() + " is clear of the target line");
        }
    }

    @Test
    void theNewestValueIsWrittenAtTheEndOfEachLine() {
        Document svg = parse(SvgChart.svg(ChartSamples.npsTrend()));
        List<Element> ends = byClass(svg, "cx-end");
        assertEquals(1, ends.size());
        Series nps = ChartSamples.npsTrend().series().get(0);
        assertEquals(ChartSamples.npsTrend().format().format(nps.values().get(nps.values().size() - 1)),
                ends.get(0).getTextContent());
    }

    @Test
    void aTargetWithNoFreePlaceInThePlotIsNamedInTheLegend() {
        // Bars up to the target everywhere leave no room beside its line.
        List<String> labels = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        List<Double> full = labels.stream().map(l -> 30.0).toList();
        ChartSpec spec = new ChartSpec("full", ChartKind.GROUPED_BARS, "Full", "", labels,
                List.of(new Series("A", full), new Series("B", full)), Optional.empty(), OptionalDouble.of(30), "Target",
                ValueFormat.signed(1, ""));
        Document svg = parse(SvgChart.svg(spec));
        boolean inPlot = !byClass(svg, "cx-target-label").isEmpty();
        boolean inLegend = byClass(svg, "cx-target-key").stream().anyMatch(e -> e.getTextContent().contains("Target +30.0"));
        assertTrue(inPlot != inLegend, "named once, in the plot or the legend");
    }
}
