package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code statistics: confidence:}: 90, 95 or 99, else an error at its line and 95 stays. */
class StatisticsConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://x.example/\n" + yaml);
        return ConfigLoader.load(dir, problems);
    }

    @Test
    void theConfidenceLevelIsReadAndDefaultsTo95() throws Exception {
        Problems problems = new Problems();
        assertEquals(99, load("statistics:\n  confidence: 99\n", problems).statistics().confidence());
        assertEquals(95, load("", problems).statistics().confidence());
        assertEquals(List.of(), problems.sorted());
        assertEquals(1.6448536, new Statistics(90).z(), 1e-7);
    }

    @Test
    void aLevelOutsideTheThreeIsAnErrorAtItsLine() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("statistics:\n  confidence: 0.95\n  confidenc: 90\n", problems);
        assertEquals(95, config.statistics().confidence());
        assertEquals(List.of("site.yaml:4:15: error: 'confidence' is the confidence level in per cent: 90, 95 or 99"
                + " (write 95, not 0.95 or 95 %), found 0.95",
                "site.yaml:5:3: error: unknown statistics key 'confidenc' (did you mean 'confidence'?); known keys:"
                + " confidence"), problems.sorted().stream().map(Problem::format).toList());
    }
}
