package io.cxsite.charts;

import static io.cxsite.charts.ChartXml.byClass;
import static io.cxsite.charts.ChartXml.number;
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

class HorizontalBarsTest {
    private static final String LONG = "Fees, interest rates and other charges on savings accounts and loans";

    /** The lines a row label is written on, one per tspan. */
    private static List<String> lines(Element label) {
        return texts(ChartXml.svgElements(label.getOwnerDocument(), "tspan").stream()
                .filter(t -> t.getParentNode() == label).toList());
    }

    private static double viewBoxHeight(ChartSpec spec) {
        String[] box = parse(SvgChart.svg(spec)).getDocumentElement().getAttribute("viewBox").split(" ");
        assertEquals("0 0 600", box[0] + " " + box[1] + " " + box[2]);
        return Double.parseDouble(box[3]);
    }

    private static List<String> topics(int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            labels.add("Topic " + i);
        }
        return labels;
    }

    @Test
    void everyLabelIsWrittenInFullOrWrappedOntoTwoLines() {
        ChartSpec spec = ChartSamples.topicImpact();
        List<Element> labels = byClass(parse(SvgChart.svg(spec)), "cx-label");
        assertEquals(spec.labels().size(), labels.size());
        for (int i = 0; i < labels.size(); i++) {
            List<String> lines = lines(labels.get(i));
            assertTrue(lines.size() <= 2, lines.toString());
            lines.forEach(l -> assertTrue(l.length() <= HorizontalBars.LINE_CHARS, l));
            if (!spec.labels().get(i).equals(LONG)) {
                assertEquals(spec.labels().get(i), String.join(" ", lines));
            }
        }
        assertEquals(List.of("Waiting and", "response times"), lines(labels.get(0)));
        assertEquals(List.of("Bills and prices"), lines(labels.get(1)));
        assertEquals(List.of("Login, BankID", "and My pages"), lines(labels.get(2)));
        // only a label longer than two lines is cut, at a word's end, and keeps its full text as a tooltip
        assertEquals(List.of("Fees, interest", "rates and other\u2026"), lines(labels.get(6)));
        assertEquals(List.of(LONG), tooltips(List.of(labels.get(6))));
        assertEquals(List.of(), svgElements(labels.get(0).getOwnerDocument(), "title").stream()
                .filter(t -> t.getParentNode() == labels.get(0)).toList());
    }

    @Test
    void wrapsAtTheBalancedSpaceAndBreaksOverlongWords() {
        assertEquals(List.of("Chat"), LabelWrap.wrap("  Chat ", 18));
        assertEquals(List.of("Friendly,", "helpful staff"), LabelWrap.wrap("Friendly, helpful staff", 18));
        assertEquals(List.of("Kundebehandlingsa-", "vdelingen"), LabelWrap.wrap("Kundebehandlingsavdelingen", 18));
        assertEquals(List.of("Rättigheter,", "skyldigheter och\u2026"),
                LabelWrap.wrap("Rättigheter, skyldigheter och ansvarsfördelning", 18));
    }

    @Test
    void rowsKeepTheGivenOrderFromTopToBottom() {
        ChartSpec spec = ChartSamples.rows("order", List.of("Smallest", "Largest", "Middle"), 1.0, 9.0, 5.0);
        Document doc = parse(SvgChart.svg(spec));
        List<Element> labels = byClass(doc, "cx-label");
        List<Element> bars = byClass(doc, "cx-bar");
        assertEquals(List.of("Smallest", "Largest", "Middle"), texts(labels));
        assertEquals(List.of("Smallest: +1", "Largest: +9", "Middle: +5"), tooltips(bars));
        for (int i = 1; i < 3; i++) {
            assertTrue(number(labels.get(i), "y") > number(labels.get(i - 1), "y"), "row " + i + " below row " + (i - 1));
            assertTrue(number(bars.get(i), "y") > number(bars.get(i - 1), "y"));
        }
        // each label is level with its bar, and the bar's length is its value
        for (int i = 0; i < 3; i++) {
            assertEquals(number(labels.get(i), "y"), number(bars.get(i), "y") + number(bars.get(i), "height") / 2, 0.15);
        }
        assertEquals(9.0, number(bars.get(1), "width") / number(bars.get(0), "width"), 0.05);
    }

    @Test
    void chartGrowsTallerWithItsRows() {
        double three = viewBoxHeight(ChartSamples.rows("a", topics(3), 1.0, 2.0, 3.0));
        double six = viewBoxHeight(ChartSamples.rows("b", topics(6), 1.0, 2.0, 3.0, 4.0, 5.0, 6.0));
        double twelve = viewBoxHeight(ChartSamples.rows("c", topics(12), 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0,
                9.0, 10.0, 11.0, 12.0));
        assertEquals(3 * HorizontalBars.ROW, six - three, 0.5);
        assertEquals(6 * HorizontalBars.ROW, twelve - six, 0.5);
        // rows with two-line labels are taller, so the lines do not run into the next row's on a phone
        double wrapped = viewBoxHeight(ChartSamples.rows("d", List.of("Waiting and response times", "Topic 2",
                "Topic 3"), 1.0, 2.0, 3.0));
        assertTrue(wrapped - three >= 3 * 10, three + " -> " + wrapped);
        assertTrue(viewBoxHeight(ChartSamples.topicImpact()) > SvgChart.HEIGHT);
    }

    @Test
    void everyBarEndsInItsValue() {
        Document doc = parse(SvgChart.svg(ChartSamples.topicImpact()));
        List<Element> bars = byClass(doc, "cx-bar");
        List<Element> values = byClass(doc, "cx-bar-value");
        assertEquals(List.of("6.3", "4.8", "3.5", "2.3", "1.5", "0.8", "0.5", "0.3"), texts(values));
        for (int i = 0; i < bars.size(); i++) {
            double end = number(bars.get(i), "x") + number(bars.get(i), "width");
            assertEquals(end + 5, number(values.get(i), "x"), 0.15);
            assertEquals("start", values.get(i).getAttribute("text-anchor"));
            assertEquals(number(bars.get(i), "y") + number(bars.get(i), "height") / 2, number(values.get(i), "y"),
                    0.15);
        }
        // not cx-value, which narrow screens hide: here the values are the point
        assertEquals(List.of(), byClass(doc, "cx-value"));
    }

    @Test
    void zeroLineAtTheLeftAndValueTicksBelowTheRows() {
        Document doc = parse(SvgChart.svg(ChartSamples.topicImpact()));
        List<Element> zero = byClass(doc, "cx-zero");
        assertEquals(1, zero.size());
        assertEquals(number(zero.get(0), "x1"), number(zero.get(0), "x2"));
        List<Element> ticks = byClass(doc, "cx-tick");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7"), texts(ticks));
        assertEquals(number(zero.get(0), "x1"), number(ticks.get(0), "x"), 0.15);
        List<Element> bars = byClass(doc, "cx-bar");
        for (Element bar : bars) {
            assertEquals(number(zero.get(0), "x1"), number(bar, "x"), 0.15);
            assertTrue(number(bar, "y") + number(bar, "height") < number(ticks.get(0), "y") - 20);
        }
        List<Element> grid = byClass(doc, "cx-grid");
        assertEquals(7, grid.size()); // one per tick but 0, which has the zero line
        for (Element line : grid) {
            assertEquals(number(line, "x1"), number(line, "x2"));
        }
        // the largest value still fits inside the chart with its label
        Element largest = byClass(doc, "cx-bar-value").get(0);
        assertTrue(number(largest, "x") + SvgChart.width("6.3", ChartStyle.NARROW_FONT) <= SvgChart.WIDTH);
    }

    @Test
    void negativeValuesGoLeftOfZeroAndMissingOnesAreMarked() {
        ChartSpec spec = ChartSamples.rows("neg", List.of("Chat", "Friendly, helpful staff", "Bills", "Moving house"),
                12.0, -31.0, null, 0.0);
        Document doc = parse(SvgChart.svg(spec));
        double zero = number(byClass(doc, "cx-zero").get(0), "x1");
        List<Element> bars = byClass(doc, "cx-bar");
        assertEquals(3, bars.size());
        assertEquals(zero, number(bars.get(0), "x"), 0.15);
        assertEquals(zero, number(bars.get(1), "x") + number(bars.get(1), "width"), 0.15);
        List<Element> values = byClass(doc, "cx-bar-value");
        assertEquals(List.of("+12", "\u221231", "\u2013", "0"), texts(values));
        assertEquals("end", values.get(1).getAttribute("text-anchor"));
        assertTrue(number(values.get(1), "x") < number(bars.get(1), "x"));
        assertTrue(number(values.get(1), "x") - SvgChart.width("\u221231", ChartStyle.NARROW_FONT)
                > number(byClass(doc, "cx-label").get(1), "x"), "the value stays clear of the labels");
        assertEquals(List.of("\u221240", "\u221230", "\u221220", "\u221210", "0", "+10", "+20"),
                texts(byClass(doc, "cx-tick")));
    }

    @Test
    void descriptionNamesTheRowsInOrder() {
        Document doc = parse(SvgChart.svg(ChartSamples.topicImpact()));
        assertEquals("Points of NPS lost to detractors who mention each topic, largest first. NPS impact: Waiting and"
                + " response times 6.3, Bills and prices 4.8, Login, BankID and My pages 3.5, Broadband speed 2.3,"
                + " Outages 1.5, Moving house 0.8, " + LONG + " 0.5, Chat 0.3.",
                svgElements(doc, "desc").get(0).getTextContent());
        Double[] values = new Double[12];
        java.util.Arrays.fill(values, 1.0);
        values[3] = null;
        assertEquals("NPS: Topic 1 +1, Topic 2 +1, Topic 3 +1, Topic 4 no data, Topic 5 +1, Topic 6 +1, Topic 7 +1,"
                + " Topic 8 +1, Topic 9 +1, Topic 10 +1 and 2 more.",
                SvgChart.description(ChartSamples.rows("many", topics(12), values)));
    }

    @Test
    void severalSeriesShareEachRowUnderALegend() {
        ChartSpec spec = new ChartSpec("two", ChartKind.HORIZONTAL_BARS, "T", "", List.of("Phone", "Chat"),
                List.of(new Series("Sep", List.of(4.0, 2.0)), new Series("Oct", List.of(5.5, 1.0))), Optional.empty(),
                OptionalDouble.of(4), "Goal", ValueFormat.of(1, ""));
        Document doc = parse(SvgChart.svg(spec));
        assertEquals(List.of("Sep", "Oct"), texts(byClass(doc, "cx-legend")));
        List<Element> bars = byClass(doc, "cx-bar");
        assertEquals(List.of("Sep, Phone: 4.0", "Sep, Chat: 2.0", "Oct, Phone: 5.5", "Oct, Chat: 1.0"),
                tooltips(bars));
        Element phone = byClass(doc, "cx-label").get(0);
        double sepBottom = number(bars.get(0), "y") + number(bars.get(0), "height");
        assertTrue(sepBottom <= number(bars.get(2), "y"), "Oct's bar under Sep's");
        assertEquals(number(phone, "y"), (number(bars.get(0), "y") + number(bars.get(2), "y")
                + number(bars.get(2), "height")) / 2, 0.15);
        Element target = byClass(doc, "cx-target").get(0);
        assertEquals(number(target, "x1"), number(target, "x2"));
        assertEquals(List.of("Goal 4.0"), texts(byClass(doc, "cx-target-label")));
        assertEquals(number(bars.get(0), "x") + number(bars.get(0), "width"), number(target, "x1"), 0.15);
    }

    @Test
    void noValuesKeepsTheLabelsAndSaysSo() {
        Document doc = parse(SvgChart.svg(ChartSamples.rows("none", List.of("Chat", "Bills"), null, null)));
        assertEquals(List.of("No data"), texts(byClass(doc, "cx-empty")));
        assertEquals(List.of("Chat", "Bills"), texts(byClass(doc, "cx-label")));
        assertEquals(List.of(), byClass(doc, "cx-bar"));
        assertEquals("No data.", svgElements(doc, "desc").get(0).getTextContent());
    }

    @Test
    void escapesHostileLabels() {
        String hostile = "<script>alert(1)</script> & \"x\"";
        String svg = SvgChart.svg(ChartSamples.rows("h", List.of(hostile, "b"), 1.0, 2.0));
        assertFalse(svg.contains("<script"), svg);
        Document doc = parse(svg);
        assertEquals(hostile + ": +1", tooltips(byClass(doc, "cx-bar")).get(0));
        assertTrue(texts(byClass(doc, "cx-label")).get(0).startsWith("<script>"));
    }

    @Test
    void sameSpecSameBytes() {
        assertEquals(SvgChart.svg(ChartSamples.topicImpact()), SvgChart.svg(ChartSamples.topicImpact()));
    }

    /** Impact bars with a 95 % interval: whiskers from low to high, each value past its whisker. */
    @Test
    void aBandIsDrawnAsAnIntervalAcrossEachBarsEndWithTheValueBeyondIt() {
        ChartSpec spec = new ChartSpec("impact", ChartKind.HORIZONTAL_BARS, "NPS impact", "", List.of("Waiting", "Chat"),
                List.of(new Series("NPS impact", List.of(5.0, 1.3))),
                Optional.of(new Band("95 % interval", List.of(3.3, 0.5), List.of(7.6, 2.9))), OptionalDouble.empty(), "",
                ValueFormat.of(1, ""));
        Document svg = parse(SvgChart.svg(spec));
        List<Element> whiskers = byClass(svg, "cx-interval");
        assertEquals(2, whiskers.size(), "one interval per row");
        List<Element> waiting = svgElements(svg, "line").stream().filter(l -> l.getParentNode() == whiskers.get(0)).toList();
        double low = number(waiting.get(0), "x1");
        double high = number(waiting.get(0), "x2");
        List<Element> values = byClass(svg, "cx-bar-value");
        assertEquals(List.of("5.0", "1.3"), texts(values));
        assertTrue(number(values.get(0), "x") > high, "the value is written past the interval's high end");
        assertTrue(low < high);
        assertTrue(ChartTable.csv(spec).startsWith("Item,NPS impact,\"95 % interval, low\",\"95 % interval, high\"\r\n"
                + "Waiting,5.0,3.3,7.6\r\n"), ChartTable.csv(spec));
    }
}
