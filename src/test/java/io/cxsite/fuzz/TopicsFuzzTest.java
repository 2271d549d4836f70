package io.cxsite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code content/topics.yaml}, its keywords matched against the comments of a small export. */
class TopicsFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();
    private static final byte[] EXPORT = """
            date,score,comment,channel,language
            2026-03-02,9,"The invoice was clear, the queue short",phone,en
            2026-03-03,3,"Fakturan var dyr och kön lång",chat,sv
            2026-03-04,7,"Ventetid på telefon, men hyggelig",phone,nb
            """.getBytes(StandardCharsets.UTF_8);

    @FuzzTest
    void topics(byte[] yaml) throws Exception {
        SITE.write(Map.of("site.yaml", Pipeline.SITE_YAML, "content/topics.yaml", yaml,
                "content/feedback/answers.csv", EXPORT));
        Pipeline.readData(SITE);
    }
}
