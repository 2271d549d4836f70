package io.cxsite.charts;

import static io.cxsite.charts.ChartXml.byClass;
import static io.cxsite.charts.ChartXml.number;
import static io.cxsite.charts.ChartXml.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A benchmark drawn as a dotted reference line apart from the target, its label clear of every other. */
class ReferenceLineTest {
    private static final Reference BENCHMARK = new Reference("Benchmark", 28, "Nordic CX Index, 2026");

    private static ChartSpec nps(double target, Reference reference) {
        return new ChartSpec("nps", ChartKind.LINE, "NPS", "NPS per month.", List.of("Jan", "Feb", "Mar", "Apr"),
                List.of(new Series("NPS", List.of(21.0, 24.0, 27.5, 31.0))), Optional.empty(), OptionalDouble.of(target),
                "Target", ValueFormat.signed(1, "")).withReference(reference);
    }

    private static Frame.Box box(Element text) {
        return LabelLayout.box(new LabelLayout.Text(text.getTextContent(), ChartStyle.NARROW_FONT, true),
                LabelLayout.Spot.of(number(text, "x"), number(text, "y"), text.getAttribute("text-anchor")));
    }

    @Test
    void theBenchmarkIsADottedLineWithItsOwnLabelApartFromTheTargets() {
        // Target +30 and benchmark +28 lie two grid steps apart, the NPS line crossing both near the end.
        Document svg = parse(SvgChart.svg(nps(30, BENCHMARK)));
        List<Element> lines = byClass(svg, "cx-reference");
        assertEquals(1, lines.size(), "one reference line");
        assertEquals("Benchmark +28.0 (Nordic CX Index, 2026)", lines.get(0).getTextContent(), "its tooltip");
        List<Element> target = byClass(svg, "cx-target-label");
        List<Element> reference = byClass(svg, "cx-reference-label");
        assertEquals(List.of("Benchmark +28.0"), reference.stream().map(Element::getTextContent).toList());
        assertEquals(1, target.size());
        assertFalse(box(target.get(0)).overlaps(box(reference.get(0))), "the two labels do not overlap");
        double targetY = number(byClass(svg, "cx-target").get(0), "y1");
        double referenceY = number(lines.get(0), "y1");
        assertTrue(referenceY > targetY, "the benchmark's line lies below the target's");
        for (double y : new double[] {targetY, referenceY}) {
            for (Element label : List.of(target.get(0), reference.get(0))) {
                Frame.Box b = box(label);
                assertFalse(b.y0() < y + 1 && b.y1() > y - 1, label.getTextContent() + " is not drawn over a line");
            }
        }
    }

    @Test
    void theBenchmarkWidensTheScaleAndIsNamedInTheDescriptionAndTable() {
        ChartSpec spec = nps(30, new Reference("Benchmark", 45, "Nordic CX Index, 2026"));
        assertTrue(Scale.of(spec).max() >= 45, "the line is inside the plot");
        assertTrue(SvgChart.description(spec).endsWith("Target +30.0; Benchmark +45.0 (Nordic CX Index, 2026)."));
        String csv = ChartTable.csv(spec);
        assertTrue(csv.startsWith("Period,NPS,Target,\"Benchmark (Nordic CX Index, 2026)\"\r\n"), csv);
        assertTrue(csv.contains("Jan,21.0,30.0,45.0\r\n"), csv);
    }

    @Test
    void whenTheLabelsFindNoPlaceInThePlotTheLegendNamesBoth() {
        // A benchmark one point under the target leaves no room between the lines for either name.
        Document svg = parse(SvgChart.svg(nps(30, new Reference("Benchmark", 29, "Nordic CX Index, 2026"))));
        assertTrue(byClass(svg, "cx-reference-label").isEmpty() && byClass(svg, "cx-target-label").isEmpty());
        List<String> legend = byClass(svg, "cx-legend").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("Target +30.0", "Benchmark +29.0"), legend);
        assertEquals(1, byClass(svg, "cx-reference-key").size(), "the benchmark's swatch is its dotted line");
    }

    @Test
    void chartsWithoutALineAcrossRefuseAReference() {
        ChartSpec bars = new ChartSpec("t", ChartKind.HORIZONTAL_BARS, "Topics", "", List.of("a"),
                List.of(new Series("n", List.of(1.0))), Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, ""));
        assertThrows(IllegalArgumentException.class, () -> bars.withReference(BENCHMARK));
    }
}
