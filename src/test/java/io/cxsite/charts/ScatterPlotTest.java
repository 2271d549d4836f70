package io.cxsite.charts;

import static io.cxsite.charts.ChartXml.byClass;
import static io.cxsite.charts.ChartXml.parse;
import static io.cxsite.charts.ChartXml.svgElements;
import static io.cxsite.charts.ChartXml.texts;
import static io.cxsite.charts.ChartXml.tooltips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The importance-vs-performance chart: a named dot per topic, quadrant guides, no text on text. */
class ScatterPlotTest {
    private static final List<String> TOPICS = List.of("Waiting and response times", "Bills and prices",
            "Broadband speed", "Login, BankID and My pages", "Moving house", "Chat", "Friendly, helpful staff",
            "Outages", "Threats to cancel", "Suspected fraud");

    /** Ten topics bunched as the sample site's October: shares of 0.5 to 12 %, NPS from -100 to +59. */
    private static ChartSpec crowded() {
        return new ChartSpec("map", ChartKind.SCATTER, "Importance and performance", "", TOPICS,
                List.of(new Series("Share of answers", List.of(9.0, 12.0, 10.0, 5.5, 4.5, 7.8, 8.5, 4.8, 0.5, 0.5)),
                        new Series("NPS of those who mention it",
                                List.of(-38.9, 8.3, 0.0, 4.5, 5.6, 45.2, 58.8, 42.1, -100.0, -100.0))),
                Optional.empty(), OptionalDouble.of(32), "All answers", ValueFormat.signed(1, ""))
                .withReference(new Reference("Median", 6.6, ""));
    }

    @Test
    void everyTopicIsADotNamedBesideItOrByANumberInTheKey() {
        Document svg = parse(SvgChart.svg(crowded()));
        List<Element> dots = svgElements(svg, "circle");
        assertEquals(10, dots.size());
        assertEquals("Chat: Share of answers 7.8%, NPS of those who mention it +45.2", tooltips(dots).get(5));
        List<String> shown = texts(svgElements(svg, "text"));
        for (String topic : TOPICS) {
            long named = shown.stream().map(t -> ", " + t.replaceFirst("^\\d+ ", "") + ", ")
                    .filter(t -> t.contains(", " + topic + ", ")).count();
            assertEquals(1, named, topic + " is named once, beside its dot or in the key: " + shown);
        }
        List<String> numbers = texts(byClass(svg, "cx-dot-value"));
        List<String> key = shown.stream().filter(t -> t.matches("\\d+ .*")).map(t -> t.split(" ")[0]).toList();
        assertEquals(key, numbers, "every number at a dot is spelt out in the key, in order");
    }

    @Test
    void dotsOnTheSameSpotShareOneName() {
        List<String> shown = texts(svgElements(parse(SvgChart.svg(crowded())), "text"));
        assertTrue(shown.stream().anyMatch(t -> t.endsWith("Threats to cancel, Suspected fraud")), shown.toString());
    }

    @Test
    void noTwoTextsOverlapAtTheNarrowScreenSize() {
        Document svg = parse(SvgChart.svg(crowded()));
        List<Frame.Box> boxes = new ArrayList<>();
        for (Element t : svgElements(svg, "text")) {
            boolean bold = t.getAttribute("class").matches(".*(cx-dot-value|cx-target-label).*");
            LabelLayout.Text text = new LabelLayout.Text(t.getTextContent(), ChartStyle.NARROW_FONT, bold);
            String anchor = t.getAttribute("text-anchor").isEmpty() ? "start" : t.getAttribute("text-anchor");
            boxes.add(LabelLayout.box(text, LabelLayout.Spot.of(Double.parseDouble(t.getAttribute("x")),
                    Double.parseDouble(t.getAttribute("y")), anchor)));
        }
        String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        for (int i = 0; i < boxes.size(); i++) {
            Frame.Box a = boxes.get(i);
            assertTrue(a.x0() >= 0 && a.x1() <= 600 && a.y0() >= 0 && a.y1() <= Double.parseDouble(viewBox[3]),
                    "inside the chart: " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(a.overlaps(boxes.get(j)), a + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void theGuidesCrossAtTheTargetAndTheReference() {
        Document svg = parse(SvgChart.svg(crowded()));
        List<String> guides = tooltips(byClass(svg, "cx-target"));
        assertEquals(List.of("All answers +32.0", "Median 6.6%"), guides);
    }

    @Test
    void theDataTableWritesTheXColumnAsAShare() {
        String csv = ChartTable.csv(crowded());
        assertTrue(csv.startsWith("Item,Share of answers (%),NPS of those who mention it,All answers,Median (%)\r\n"), csv);
        assertTrue(csv.contains("Chat,7.8,45.2,32.0,6.6\r\n"), csv);
        assertTrue(ChartTable.html(crowded()).contains("<td>7.8%</td><td>+45.2</td>"));
    }

    @Test
    void theDescriptionNamesEveryDotAndGuide() {
        String description = SvgChart.description(crowded());
        assertTrue(description.contains("Suspected fraud: Share of answers 0.5%, NPS of those who mention it −100.0"),
                description);
        assertTrue(description.endsWith("All answers +32.0; Median 6.6%."), description);
    }
}
