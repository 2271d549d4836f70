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
                as(ChartSamples.npsByChannel(), ChartKind.DOTS));
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
