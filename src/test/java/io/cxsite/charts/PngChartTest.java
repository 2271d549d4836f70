package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PngChartTest {

    static Stream<ChartSpec> everyKind() {
        return Stream.of(ChartSamples.npsTrend(), ChartSamples.npsMix(), ChartSamples.npsByChannel(),
                ChartSamples.firstResponseTime(), ChartSamples.topicImpact(),
                as(ChartSamples.firstResponseTime(), ChartKind.SMALL_MULTIPLES),
                as(ChartSamples.npsByChannel(), ChartKind.DOTS), swedishTrend(), scatter(new LocaleFormat("en")),
                scatter(new LocaleFormat("sv")), impactWithInterval());
    }

    private static ChartSpec as(ChartSpec spec, ChartKind kind) {
        return new ChartSpec(spec.id() + "-as", kind, spec.title(), spec.description(), spec.labels(), spec.series(),
                Optional.empty(), spec.target(), spec.targetLabel(), spec.format());
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void aPngIsTwiceTheSvgAndTheSameBytesEveryTime(ChartSpec spec) throws Exception {
        String svg = SvgChart.svg(spec);
        byte[] png = PngChart.png(spec, svg);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Matcher box = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        assertTrue(box.find());
        assertEquals(2 * Math.ceil(Double.parseDouble(box.group(1))), image.getWidth());
        assertEquals(2 * Math.ceil(Double.parseDouble(box.group(2))), image.getHeight());
        assertArrayEquals(png, PngChart.png(spec, svg), "drawn twice, the bytes are the same");
        assertTrue(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("tIME") < 0,
                "no timestamp chunk");
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void theDatasetHoldsEverySeriesValueAtItsLabel(ChartSpec spec) {
        DefaultCategoryDataset data = PngData.dataset(spec);
        assertEquals(spec.series().size(), data.getRowCount());
        assertEquals(spec.labels().size(), data.getColumnCount());
        for (int s = 0; s < spec.series().size(); s++) {
            assertEquals(spec.series().get(s).name(), data.getRowKey(s).toString());
            for (int i = 0; i < spec.labels().size(); i++) {
                Number drawn = data.getValue(s, i);
                assertEquals(spec.series().get(s).values().get(i), drawn == null ? null : drawn.doubleValue());
            }
        }
    }

    /** A Swedish line chart with a band, a target and a benchmark: every kind of text a line chart writes. */
    private static ChartSpec swedishTrend() {
        ChartSpec trend = ChartSamples.npsTrend();
        return new ChartSpec("sv-trend", ChartKind.LINE, trend.title(), trend.description(), trend.labels(),
                List.of(new Series("NPS", trend.series().get(0).values().stream().map(v -> v * 400).toList())),
                Optional.empty(), java.util.OptionalDouble.of(15_000), "M\u00e5l", ValueFormat.signed(1, "")
                        .in(new LocaleFormat("sv")), List.of(new Reference("Benchmark", 2_000, "Index 2026")));
    }

    @Test
    void axisTargetBenchmarkAndNewestValueReadAsOnTheSvg() {
        ChartSpec spec = swedishTrend();
        org.w3c.dom.Document svg = ChartXml.parse(SvgChart.svg(spec));
        org.jfree.chart.plot.CategoryPlot plot = PngPlots.chart(spec).getCategoryPlot();
        org.jfree.chart.axis.NumberAxis y = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        List<String> ticks = new java.util.ArrayList<>();
        double step = y.getTickUnit().getSize();
        for (double v = y.getLowerBound(); v <= y.getUpperBound() + step / 2; v += step) {
            ticks.add(y.getTickUnit().valueToString(v));
        }
        assertEquals(ChartXml.texts(ChartXml.byClass(svg, "cx-tick")), ticks, "the same ticks, written the Swedish way");
        assertTrue(ticks.stream().anyMatch(t -> t.contains("\u00a0")), "grouped by a no-break space: " + ticks);
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            named.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertEquals(List.of(ChartXml.texts(ChartXml.byClass(svg, "cx-target-label")).get(0),
                ChartXml.texts(ChartXml.byClass(svg, "cx-reference-label")).get(0)), named,
                "the target and the benchmark named in the legend as the SVG names them beside their lines");
        assertEquals(List.of("M\u00e5l +15\u00a0000,0", "Benchmark +2\u00a0000,0"), named);
        assertEquals(List.of(15_000.0, 2_000.0), plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).toList(), "and drawn at their values");
        List<String> ends = plot.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.CategoryTextAnnotation)
                .map(a -> ((org.jfree.chart.annotations.CategoryTextAnnotation) a).getText().strip()).toList();
        assertEquals(ChartXml.texts(ChartXml.byClass(svg, "cx-end")), ends, "only the newest value, at the line's end");
    }

    @Test
    void theSameChartIsTheSameBytesAfterAnotherAndOnAnotherThread() throws Exception {
        ChartSpec trend = swedishTrend();
        ChartSpec rows = ChartSamples.topicImpact();
        byte[] first = PngChart.png(trend, SvgChart.svg(trend));
        PngChart.png(rows, SvgChart.svg(rows));
        PngChart.png(ChartSamples.npsMix(), SvgChart.svg(ChartSamples.npsMix()));
        assertArrayEquals(first, PngChart.png(trend, SvgChart.svg(trend)), "nothing of the charts between shows through");
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            assertArrayEquals(first, other.submit(() -> PngChart.png(trend, SvgChart.svg(trend))).get());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void theRendererIdNamesWhatThePixelsDependOn() {
        assertTrue(PngChart.renderer().matches("[0-9a-f]{16}"), PngChart.renderer());
        assertEquals(PngChart.renderer(), PngChart.renderer());
    }

    @Test
    void labelsOfTheSameNameStayApartAndLongAxesShowAtMostTwelve() {
        List<String> months = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "M" + i).toList();
        ChartSpec spec = new ChartSpec("many", ChartKind.LINE, "Many", "", months,
                List.of(new Series("A", java.util.Collections.nCopies(30, 1.0)),
                        new Series("A", java.util.Collections.nCopies(30, 2.0))),
                Optional.empty(), java.util.OptionalDouble.empty(), "", ValueFormat.of(0, ""));
        DefaultCategoryDataset data = PngData.dataset(spec);
        assertEquals(2, data.getRowCount(), "two series named A");
        assertEquals(2.0, data.getValue(1, 29).doubleValue());
        List<String> shown = PngData.columns(spec).stream().map(PngData.Key::shown).filter(s -> !s.isEmpty())
                .toList();
        assertTrue(shown.size() <= 12, shown.toString());
        assertEquals("M29", shown.get(shown.size() - 1), "the newest label is always written");
    }

    @Test
    void dotsLeaveOutWhatALogarithmicAxisCannotShow() {
        ChartSpec spec = new ChartSpec("dots", ChartKind.DOTS, "Response", "", List.of("phone", "chat"),
                List.of(new Series("Median", Arrays.asList(0.0, 55.0))), Optional.empty(),
                java.util.OptionalDouble.empty(), "", ValueFormat.durations());
        DefaultCategoryDataset data = PngData.positive(spec);
        assertNull(data.getValue(0, 0));
        assertEquals(55.0, data.getValue(0, 1).doubleValue());
    }

    private static final List<String> TOPICS = List.of("Waiting and response times", "Bills and prices",
            "Broadband speed", "Login, BankID and My pages", "Moving house", "Chat", "Friendly, helpful staff",
            "Outages", "Threats to cancel", "Suspected fraud");

    /** Ten topics bunched as the sample site's October (two on one spot), with the quadrant guides. */
    private static ChartSpec scatter(LocaleFormat locale) {
        return new ChartSpec("map-" + locale.language(), ChartKind.SCATTER, "Importance and performance", "", TOPICS,
                List.of(new Series("Share of answers", List.of(9.0, 12.0, 10.0, 5.5, 4.5, 7.8, 8.5, 4.8, 0.5, 0.5)),
                        new Series("NPS of those who mention it",
                                List.of(-38.9, 8.3, 0.0, 4.5, 5.6, 45.2, 58.8, 42.1, -100.0, -100.0))),
                Optional.empty(), java.util.OptionalDouble.of(32), "All answers",
                ValueFormat.signed(1, "").in(locale)).withReference(new Reference("Median", 6.6, ""));
    }

    /** Drivers' NPS impact with a 95 % interval around each. */
    private static ChartSpec impactWithInterval() {
        return new ChartSpec("impact", ChartKind.HORIZONTAL_BARS, "NPS impact", "", List.of("Waiting", "Chat", "Bills"),
                List.of(new Series("NPS impact", Arrays.asList(5.0, 1.3, -2.0))),
                Optional.of(new Band("95 % interval", Arrays.asList(3.3, 0.5, -4.1), Arrays.asList(7.6, 2.9, null))),
                java.util.OptionalDouble.empty(), "", ValueFormat.of(1, ""));
    }

    @Test
    void aScatterHasADotPerTopicAtTheTablesValuesEachNamedOrNumberedAsInTheSvg() {
        ChartSpec spec = scatter(new LocaleFormat("en"));
        org.jfree.chart.JFreeChart chart = PngPlots.chart(spec);
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        org.jfree.data.xy.XYDataset dots = plot.getDataset();
        List<String> rows = new java.util.ArrayList<>();
        for (int s = 0; s < dots.getSeriesCount(); s++) {
            rows.add(csvField(dots.getSeriesKey(s).toString()) + "," + plain(dots.getXValue(s, 0)) + ","
                    + plain(dots.getYValue(s, 0)));
        }
        List<String> table = List.of(ChartTable.csv(spec).split("\r\n"));
        // The table's row: topic, share, NPS, then the guides' values.
        assertEquals(table.subList(1, table.size()).stream().map(r -> r.replaceFirst("(,[^,]*){2}$", "")).toList(), rows,
                "a dot per topic at the table's share and NPS");
        List<PngScatterNames.Name> names = plot.getAnnotations().stream()
                .filter(a -> a instanceof PngScatterNames).flatMap(a -> ((PngScatterNames) a).names().stream()).toList();
        List<String> spots = names.stream().map(PngScatterNames.Name::name).toList();
        assertTrue(spots.contains("Threats to cancel, Suspected fraud"), "two dots on one spot share a name: " + spots);
        for (String topic : TOPICS) {
            assertEquals(1, spots.stream().filter(n -> (", " + n + ", ").contains(", " + topic + ", ")).count(),
                    topic + " is named at its dot: " + spots);
        }
        org.w3c.dom.Document svg = ChartXml.parse(SvgChart.svg(spec));
        List<String> svgNumbers = ChartXml.texts(ChartXml.byClass(svg, "cx-dot-value"));
        List<String> pngNumbers = names.stream().map(PngScatterNames.Name::text).filter(t -> t.matches("\\d+")).toList();
        assertEquals(svgNumbers, pngNumbers, "the dots the SVG numbers are numbered alike");
        List<String> key = new java.util.ArrayList<>();
        for (int k = 0; k < chart.getSubtitleCount(); k++) {
            if (chart.getSubtitle(k) instanceof org.jfree.chart.title.TextTitle t) {
                key.add(t.getText());
            }
        }
        for (PngScatterNames.Name n : names) {
            assertTrue(n.text().equals(n.name()) || key.contains(n.text() + " " + n.name()), n + " spelt out in " + key);
        }
        List<String> guides = new java.util.ArrayList<>();
        for (int k = 0; k < plot.getFixedLegendItems().getItemCount(); k++) {
            guides.add(plot.getFixedLegendItems().get(k).getLabel());
        }
        assertEquals(List.of("All answers +32.0", "Median 6.6%"), guides, "the guides named as in the SVG");
        assertEquals(6.6, ((org.jfree.chart.plot.ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next()).getValue());
    }

    // A CSV field: quoted when it holds a comma.
    private static String csvField(String text) {
        return text.contains(",") ? "\"" + text + "\"" : text;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replaceFirst("^(-?\\d+)$", "$1.0");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "sv"})
    void aScattersTicksReadAsOnTheSvg(String language) {
        ChartSpec spec = scatter(new LocaleFormat(language));
        org.jfree.chart.plot.XYPlot plot = PngPlots.chart(spec).getXYPlot();
        List<String> ticks = new java.util.ArrayList<>(ticks((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()));
        ticks.addAll(ticks((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()));
        org.w3c.dom.Document svg = ChartXml.parse(SvgChart.svg(spec));
        assertEquals(ChartXml.texts(ChartXml.byClass(svg, "cx-tick")), ticks, "y ticks, then x ticks, as the SVG's");
    }

    private static List<String> ticks(org.jfree.chart.axis.NumberAxis axis) {
        List<String> ticks = new java.util.ArrayList<>();
        double step = axis.getTickUnit().getSize();
        for (double v = axis.getLowerBound(); v <= axis.getUpperBound() + step / 2; v += step) {
            ticks.add(axis.getTickUnit().valueToString(v));
        }
        return ticks;
    }

    @Test
    void impactBarsCarryTheirIntervalsInsideTheAxisAndWriteTheValuePastThem() {
        ChartSpec spec = impactWithInterval();
        org.jfree.chart.plot.CategoryPlot plot = PngPlots.chart(spec).getCategoryPlot();
        PngWhiskers whiskers = ((List<?>) plot.getAnnotations()).stream().filter(a -> a instanceof PngWhiskers)
                .map(a -> (PngWhiskers) a).findFirst().orElseThrow(() -> new AssertionError("no whiskers"));
        assertArrayEquals(new double[] {3.3, 7.6}, whiskers.interval(0));
        assertArrayEquals(new double[] {0.5, 2.9}, whiskers.interval(1));
        assertNull(whiskers.interval(2), "no whisker where an end is unknown");
        assertTrue(plot.getRangeAxis().getUpperBound() > 7.6 && plot.getRangeAxis().getLowerBound() < -4.1,
                "every whisker inside the axis: " + plot.getRangeAxis().getRange());
        assertTrue(!plot.getRenderer().isSeriesItemLabelsVisible(0),
                "the bar's own value label is off: the whisker's writes it past the interval");
    }
}
