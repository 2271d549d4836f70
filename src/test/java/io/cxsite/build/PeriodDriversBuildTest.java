package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drivers on a generated period page, end to end from a survey export: the impact with its interval
 * and verdict in the site's language, the importance-vs-performance chart, and that period's own
 * comments per topic, redacted and escaped.
 */
class PeriodDriversBuildTest {
    @TempDir
    Path dir;

    private static String site(String language) {
        return """
                -- site.yaml --
                title: Drivers
                baseUrl: https://x.example/
                audience: all
                language: %s
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/topics.yaml --
                topics:
                  - id: billing
                    label: {en: Bills, sv: Fakturor}
                    keywords: {en: [bill*], sv: [faktur*]}
                  - id: chat
                    label: {en: Chat, sv: Chatt}
                    keywords: {en: [chat*], sv: [chatt*]}
                -- content/feedback/web.csv --
                Datum;Betyg;Kommentar;Kanal
                10.09.2026 10:00;2;September: the bill was wrong;web
                01.10.2026 10:00;10;The chat was quick;web
                02.10.2026 11:00;9;;web
                03.10.2026 12:00;3;My bill doubled, mail anna.berg@example.com or call 070-174 06 52 <script>alert(1)</script>;web
                04.10.2026 13:00;1;Bill too high;web
                05.10.2026 13:00;8;Fine;web
                """.formatted(language);
    }

    @Test
    void aPeriodPageShowsItsDriversWithSignificanceAChartAndItsOwnRedactedComments() {
        TestSite site = TestSite.write(dir, site("en"));
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
        String october = site.read("reports/periods/2026-10/index.html");

        // October: 5 answers, 2 detractors, both about bills: impact 100 * 2 / 5 = 40.0 points.
        assertTrue(october.contains("40.0 points"), october);
        assertTrue(october.contains("95 % interval 11.8–76.9"), "Wilson at z 1.96 for 2 of 5: " + october);
        assertTrue(october.contains("too few answers to tell"), "5 answers are below the small-sample guard");
        assertTrue(october.contains("Importance and performance of topics, October 2026"), october);

        assertTrue(october.contains("What customers said about Bills"), october);
        assertTrue(october.contains("My bill doubled, mail [redacted] or call [redacted] &lt;script&gt;alert(1)&lt;/script&gt;"),
                october);
        assertFalse(october.contains("anna.berg"), "no e-mail address on the page");
        assertFalse(october.contains("174 06 52"), "no phone number on the page");
        assertFalse(october.contains("<script>alert"), "no customer markup on the page");
        assertFalse(october.contains("September: the bill was wrong"), "September's comment is not October's");
        assertTrue(site.read("reports/periods/2026-09/index.html").contains("September: the bill was wrong"));
    }

    @Test
    void theDriversBlockSpeaksTheSitesLanguage() {
        TestSite site = TestSite.write(dir, site("sv"));
        site.build();
        String october = site.read("reports/periods/2026-10/index.html");
        assertTrue(october.contains("<th scope=\"col\">NPS-påverkan</th>"), october);
        assertTrue(october.contains("40,0 poäng"), october);
        assertTrue(october.contains("95 %-intervall 11,8–76,9"), october);
        assertTrue(october.contains("för få svar för att avgöra"), october);
        assertTrue(october.contains("data-label=\"Omnämnanden\""), october);
        assertTrue(october.contains("Vad kunderna sa om Fakturor"), october);
        assertFalse(october.contains(">Share of detractors<"), "no English column left");
    }
}
