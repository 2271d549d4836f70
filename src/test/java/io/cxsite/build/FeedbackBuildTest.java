package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose NPS comes from survey exports, end to end: counts in metrics.json and on the KPI
 * card, bad rows reported at their line (errors under --strict, with the old output kept), a
 * site.yaml rule for an export cxsite cannot read on its own, and comments redacted on the page.
 */
class FeedbackBuildTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Exports
            baseUrl: https://x.example/
            audience: all
            feedback:
              - files: "crm-*.csv"
                delimiter: "|"
                dateFormat: "dd/MM/yyyy HH:mm"
                timeZone: UTC
                columns: {date: Skapad, score: Värde, comment: Fritext}
                defaults: {channel: email, language: sv}
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
            Datum;Betyg;Kommentar;Kanal
            01.10.2026 10:00;10;Bra;web
            02.10.2026 11:00;9;;web
            03.10.2026 12:00;3;Fakturan är fel, ring mig på 070-174 06 52 <b>nu</b>;web
            04.10.2026 13:00;11;Elva;web
            -- content/feedback/crm-october.csv --
            Skapad|Värde|Fritext
            31/10/2026 23:30|8|Sent on the last evening of October in UTC, so November in Stockholm
            15/10/2026 09:00|0|Fakturan blev dubbelt så hög
            """;

    @Test
    void exportsBecomeTheMonthsNpsAndBadRowsAreReportedAtTheirLine() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult result = site.build();

        assertEquals(List.of("content/feedback/web.csv:5:1: warning: row skipped: the score '11' is not a whole"
                + " number from 0 to 10; fix the row in the export, or build with --strict to stop on bad rows"),
                result.problems().stream().map(Problem::format).toList());
        String json = site.read("data/metrics.json");
        // October: 10, 9, 3 from web.csv and 0 from the CRM file; the 23:30 UTC answer is November's.
        assertEquals("4 2 0 2 0", period(json, "2026-10"));
        assertEquals("1 0 1 0 0", period(json, "2026-11"), "the late UTC answer lands in November");
        assertTrue(json.contains("\"badRows\" : 1"), json);
        assertFalse(json.contains("Fakturan"), "no comment reaches metrics.json");

        String page = site.read("reports/october/index.html");
        assertTrue(page.contains("Fakturan är fel, ring mig på [redacted] &lt;b&gt;nu&lt;/b&gt;"), page);
        assertTrue(page.contains("Fakturan blev dubbelt så hög"), "the CRM file's comment, mapped by site.yaml");
    }

    /** "responses promoters passives detractors nps" of one period in metrics.json. */
    private static String period(String json, String key) {
        try {
            for (JsonNode p : new ObjectMapper().readTree(json).get("periods")) {
                if (p.get("period").asText().equals(key)) {
                    return p.get("responses").asInt() + " " + p.get("promoters").asInt() + " " + p.get("passives").asInt()
                            + " " + p.get("detractors").asInt() + " " + p.get("nps").asText();
                }
            }
            return "no period " + key;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void strictMakesBadRowsErrorsAndKeepsThePreviousOutput() {
        TestSite site = TestSite.write(dir, SITE.replace("04.10.2026 13:00;11;Elva;web\n", ""));
        assertEquals(List.of(), site.build().problems());
        Map<String, byte[]> before = TestSite.snapshot(site.output());

        TestSite.write(dir, """
                -- content/feedback/web.csv --
                Datum;Betyg;Kommentar;Kanal
                01.10.2026 10:00;10;Bra;web
                32.10.2026 11:00;9;;web
                03.10.2026 12:00;3;"Ett citat
                över två rader";web;extra
                """);
        BuildResult result = site.build(new BuildRequest(dir, Optional.of(site.output()), Optional.empty(),
                Optional.of(AudienceScope.ALL), false, true));
        List<String> errors = result.problems().stream().map(Problem::format).toList();
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("content/feedback/web.csv:3:1: error: row skipped: cannot read the date"
                + " '32.10.2026 11:00'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("content/feedback/web.csv:4:1: error: row skipped: the row has 5 fields"
                + " where the header has 4"), errors.get(1));
        assertEquals(before.keySet(), TestSite.snapshot(site.output()).keySet(), "the failed build wrote nothing");
    }

    @Test
    void anExportWhoseColumnsCannotBeRecognisedIsAnErrorThatSuggestsARule() {
        TestSite site = TestSite.write(dir, """
                -- site.yaml --
                title: T
                baseUrl: https://x.example/
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/feedback/odd.csv --
                När,Hur troligt,Varför
                2026-10-01,9,Bra
                -- content/feedback/notes.md --
                Not an export.
                """);
        List<String> problems = site.build().problems().stream().map(Problem::format).toList();
        assertEquals(List.of("content/feedback/notes.md:1:1: warning: not read: exports end in .csv, .tsv, .txt,"
                + " .json, .jsonl, .ndjson; move other files out of content/feedback/",
                "content/feedback/odd.csv:1:1: error: cannot tell which column holds the score and the date (read as"
                + " a csv export with columns När, Hur troligt, Varför); name it in site.yaml, such as feedback:"
                + " [{files: \"odd.csv\", columns: {score: <column name>}}]"), problems);
    }
}
