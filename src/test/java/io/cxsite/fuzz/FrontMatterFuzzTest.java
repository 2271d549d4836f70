package io.cxsite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Front matter: the YAML between the {@code ---} lines of a page, checked as a whole site would be. */
class FrontMatterFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();

    @FuzzTest
    void frontMatter(byte[] yaml) throws Exception {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes("---\n".getBytes(StandardCharsets.UTF_8));
        page.writeBytes(yaml);
        page.writeBytes("\n---\n\nA page about [the other page](other.md).\n".getBytes(StandardCharsets.UTF_8));
        SITE.write(Map.of("site.yaml", Pipeline.SITE_YAML,
                "content/page.md", page.toByteArray(),
                "content/other.md", "---\ntitle: Other\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8)));
        Pipeline.check(SITE);
    }
}
