package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which periods a chart's {@code from}, {@code to} and {@code by} take: those of the kind wholly inside. */
class MetricsRangeTest {
    @TempDir
    Path dir;

    private Metrics months(String... keys) throws IOException {
        StringBuilder site = new StringBuilder();
        for (String key : keys) {
            site.append("-- content/metrics/").append(key).append(".yaml --\nperiod: ").append(key)
                    .append("\nnps: {promoters: 5, passives: 3, detractors: 2}\n");
        }
        TestSite.write(dir, site.toString());
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(dir, LocalDate.of(2027, 1, 1), problems);
        assertEquals(List.of(), problems.sorted());
        return metrics;
    }

    private static List<String> range(Metrics metrics, Period.Kind kind, String from, String to) {
        return metrics.range(kind, Optional.ofNullable(from).map(k -> Period.parse(k).orElseThrow()),
                Optional.ofNullable(to).map(k -> Period.parse(k).orElseThrow())).stream().map(Period::key).toList();
    }

    @Test
    void takesThePeriodsOfTheKindThatLieWhollyBetweenFromAndTo() throws IOException {
        Metrics metrics = months("2025-11", "2025-12", "2026-01", "2026-03", "2026-04", "2026-07");
        assertEquals(List.of("2025-11", "2025-12", "2026-01", "2026-03", "2026-04", "2026-07"),
                range(metrics, Period.Kind.MONTH, null, null));
        assertEquals(List.of("2026-01", "2026-03"), range(metrics, Period.Kind.MONTH, "2026-01", "2026-03"));
        assertEquals(List.of("2026-03", "2026-04"), range(metrics, Period.Kind.MONTH, "2026-02", "2026-Q2"));
        assertEquals(List.of("2025-11", "2025-12"), range(metrics, Period.Kind.MONTH, null, "2025"));
        assertEquals(List.of("2026-07"), range(metrics, Period.Kind.MONTH, "2026-05", null));
        assertEquals(List.of(), range(metrics, Period.Kind.MONTH, "2026-05", "2026-06"));
        assertEquals(List.of(), range(metrics, Period.Kind.MONTH, "2026-04", "2026-03"));
        assertEquals(List.of(), range(metrics, Period.Kind.MONTH, "2027-01", null));
        assertEquals(List.of("2026-Q1", "2026-Q2"), range(metrics, Period.Kind.QUARTER, "2026-01", "2026-06"),
                "a quarter counts when it lies wholly inside, whatever kind from and to are");
        assertEquals(List.of("2026-Q1"), range(metrics, Period.Kind.QUARTER, "2026-01", "2026-05"));
        assertEquals(List.of("2025", "2026"), range(metrics, Period.Kind.YEAR, null, null));
        assertEquals(List.of(), range(metrics, Period.Kind.WEEK, null, null));
    }
}
