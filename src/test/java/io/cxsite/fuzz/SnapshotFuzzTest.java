package io.cxsite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;

/** A metric snapshot, {@code content/metrics/2026-03.yaml}, merged with the (empty) feedback. */
class SnapshotFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();

    @FuzzTest
    void snapshot(byte[] yaml) throws Exception {
        SITE.write(Map.of("site.yaml", Pipeline.SITE_YAML, "content/metrics/2026-03.yaml", yaml));
        Pipeline.readData(SITE);
    }
}
