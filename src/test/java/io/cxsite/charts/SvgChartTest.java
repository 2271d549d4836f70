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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"x\" 'y'";

    @Test
    void isAStandaloneSvgScaledByCss() {
        Element svg = parse(SvgChart.svg(ChartSamples.npsTrend())).getDocumentElement();
        assertEquals(ChartXml.SVG_NS, svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertEquals("nps-trend", svg.getAttribute("id"));
        assertEquals("0 0 600 360", svg.getAttribute("viewBox"));
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("nps-trend-title nps-trend-desc", svg.getAttribute("aria-labelledby"));
        assertEquals("cx-chart", svg.getAttribute("class"));
        assertFalse(svg.hasAttribute("width"));
        assertFalse(svg.hasAttribute("height"));
    }

    @Test
    void titleAndDescriptionWithASummaryOfTheNumbers() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsTrend()));
        Element title = svgElements(doc, "title").get(0);
        Element desc = svgElements(doc, "desc").get(0);
        assertEquals("nps-trend-title", title.getAttribute("id"));
        assertEquals("NPS, last 18 months", title.getTextContent());
        assertEquals("nps-trend-desc", desc.getAttribute("id"));
        assertEquals("Monthly NPS across all channels. NPS from +21.0 in Jan 2025 to +31.5 in Jun 2026; Target +30.0.",
                desc.getTextContent());
    }

    @Test
    void summaryNamesEverySeriesAndCopesWithGaps() {
        ChartSpec spec = new ChartSpec("s", ChartKind.GROUPED_BARS, "T", "", List.of("Q1", "Q2", "Q3"),
                List.of(new Series("Phone", Arrays.asList(null, 12.0, 18.0)),
                        new Series("Chat", Arrays.asList(null, 30.0, null)),
                        new Series("Email", Arrays.asList(null, null, null))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.signed(0, ""));
        assertEquals("Phone from +12 in Q2 to +18 in Q3; Chat +30 in Q2; Email: no data.", SvgChart.description(spec));
    }

    @Test
    void everyDotCarriesItsValueAsATooltip() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsTrend()));
        List<String> tips = tooltips(byClass(doc, "cx-dot"));
        assertEquals(18, tips.size());
        assertEquals("Jan 2025: +21.0", tips.get(0));
        assertEquals("Sep 2025: +12.0", tips.get(8));
        assertEquals("Jun 2026: +31.5", tips.get(17));
    }

    @Test
    void tooltipsNameTheSeriesWhenThereAreSeveral() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsByChannel()));
        List<String> tips = tooltips(byClass(doc, "cx-bar"));
        assertEquals(11, tips.size()); // 12 bars less Web's missing Q2
        assertEquals("Phone, Q1 2026: +12", tips.get(0));
        assertEquals("Email, Q1 2026: \u22128", tips.get(6));
        assertTrue(tips.contains("Web, Q3 2026: +26"));
        assertFalse(tips.stream().anyMatch(t -> t.startsWith("Web, Q2")));
    }

    @Test
    void higherValuesAreDrawnHigher() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsTrend()));
        List<Element> dots = byClass(doc, "cx-dot");
        // Sep 2025 (+12.0) is the lowest point, Jun 2026 (+31.5) the highest: larger y is lower
        double sep = number(dots.get(8), "cy");
        double jun = number(dots.get(17), "cy");
        for (Element dot : dots) {
            assertTrue(number(dot, "cy") <= sep && number(dot, "cy") >= jun);
        }
        for (int i = 1; i < dots.size(); i++) {
            assertTrue(number(dots.get(i), "cx") > number(dots.get(i - 1), "cx"), "x grows with the label index");
        }
    }

    @Test
    void targetIsADashedLineWithItsLabel() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsTrend()));
        List<Element> target = byClass(doc, "cx-target");
        assertEquals(1, target.size());
        assertEquals("line", target.get(0).getLocalName());
        assertEquals(number(target.get(0), "y1"), number(target.get(0), "y2"));
        assertEquals(List.of("Target +30.0"), texts(byClass(doc, "cx-target-label")));
        // the line sits where the +30 tick is
        Element tick = byClass(doc, "cx-tick").stream().filter(t -> t.getTextContent().equals("+30")).findFirst()
                .orElseThrow();
        assertEquals(number(tick, "y") - 5, number(target.get(0), "y1"), 0.15);
        assertTrue(SvgChart.svg(ChartSamples.npsTrend()).contains("stroke-dasharray"));
    }

    @Test
    void noTargetNoTargetLine() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsMix()));
        assertEquals(List.of(), byClass(doc, "cx-target"));
        assertEquals(List.of(), byClass(doc, "cx-target-label"));
    }

    @Test
    void bandIsAPolygonOverTheRunsWhereBothEndsAreKnown() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsTrend()));
        List<Element> band = byClass(doc, "cx-band").stream().filter(e -> e.getLocalName().equals("polygon")).toList();
        assertEquals(1, band.size());
        assertEquals(36, band.get(0).getAttribute("points").split(" ").length);

        ChartSpec gappy = new ChartSpec("g", ChartKind.LINE, "T", "", List.of("a", "b", "c", "d", "e", "f"),
                List.of(new Series("NPS", List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0))),
                Optional.of(new Band("MoE", Arrays.asList(0.0, 1.0, null, 3.0, 4.0, 5.0),
                        Arrays.asList(2.0, 3.0, 4.0, 5.0, 6.0, null))),
                OptionalDouble.empty(), "", ValueFormat.of(0, ""));
        List<Element> parts = byClass(parse(SvgChart.svg(gappy)), "cx-band").stream()
                .filter(e -> e.getLocalName().equals("polygon")).toList();
        assertEquals(2, parts.size());
        assertEquals(4, parts.get(0).getAttribute("points").split(" ").length);
        assertEquals(4, parts.get(1).getAttribute("points").split(" ").length);
    }

    @Test
    void missingValuesBreakTheLine() {
        ChartSpec spec = ChartSamples.line("gap", ChartSamples.months(7), 10.0, 12.0, null, 14.0, 15.0, null, 9.0);
        Document doc = parse(SvgChart.svg(spec));
        List<Element> paths = byClass(doc, "cx-line").stream().filter(e -> e.getLocalName().equals("path")).toList();
        assertEquals(1, paths.size());
        String d = paths.get(0).getAttribute("d");
        assertEquals(2, d.chars().filter(c -> c == 'M').count(), d);
        assertEquals(2, d.chars().filter(c -> c == 'L').count(), d);
        // the lone Jul value is still drawn, as a dot
        assertEquals(5, byClass(doc, "cx-dot").size());
        assertEquals("Jul 2025: +9", tooltips(byClass(doc, "cx-dot")).get(4));
    }

    @Test
    void negativeValuesAndTheZeroLine() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsByChannel()));
        List<Element> zero = byClass(doc, "cx-zero");
        assertEquals(1, zero.size());
        double zeroY = number(zero.get(0), "y1");
        List<Element> bars = byClass(doc, "cx-bar");
        Element email = bars.get(6); // Email Q1, -8: hangs from the zero line
        assertEquals(zeroY, number(email, "y"), 0.15);
        Element phone = bars.get(0); // Phone Q1, +12: stands on it
        assertEquals(zeroY, number(phone, "y") + number(phone, "height"), 0.15);
        assertEquals(List.of("\u221210", "0", "+10", "+20", "+30", "+40"), texts(byClass(doc, "cx-tick")));
    }

    @Test
    void barsGrowFromZeroButALineAxisNeedNotIncludeIt() {
        List<Series> series = List.of(new Series("CSAT", List.of(81.0, 86.0, 84.0)));
        List<String> labels = List.of("Q1", "Q2", "Q3");
        ChartSpec bars = new ChartSpec("b", ChartKind.GROUPED_BARS, "T", "", labels, series, Optional.empty(),
                OptionalDouble.empty(), "", ValueFormat.of(0, "%"));
        ChartSpec line = new ChartSpec("l", ChartKind.LINE, "T", "", labels, series, Optional.empty(),
                OptionalDouble.empty(), "", ValueFormat.of(0, "%"));
        assertEquals(List.of("0%", "20%", "40%", "60%", "80%", "100%"),
                texts(byClass(parse(SvgChart.svg(bars)), "cx-tick")));
        assertEquals(List.of("81%", "82%", "83%", "84%", "85%", "86%"),
                texts(byClass(parse(SvgChart.svg(line)), "cx-tick")));
    }

    @Test
    void stackedBarsPileUpToTheirTotal() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsMix()));
        List<Element> bars = byClass(doc, "cx-bar");
        assertEquals(18, bars.size());
        Element top100 = byClass(doc, "cx-tick").stream().filter(t -> t.getTextContent().equals("100%")).findFirst()
                .orElseThrow();
        Element bottom = byClass(doc, "cx-axis").get(0);
        // January: promoters 52 at the bottom, then passives 30, detractors 18 up to 100%
        Element promoters = bars.get(0);
        Element passives = bars.get(6);
        Element detractors = bars.get(12);
        assertEquals(number(bottom, "y1"), number(promoters, "y") + number(promoters, "height"), 0.15);
        assertEquals(number(promoters, "y"), number(passives, "y") + number(passives, "height"), 0.15);
        assertEquals(number(passives, "y"), number(detractors, "y") + number(detractors, "height"), 0.15);
        assertEquals(number(top100, "y") - 5, number(detractors, "y"), 0.15);
        assertEquals(52.0 / 18.0, number(promoters, "height") / number(detractors, "height"), 0.02);
        assertEquals(List.of("Promoters, Jan 2026: 52%", "Passives, Jan 2026: 30%", "Detractors, Jan 2026: 18%"),
                tooltips(List.of(promoters, passives, detractors)));
    }

    @Test
    void legendOnlyForSeveralSeriesOrABand() {
        assertEquals(List.of("Promoters", "Passives", "Detractors"),
                texts(byClass(parse(SvgChart.svg(ChartSamples.npsMix())), "cx-legend")));
        assertEquals(List.of("NPS", "95% margin of error"),
                texts(byClass(parse(SvgChart.svg(ChartSamples.npsTrend())), "cx-legend")));
        assertEquals(List.of(), byClass(parse(SvgChart.svg(ChartSamples.line("one", List.of("a"), 1.0))), "cx-legend"));
    }

    @Test
    void manyLabelsAreThinnedButTheNewestIsAlwaysShown() {
        for (int n : new int[] {18, 24, 36}) {
            Double[] values = new Double[n];
            Arrays.fill(values, 20.0);
            List<String> labels = ChartSamples.months(n);
            List<String> shown = texts(byClass(parse(SvgChart.svg(ChartSamples.line("m", labels, values))), "cx-label"));
            assertTrue(shown.size() <= 12 && shown.size() >= 5, n + " labels: " + shown);
            assertEquals(labels.get(n - 1), shown.get(0), "the last label is written first");
        }
        List<String> few = ChartSamples.months(6);
        assertEquals(6, byClass(parse(SvgChart.svg(ChartSamples.line("f", few, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0))),
                "cx-label").size());
    }

    @Test
    void escapesHostileText() {
        ChartSpec spec = new ChartSpec("h", ChartKind.STACKED_BARS, HOSTILE, HOSTILE, List.of(HOSTILE, "b"),
                List.of(new Series(HOSTILE, List.of(1.0, 2.0)), new Series("<b>", List.of(3.0, 4.0))),
                Optional.of(new Band(HOSTILE, List.of(0.0, 1.0), List.of(5.0, 6.0))), OptionalDouble.of(2),
                HOSTILE, ValueFormat.of(0, "<u>"));
        String svg = SvgChart.svg(spec);
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<b>"));
        Document doc = parse(svg);
        assertEquals(HOSTILE, svgElements(doc, "title").get(0).getTextContent());
        assertTrue(svgElements(doc, "desc").get(0).getTextContent().startsWith(HOSTILE + " " + HOSTILE + " from 1<u>"));
        assertEquals(HOSTILE + ", " + HOSTILE + ": 1<u>", tooltips(byClass(doc, "cx-bar")).get(0));
        assertTrue(texts(byClass(doc, "cx-legend")).contains(HOSTILE));
    }

    @Test
    void textXmlCannotHoldIsReplaced() {
        ChartSpec spec = ChartSamples.line("c", List.of("bell\u0007", "half \uD800 pair", "emoji \uD83D\uDE00"), 1.0,
                2.0, 3.0);
        Document doc = parse(SvgChart.svg(spec));
        assertEquals(List.of("bell\uFFFD: +1", "half \uFFFD pair: +2", "emoji \uD83D\uDE00: +3"),
                tooltips(byClass(doc, "cx-dot")));
    }

    @Test
    void singlePointIsADotWithoutALine() {
        Document doc = parse(SvgChart.svg(ChartSamples.line("one", List.of("Q1 2026"), 27.0)));
        assertEquals(1, byClass(doc, "cx-dot").size());
        assertEquals(List.of(), svgElements(doc, "path"));
        assertEquals(List.of("Q1 2026"), texts(byClass(doc, "cx-label")));
    }

    @Test
    void flatSeriesStillGetsAnAxis() {
        Document doc = parse(SvgChart.svg(ChartSamples.line("flat", List.of("a", "b", "c"), 80.0, 80.0, 80.0)));
        assertEquals(List.of("+70", "+75", "+80", "+85", "+90"), texts(byClass(doc, "cx-tick")));
        List<Element> dots = byClass(doc, "cx-dot");
        assertEquals(number(dots.get(0), "cy"), number(dots.get(2), "cy"));
    }

    @Test
    void noValuesDrawsAxesAndSaysSo() {
        ChartSpec allMissing = ChartSamples.line("none", List.of("Q1", "Q2"), null, null);
        Document doc = parse(SvgChart.svg(allMissing));
        assertEquals(List.of("No data"), texts(byClass(doc, "cx-empty")));
        assertEquals(List.of(), byClass(doc, "cx-dot"));
        assertEquals(List.of("Q2", "Q1"), texts(byClass(doc, "cx-label")));
        assertEquals(1, byClass(doc, "cx-axis").size());

        ChartSpec empty = new ChartSpec("empty", ChartKind.GROUPED_BARS, "Nothing yet", "", List.of(), List.of(),
                Optional.empty(), OptionalDouble.of(30), "", ValueFormat.of(0, ""));
        Document emptyDoc = parse(SvgChart.svg(empty));
        assertEquals(List.of("No data"), texts(byClass(emptyDoc, "cx-empty")));
        assertEquals("No data.", svgElements(emptyDoc, "desc").get(0).getTextContent());
    }

    @Test
    void sameSpecSameBytes() {
        String first = SvgChart.svg(ChartSamples.firstResponseTime());
        String second = SvgChart.svg(ChartSamples.firstResponseTime());
        assertEquals(first, second);
    }

    @Test
    void coordinatesHaveAtMostOneDecimalAndNoNegativeZero() {
        Pattern number = Pattern.compile("-?\\d+(?:\\.\\d+)?");
        for (ChartSpec spec : List.of(ChartSamples.npsTrend(), ChartSamples.npsMix(), ChartSamples.npsByChannel(),
                ChartSamples.firstResponseTime(), ChartSamples.topicImpact())) {
            Document doc = parse(SvgChart.svg(spec));
            List<String> coordinates = new ArrayList<>();
            for (String name : List.of("line", "rect", "circle", "text", "path", "polygon")) {
                for (Element e : svgElements(doc, name)) {
                    for (String attribute : List.of("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height",
                            "d", "points")) {
                        Matcher m = number.matcher(e.getAttribute(attribute));
                        while (m.find()) {
                            coordinates.add(m.group());
                        }
                    }
                }
            }
            assertTrue(coordinates.size() > 50);
            for (String c : coordinates) {
                assertTrue(c.matches("-?\\d+(\\.\\d)?") && !c.equals("-0") && !c.endsWith(".0"), spec.id() + ": " + c);
            }
        }
    }

    @Test
    void everyStyleRuleIsScopedToTheChart() {
        Document doc = parse(SvgChart.svg(ChartSamples.npsMix()));
        String css = svgElements(doc, "style").get(0).getTextContent();
        assertTrue(css.contains("@media (prefers-color-scheme:dark)"));
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("font-family:system-ui,sans-serif"));
        int rules = 0;
        // innermost blocks: a selector list and its declarations, inside or outside @media
        Matcher rule = Pattern.compile("([^{}]+)\\{[^{}]*}").matcher(css);
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                rules++;
                assertTrue(selector.equals("#nps-mix") || selector.startsWith("#nps-mix "), selector);
            }
        }
        assertTrue(rules > 20, "found " + rules + " selectors");
    }

    @Test
    void twoChartsOnOnePageDoNotShareIds() {
        String a = SvgChart.svg(ChartSamples.npsTrend());
        String b = SvgChart.svg(ChartSamples.npsMix());
        Document page = parse("<div>" + a + b + "</div>");
        List<String> ids = new ArrayList<>();
        for (String name : List.of("svg", "title", "desc")) {
            svgElements(page, name).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
                    .forEach(ids::add);
        }
        assertEquals(List.of("nps-trend", "nps-mix", "nps-trend-title", "nps-mix-title", "nps-trend-desc",
                "nps-mix-desc"), ids);
    }
}
