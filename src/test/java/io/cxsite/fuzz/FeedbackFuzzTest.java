package io.cxsite.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Feedback exports in each format cxsite reads, as detected on their own, and with {@code site.yaml}
 * rules ({@code feedback:} with columns, delimiter, encoding, dates); the counts go on into the
 * metrics, as in a build.
 */
class FeedbackFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}\\.(csv|tsv|txt|json|jsonl|ndjson)");

    @FuzzTest
    void csv(byte[] export) throws Exception {
        read("answers.csv", export);
    }

    @FuzzTest
    void tsv(byte[] export) throws Exception {
        read("answers.tsv", export);
    }

    @FuzzTest
    void json(byte[] export) throws Exception {
        read("answers.json", export);
    }

    @FuzzTest
    void jsonl(byte[] export) throws Exception {
        read("answers.jsonl", export);
    }

    /** Three parts cut at {@link FuzzSite#CUT}: site.yaml with its rules, the export's file name, the export. */
    @FuzzTest
    void withRules(byte[] input) throws Exception {
        List<byte[]> parts = FuzzSite.parts(input, 3);
        String name = new String(parts.get(1), StandardCharsets.ISO_8859_1).strip();
        SITE.write(Map.of("site.yaml", parts.get(0),
                "content/feedback/" + (NAME.matcher(name).matches() ? name : "crm-answers.csv"), parts.get(2)));
        Pipeline.readData(SITE);
    }

    private static void read(String name, byte[] export) throws Exception {
        SITE.write(Map.of("site.yaml", Pipeline.SITE_YAML, "content/feedback/" + name, export));
        Pipeline.readData(SITE);
    }
}
