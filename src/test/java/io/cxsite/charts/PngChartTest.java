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
                as(ChartSamples.npsByChannel(), ChartKind.DOTS), swedishTrend());
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
}
