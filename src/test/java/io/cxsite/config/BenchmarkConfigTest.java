package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code benchmarks:}: one industry figure per trend KPI, each mistake at its line and column. */
class BenchmarkConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://x.example/\n" + yaml);
        return ConfigLoader.load(dir, problems);
    }

    @Test
    void aBenchmarkIsReadPerKpi() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("benchmarks:\n  nps: {value: 32, source: \"Nordic CX Index\", year: 2026}\n"
                + "  csat:\n    value: 0.82\n    source: Panel\n    year: 2025\n", problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(Map.of("nps", new Benchmark(32, "Nordic CX Index", 2026), "csat", new Benchmark(0.82, "Panel", 2025)),
                config.benchmarks());
        assertEquals(Map.of(), load("", problems).benchmarks());
    }

    @Test
    void eachMistakeIsAnErrorAtItsLineAndTheBenchmarkIsLeftOut() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("benchmarks:\n"
                + "  nsp: {value: 32, source: S, year: 2026}\n"
                + "  csat: {value: 82, source: S, year: 2025}\n"
                + "  ces: {value: high, source: \" \", year: 26}\n"
                + "  churnRate: {source: S, year: 2024}\n"
                + "  nps: {value: 32, source: S, year: 2026}\n", problems);
        assertEquals(Map.of("nps", new Benchmark(32, "S", 2026)), config.benchmarks());
        assertEquals(List.of(
                "site.yaml:4:3: error: unknown KPI 'nsp' in benchmarks (did you mean 'nps'?); a benchmark is for one"
                        + " of nps, csat, ces, retentionRate, churnRate",
                "site.yaml:5:17: error: 'value' of the csat benchmark is a number from 0 to 1 (a share: write 0.82"
                        + " for 82 %), found 82",
                "site.yaml:6:16: error: 'value' of the ces benchmark is a number from 1 to 7, found 'high'",
                "site.yaml:6:30: error: the ces benchmark needs a 'source:', who measured it (named on the card and"
                        + " the chart), found ' '",
                "site.yaml:6:41: error: the ces benchmark needs a 'year:', the year it was measured as four digits"
                        + " such as 2026, found 26",
                "site.yaml:7:3: error: 'value' of the churnRate benchmark is a number from 0 to 1 (a share: write"
                        + " 0.82 for 82 %); add one"),
                problems.sorted().stream().map(Problem::format).toList());
    }
}
