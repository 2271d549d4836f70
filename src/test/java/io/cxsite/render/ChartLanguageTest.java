package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart of a report page reads in the page's language: titles, descriptions (with the summary
 * the chart writer adds), series and target names, axis periods, the data table and its headers,
 * the figure's own words and the KPI cards' sparklines. The same page in English reads as before;
 * the CSV keeps English headers in every language; each language's chart is a file of its own.
 */
class ChartLanguageTest {
    /** Words of the English charts that neither Swedish nor Norwegian use (case-sensitive, whole words). */
    private static final List<String> ENGLISH = List.of("Target", "Benchmark", "Promoters", "Passives",
            "Detractors", "margin", "error", "to", "from", "in", "and", "more", "of", "the", "by", "No data",
            "no data", "channel", "segment", "First", "response", "time", "Contacts", "contacts", "Share", "answers",
            "Item", "low", "high", "Week", "Data table", "Download", "minutes", "Customer", "effort",
            "higher", "lower", "better", "quarters", "years", "months", "July", "August", "September", "Jul",
            "Aug", "Sep", "Q3", "satisfied", "logarithmic", "expect", "Number", "mean");

    /**
     * Words of the English KPI cards that neither Swedish nor Norwegian use ("for" is Norwegian too);
     * channels are named as the snapshots write them, on cards as on charts.
     */
    private static final List<String> ENGLISH_CARDS = List.of("KPIs", "change", "against", "vs", "Target",
            "met", "not met", "within", "over", "responses", "no data", "pp", "First", "response", "time", "October", "September", "August", "Sep", "Aug");

    private static final String CHARTS = """
            ```cx-kpi nps csat firstResponseTime daysBetween period=2026-09
            ```

            ```cx-chart nps-trend from=2026-07 to=2026-09
            ```

            ```cx-chart nps-trend from=2026-07 to=2026-09 by=quarter
            ```

            ```cx-chart nps-groups from=2026-07 to=2026-09
            ```

            ```cx-chart nps-by-channel from=2026-07 to=2026-09
            ```

            ```cx-chart nps-by-channel from=2026-09 to=2026-09
            ```

            ```cx-chart nps-by-segment from=2026-07 to=2026-09
            ```

            ```cx-chart contacts-by-channel from=2026-07 to=2026-09
            ```

            ```cx-chart first-response-time from=2026-07 to=2026-09
            ```

            ```cx-chart first-response-time from=2026-07 to=2026-09 channel=phone
            ```

            ```cx-chart csat-trend from=2026-07 to=2026-09
            ```

            ```cx-chart ces-trend from=2026-07 to=2026-09
            ```

            ```cx-chart daysBetween-trend from=2026-07 to=2026-09
            ```
            """;

    private static final String SITE = """
            -- site.yaml --
            title: Reports
            baseUrl: https://acme.example/cx/
            languages: [en, sv, nb]
            audience: all
            kpis:
              daysBetween:
                name: {en: Time between purchases, sv: Tid mellan köp, nb: Tid mellom kjøp}
                unit: days
                higherIsBetter: false
                rollUp: mean
            benchmarks:
              nps: {value: 20, source: "Nordic Index", year: 2026}
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/sv/_index.md --
            ---
            title: Hem
            ---
            -- content/nb/_index.md --
            ---
            title: Hjem
            ---
            -- content/reports/_index.md --
            ---
            title: Reports
            ---
            -- content/sv/reports/_index.md --
            ---
            title: Rapporter
            ---
            -- content/nb/reports/_index.md --
            ---
            title: Rapporter
            ---
            -- content/reports/q3.md --
            ---
            title: Q3
            ---
            CHARTS
            -- content/sv/reports/q3.md --
            ---
            title: Kvartal 3
            audience: internal
            ---
            CHARTS
            -- content/nb/reports/q3.md --
            ---
            title: Kvartal 3
            audience: internal
            ---
            CHARTS
            -- content/metrics/2026-07.yaml --
            period: 2026-07
            nps:
              promoters: 40
              passives: 30
              detractors: 30
              byChannel:
                phone: {promoters: 25, passives: 15, detractors: 20}
                chat: {promoters: 15, passives: 15, detractors: 10}
            csat: 0.81
            ces: 5.1
            firstResponseTime: {phone: 4m, chat: 70s}
            contacts: {phone: 500, chat: 300}
            daysBetween: 34.5
            targets: {nps: 25, csat: 0.8, ces: 5.5, daysBetween: 30}
            -- content/metrics/2026-08.yaml --
            period: 2026-08
            nps: {promoters: 45, passives: 30, detractors: 25}
            csat: 0.83
            firstResponseTime: {phone: 6m, chat: 50s}
            contacts: {phone: 520, chat: 310}
            daysBetween: 31.25
            targets: {nps: 30, csat: 0.8, daysBetween: 30}
            -- content/metrics/2026-09.yaml --
            period: 2026-09
            nps:
              promoters: 48
              passives: 30
              detractors: 22
              byChannel:
                phone: {promoters: 28, passives: 15, detractors: 12}
                chat: {promoters: 20, passives: 15, detractors: 10}
            csat: 0.84
            ces: 5.3
            firstResponseTime: {phone: 3m, chat: 55s}
            contacts: {phone: 480, chat: 330}
            daysBetween: 29
            targets: {nps: 30, csat: 0.8, daysBetween: 30, firstResponseTime: {phone: 5m}}
            -- content/metrics/2026-08.household.yaml --
            period: 2026-08
            segment: household
            nps: {promoters: 40, passives: 35, detractors: 25}
            -- content/metrics/2026-09.household.yaml --
            period: 2026-09
            segment: household
            nps: {promoters: 44, passives: 30, detractors: 26}
            """.replace("CHARTS\n", CHARTS);

    @TempDir
    static Path dir;
    private static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.write(dir, SITE);
        assertEquals(List.of(), site.build().problems().stream().map(Problem::format).toList());
    }

    @Test
    void aSwedishReportPageHasNoEnglishWordInItsCharts() {
        assertNoEnglish("sv/reports/q3/index.html");
    }

    @Test
    void aNorwegianReportPageHasNoEnglishWordInItsCharts() {
        assertNoEnglish("nb/reports/q3/index.html");
    }

    @Test
    void theKpiCardsOfSwedishAndNorwegianPagesHaveNoEnglishWord() {
        for (String path : List.of("sv/reports/q3/index.html", "nb/reports/q3/index.html")) {
            String cards = cardTexts(site.read(path));
            assertTrue(cards.contains("NPS") && cards.contains("CSAT"), "the cards are there: " + cards);
            assertEquals(List.of(), english(cards, ENGLISH_CARDS), path);
        }
    }

    @Test
    void theSwedishCardsSayWhatTheEnglishOnesSay() {
        String sv = cardTexts(site.read("sv/reports/q3/index.html"));
        assertTrue(sv.contains("Nyckeltal för september 2026: NPS, CSAT, Tid till första svar, Tid mellan köp"), sv);
        assertTrue(sv.contains("förändring mot augusti 2026"), sv);
        assertTrue(sv.contains("+1,0 p.e. mot aug. 2026"), "CSAT's change in percentage points: " + sv);
        assertTrue(sv.contains("Mål 80,0 % · uppnått"), sv);
        assertTrue(sv.contains("phone 3 min inom 5 min"), "a channel against its target: " + sv);
        String nb = cardTexts(site.read("nb/reports/q3/index.html"));
        assertTrue(nb.contains("Nøkkeltall for september 2026: NPS, CSAT, Tid til første svar"), nb);
        assertTrue(nb.contains("+1,0 p.p. mot aug. 2026") && nb.contains("Mål 80,0 % · nådd"), nb);
        String en = cardTexts(site.read("reports/q3/index.html"));
        assertTrue(en.contains("KPIs for September 2026: NPS, CSAT, First response time, Time between purchases"), en);
        assertTrue(en.contains("+1.0 pp vs Aug 2026") && en.contains("Target 80.0 % · met"), en);
        assertTrue(en.contains("phone 3 min within 5 min"), "channels named as the snapshots write them: " + en);
    }

    @Test
    void theSwedishChartsSayWhatTheEnglishOnesSay() {
        String sv = site.read("sv/reports/q3/index.html");
        assertTrue(sv.contains(">Ambassadörer, passiva och kritiker, juli 2026 till september 2026</title>"), sv);
        assertTrue(sv.contains("felmarginal (95 %), lägsta"), "the band's columns in the data table");
        assertTrue(sv.contains("<th scope=\"col\">Period</th>") && sv.contains("<th scope=\"col\">Post</th>"));
        assertTrue(sv.contains("<summary>Datatabell</summary>") && sv.contains(">Ladda ned CSV</a>"));
        assertTrue(sv.contains("NPS från ") && sv.contains(" i sep. 2026"), "the summary in the description");
        assertTrue(sv.contains(">Branschjämförelse +20,0<"), "the benchmark's label");
        assertTrue(sv.contains("Tid mellan köp (dagar), juli 2026 till september 2026</title>"), sv);
        assertTrue(sv.contains("lägre är bättre; kvartal och år är medelvärdet av deras månader."), sv);
        assertTrue(sv.contains("NPS, kv. 3 2026</title>"), "a quarter named the Swedish way");
        assertTrue(sv.contains("Tid mellan köp, juli 2026 till sep. 2026:") || sv.contains("Tid mellan köp, jul"
                + "i 2026 till sep. 2026:"), "the card's sparkline: " + sv);
    }

    @Test
    void theEnglishPageReadsAsBefore() {
        String en = site.read("reports/q3/index.html");
        assertTrue(en.contains(">Promoters, passives and detractors, July 2026 to September 2026</title>"), en);
        assertTrue(en.contains("<th scope=\"col\">95 % margin of error, low</th>"));
        assertTrue(en.contains("<th scope=\"col\">Period</th>") && en.contains("<th scope=\"col\">Item</th>"));
        assertTrue(en.contains("<summary>Data table</summary>") && en.contains(">Download CSV</a>"));
        assertTrue(en.contains("NPS from ") && en.contains(" in Sep 2026"), "the summary in the description");
        assertTrue(en.contains("<title>Target, phone: 5 min</title>"), "the target of each channel: " + en);
        assertTrue(en.contains("Time between purchases (days), July 2026 to September 2026</title>"));
        assertTrue(en.contains("lower is better; quarters and years are the mean of their months."), en);
        assertTrue(en.contains("Time between purchases, Jul 2026 to Sep 2026:"), "the card's sparkline");
    }

    @Test
    void everyLanguageHasItsOwnChartFilesWithTheSameEnglishCsv() {
        List<String> en = chartIds(site.read("reports/q3/index.html"));
        List<String> sv = chartIds(site.read("sv/reports/q3/index.html"));
        List<String> nb = chartIds(site.read("nb/reports/q3/index.html"));
        assertEquals(12, en.size());
        Set<String> all = new LinkedHashSet<>(en);
        all.addAll(sv);
        all.addAll(nb);
        assertEquals(36, all.size(), "no chart shared between languages: " + en + sv + nb);
        for (int i = 0; i < en.size(); i++) {
            String svg = site.read("charts/" + sv.get(i) + ".svg");
            assertTrue(!svg.contains(">Target") && !svg.contains("No data"), "the file is the Swedish chart: " + svg);
            assertEquals(site.read("charts/" + en.get(i) + ".csv"), site.read("charts/" + sv.get(i) + ".csv"),
                    "the CSV's headers and periods are the same keys in every language");
            assertEquals(site.read("charts/" + en.get(i) + ".csv"), site.read("charts/" + nb.get(i) + ".csv"));
        }
        assertTrue(site.read("charts/" + sv.get(2) + ".csv").startsWith("Period,Detractors (%),Passives (%),"
                + "Promoters (%)\r\nJul 2026,"), site.read("charts/" + sv.get(2) + ".csv"));
    }

    private static void assertNoEnglish(String path) {
        String texts = chartTexts(site.read(path));
        assertTrue(texts.contains("NPS"), "the charts are there: " + texts);
        assertEquals(List.of(), english(texts, ENGLISH), path);
    }

    /** Each of {@code words} that {@code texts} holds as a whole word, with what stands around it. */
    private static List<String> english(String texts, List<String> words) {
        List<String> found = new ArrayList<>();
        for (String word : words) {
            Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(texts);
            if (m.find()) {
                int from = Math.max(0, m.start() - 60);
                found.add(word + " in \"…" + texts.substring(from, Math.min(texts.length(), m.end() + 60)) + "…\"");
            }
        }
        return found;
    }

    /** What the page's KPI cards say, their label included, with tags and sparklines left out. */
    private static String cardTexts(String page) {
        Matcher m = Pattern.compile("<section class=\"kpi-cards\".*?</section>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the page has KPI cards");
        String part = m.group().replaceAll("(?s)<svg.*?</svg>", " ");
        Matcher aria = Pattern.compile("aria-label=\"([^\"]*)\"").matcher(part);
        String label = aria.find() ? aria.group(1) + "\n" : "";
        return label + part.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** What the page's figures and sparklines say: every text and title, tags and markup left out. */
    private static String chartTexts(String page) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<figure class=\"cx-figure\">.*?</figure>|<svg.*?</svg>", Pattern.DOTALL)
                .matcher(page);
        while (m.find()) {
            String part = m.group().replaceAll("(?s)<style>.*?</style>", " ");
            // Attribute values a reader hears (aria-label) stay; the rest of the markup goes.
            Matcher aria = Pattern.compile("aria-label=\"([^\"]*)\"").matcher(part);
            while (aria.find()) {
                out.append(aria.group(1)).append('\n');
            }
            out.append(part.replaceAll("<[^>]*>", " ").replace("&#39;", "'").replace("&amp;", "&")).append('\n');
        }
        return out.toString();
    }

    private static List<String> chartIds(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<figure class=\"cx-figure\">\\s*<div class=\"cx-figure__chart\"><svg[^>]* id=\""
                + "([^\"]+)\"").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
