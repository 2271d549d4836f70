package io.cxsite.charts;

import static io.cxsite.charts.ChartXml.elements;
import static io.cxsite.charts.ChartXml.parse;
import static io.cxsite.charts.ChartXml.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartTableTest {

    private static List<String> row(Element tr) {
        return texts(elements(tr.getOwnerDocument(), "*").stream()
                .filter(e -> e.getParentNode() == tr).toList());
    }

    @Test
    void htmlTableHasACaptionAHeaderAndARowPerLabel() {
        Document doc = parse(ChartTable.html(ChartSamples.npsByChannel()));
        Element table = doc.getDocumentElement();
        assertEquals("table", table.getTagName());
        assertEquals("cx-data", table.getAttribute("class"));
        assertEquals(List.of("NPS by channel"), texts(elements(doc, "caption")));
        List<Element> rows = elements(doc, "tr");
        assertEquals(4, rows.size());
        assertEquals(List.of("Period", "Phone", "Chat", "Email", "Web", "Target"), row(rows.get(0)));
        assertEquals(List.of("Q1 2026", "+12", "+31", "\u22128", "+22", "+20"), row(rows.get(1)));
        assertEquals(List.of("Q2 2026", "+15", "+34", "\u22122", "\u2013", "+20"), row(rows.get(2)));
        assertEquals(List.of("col", "col", "col", "col", "col", "col"),
                elements(doc, "th").stream().limit(6).map(th -> th.getAttribute("scope")).toList());
        assertEquals("row", elements(doc, "th").get(6).getAttribute("scope"));
        assertEquals(15, elements(doc, "td").size()); // 3 rows of 4 series and the target
    }

    @Test
    void htmlTableShowsTheBandEnds() {
        Document doc = parse(ChartTable.html(ChartSamples.npsTrend()));
        List<Element> rows = elements(doc, "tr");
        assertEquals(19, rows.size());
        assertEquals(List.of("Period", "NPS", "95% margin of error, low", "95% margin of error, high", "Target"),
                row(rows.get(0)));
        assertEquals(List.of("Sep 2025", "+12.0", "+7.0", "+17.0", "+30.0"), row(rows.get(9)));
    }

    @Test
    void htmlTableEscapesEverything() {
        String hostile = "<script>alert(1)</script> & \"x\"";
        ChartSpec spec = new ChartSpec("h", ChartKind.LINE, hostile, "", List.of(hostile),
                List.of(new Series(hostile, List.of(1.0))), Optional.empty(), OptionalDouble.empty(), "",
                ValueFormat.of(0, "<u>"));
        String html = ChartTable.html(spec);
        assertFalse(html.contains("<script") || html.contains("<u>"), html);
        Document doc = parse(html);
        assertEquals(List.of(hostile), texts(elements(doc, "caption")));
        assertEquals(List.of(hostile, "1<u>"), row(elements(doc, "tr").get(1)));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndLeavesMissingValuesEmpty() {
        ChartSpec spec = new ChartSpec("c", ChartKind.GROUPED_BARS, "Shares", "",
                List.of("Q1, early", "said \"hi\"", "two\nlines", "plain"),
                List.of(new Series("Promoters", Arrays.asList(52.0, null, -0.04, 1234.5)),
                        new Series("Net \"score\"", Arrays.asList(-4.25, 10.0, 0.0, null))),
                Optional.empty(), OptionalDouble.of(50), "Goal, 2026", ValueFormat.signed(1, "%"));
        assertEquals("Period,Promoters (%),\"Net \"\"score\"\" (%)\",\"Goal, 2026 (%)\"\r\n"
                + "\"Q1, early\",52.0,-4.3,50.0\r\n"
                + "\"said \"\"hi\"\"\",,10.0,50.0\r\n"
                + "\"two\nlines\",0.0,0.0,50.0\r\n"
                + "plain,1234.5,,50.0\r\n", ChartTable.csv(spec));
    }

    @Test
    void csvNeutralisesFormulasInLabelsAndHeadersButKeepsNegativeNumbersNumbers() {
        List<String> labels = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1)", "\tTAB", "\rCR", "\uFF1D1+1", "-3.5", "+12", "Plain - text", "2026-10");
        ChartSpec spec = new ChartSpec("f", ChartKind.HORIZONTAL_BARS, "Hostile", "", labels,
                List.of(new Series("=1+1", Arrays.asList(-4.25, -0.5, 3.0, 0.0, null, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(1, ""));
        List<String> lines = List.of(ChartTable.csv(spec).split("\r\n"));
        assertEquals("Item,'=1+1", lines.get(0));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-4.3", lines.get(1));
        assertEquals("\"'+SUM(1,2)\",-0.5", lines.get(2));
        assertEquals("'-2+3+cmd|' /C calc'!A0,3.0", lines.get(3));
        assertEquals("'@SUM(A1),0.0", lines.get(4));
        assertEquals("'\tTAB,", lines.get(5));
        assertEquals("\"'\rCR\",1.0", lines.get(6));
        assertEquals("'\uFF1D1+1,2.0", lines.get(7));
        assertEquals("-3.5,3.0", lines.get(8), "a number label stays a number");
        assertEquals("+12,4.0", lines.get(9));
        assertEquals("Plain - text,5.0", lines.get(10));
        assertEquals("2026-10,6.0", lines.get(11));
        for (String line : lines) {
            for (String field : line.split(",")) {
                String cell = field.startsWith("\"") ? field.substring(1) : field;
                boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
                assertFalse(formula && !cell.matches("[+-]?[0-9.]+"), "a formula cell: " + line);
            }
        }
    }

    @Test
    void csvHasBandColumnsAndNoUnitInHeadersWhenThereIsNone() {
        String csv = ChartTable.csv(ChartSamples.npsTrend());
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(19, lines.size());
        assertEquals("Period,NPS,\"95% margin of error, low\",\"95% margin of error, high\",Target", lines.get(0));
        assertEquals("Jan 2025,21.0,16.0,26.0,30.0", lines.get(1));
    }

    @Test
    void horizontalBarsNameTheirRowsItemsNotPeriods() {
        ChartSpec spec = ChartSamples.topicImpact();
        List<Element> rows = elements(parse(ChartTable.html(spec)), "tr");
        assertEquals(List.of("Item", "NPS impact"), row(rows.get(0)));
        assertEquals(List.of("Waiting and response times", "6.3"), row(rows.get(1)));
        List<String> lines = List.of(ChartTable.csv(spec).split("\r\n"));
        assertEquals(9, lines.size());
        assertEquals("Item,NPS impact", lines.get(0));
        assertEquals("\"Login, BankID and My pages\",3.5", lines.get(3));
    }

    @Test
    void emptyChartHasOnlyTheHeader() {
        ChartSpec empty = new ChartSpec("e", ChartKind.LINE, "Nothing", "", List.of(), List.of(), Optional.empty(),
                OptionalDouble.empty(), "", ValueFormat.of(0, ""));
        assertEquals("Period\r\n", ChartTable.csv(empty));
        assertEquals(1, elements(parse(ChartTable.html(empty)), "tr").size());
    }
}
