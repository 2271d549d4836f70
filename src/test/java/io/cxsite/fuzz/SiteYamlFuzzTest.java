package io.cxsite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code site.yaml}, checked with a small site so that contact, languages and the rest are used. */
class SiteYamlFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();
    private static final byte[] HOME = "---\ntitle: Home\n---\n\nSee [help](help/a.md).\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HELP = "---\ntitle: Help\n---\n\n## Steps\n".getBytes(StandardCharsets.UTF_8);

    @FuzzTest
    void siteYaml(byte[] yaml) throws Exception {
        SITE.write(Map.of("site.yaml", yaml, "content/_index.md", HOME, "content/help/a.md", HELP));
        Pipeline.check(SITE);
    }
}
