package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customers and agents type into every column of an export, not only the comment: an address in the
 * segment column, a phone number as the channel, a personnummer as the language. None of it may reach
 * any file of the published site, metrics.json included, in any form.
 */
class FeedbackColumnsRedactionTest {
    @TempDir
    Path dir;

    private static final List<String> IDENTIFIERS = List.of("anna.svensson@example.se", "070-123 45 67",
            "0701234567", "19121212-1212", "191212121212", "4111 1111 1111 1111", "4111111111111111",
            "ｂｏｂ＠ｅｘａｍｐｌｅ．ｓｅ", "bob@example.se");

    @Test
    void noIdentifierTypedIntoAnyColumnReachesTheSite() {
        TestSite site = TestSite.write(dir, """
                -- site.yaml --
                title: Columns
                baseUrl: https://x.example/
                audience: all
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/reports/october.md --
                ---
                title: October
                ---
                ```cx-kpi nps period=2026-10
                ```

                ```cx-verbatims topic=billing group=detractors
                ```
                -- content/topics.yaml --
                topics:
                  - id: billing
                    label: {en: Bills, sv: Fakturor}
                    keywords: {en: [bill*], sv: [faktur*]}
                -- content/feedback/web.csv --
                Datum;Betyg;Kommentar;Kanal;Segment;Språk
                01.10.2026 10:00;10;Bra;web;anna.svensson@example.se;sv
                02.10.2026 11:00;3;Fakturan är fel;ring 070-123 45 67;privat;sv
                03.10.2026 12:00;2;Fakturan igen;chat;företag;19121212-1212
                04.10.2026 13:00;1;Faktura fel;kort 4111 1111 1111 1111;Privat;sv
                05.10.2026 14:00;9;Bra;web;ｂｏｂ＠ｅｘａｍｐｌｅ．ｓｅ;sv-SE
                """);
        BuildResult result = site.build();

        assertEquals(List.of(), result.problems().stream().map(p -> p.format()).toList());
        Map<String, byte[]> files = TestSite.snapshot(site.output());
        assertTrue(files.containsKey("data/metrics.json"), files.keySet().toString());
        String json = site.read("data/metrics.json");
        assertTrue(json.contains("\"privat\""), "ordinary segments are published as they were: " + json);
        assertTrue(json.contains("[redacted]"), "the redacted cells count, under the mark: " + json);
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String digits = text.replaceAll("\\D", "");
            for (String identifier : IDENTIFIERS) {
                assertFalse(text.contains(identifier), identifier + " in " + path);
                assertFalse(text.contains(identifier.replace(" ", "\\u0020")), identifier + " escaped in " + path);
            }
            assertFalse(digits.contains("1912121212") || digits.contains("0701234567")
                    || digits.contains("4111111111111111"), "identifier digits in " + path);
        });
    }
}
