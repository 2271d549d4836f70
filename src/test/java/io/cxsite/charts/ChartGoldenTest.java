package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample charts compared byte for byte with reviewed golden files. After a deliberate change
 * run with {@code -Dgolden.update=true}, open the files under {@code src/test/resources/charts/golden/}
 * in a browser (light and dark) and review the diff before committing it.
 */
class ChartGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/charts/golden");
    private static final Map<String, Supplier<ChartSpec>> SAMPLES = Map.of(
            "nps-trend", ChartSamples::npsTrend,
            "nps-mix", ChartSamples::npsMix,
            "nps-channel", ChartSamples::npsByChannel,
            "first-response", ChartSamples::firstResponseTime,
            "topic-impact", ChartSamples::topicImpact);

    @ParameterizedTest
    @ValueSource(strings = {"nps-trend.svg", "nps-mix.svg", "nps-channel.svg", "first-response.svg",
            "topic-impact.svg", "nps-trend.csv", "nps-trend.html"})
    void matchesGoldenFile(String file) throws IOException {
        String name = file.substring(0, file.lastIndexOf('.'));
        ChartSpec spec = SAMPLES.get(name).get();
        String actual = switch (file.substring(file.lastIndexOf('.') + 1)) {
            case "svg" -> SvgChart.svg(spec);
            case "csv" -> ChartTable.csv(spec);
            default -> ChartTable.html(spec);
        };
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run with -Dgolden.update=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(firstDifference(golden.toString(), expected, actual));
        }
    }

    /** The first differing line of two texts, with its number. */
    private static String firstDifference(String name, String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int i = 0;
        while (i < Math.min(e.size(), a.size()) && e.get(i).equals(a.get(i))) {
            i++;
        }
        return name + " differs at line " + (i + 1) + ":\n- " + (i < e.size() ? e.get(i) : "(end)") + "\n+ "
                + (i < a.size() ? a.get(i) : "(end)") + (i == e.size() && i == a.size() ? "\n(line ends differ)" : "");
    }
}
