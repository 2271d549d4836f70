package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxsite.build.BuildResult;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.render.SearchIndex.Entry;
import io.cxsite.render.SearchQuery.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's search index (search/<lang>/): what goes into it per language and audience, the
 * query (stop words, stems, compounds, hyphens, typos, ranking, scopes), and search.js agreeing
 * with its Java mirror SearchQuery hit for hit and score for score.
 */
class SearchIndexTest {
    @TempDir
    static Path sites;
    /** {@link #SITE} built once for the public and once for every audience; tests only read them. */
    private static TestSite publicSite;
    private static TestSite allSite;

    @TempDir
    Path dir;

    /** English, Swedish and Norwegian help pages (by front matter lang), a change, a guide and an internal guide. */
    static final String SITE = """
            -- site.yaml --
            title: Nordlys
            baseUrl: https://acme.example/cx/
            language: en
            -- content/_index.md --
            ---
            title: Nordlys
            ---
            -- content/help/_index.md --
            ---
            title: Help centre
            ---
            -- content/help/billing/_index.md --
            ---
            title: Billing
            description: Payments, invoices and e-invoices.
            ---
            -- content/help/billing/failed-payment.md --
            ---
            title: When a payment fails
            description: What to do when your card or direct debit is declined.
            tags: [payments]
            ---
            ## Pay the invoice again
            Open the invoice and choose another card.
            -- content/help/login.md --
            ---
            title: Log in with BankID
            tags: [login]
            ---
            Start the BankID app and scan the code. If it is not working, update the app. Payment details are under Account.
            -- content/help/sv-inloggning.md --
            ---
            title: Inloggning med BankID
            lang: sv
            tags: [inloggning]
            ---
            Så loggar du in: öppna BankID-appen och skanna koden.
            -- content/help/sv-betalning.md --
            ---
            title: Betalningen gick inte igenom
            description: Om kortet nekas vid betalning eller autogirot stoppas.
            lang: sv
            ---
            ## Betala fakturan igen
            Välj ett annat kort. Läs om inloggning om du inte kommer in.
            -- content/help/sv-rakning.md --
            ---
            title: Hög räkning
            lang: sv
            ---
            Priset på el styr hur stor räkningen blir. Med e-faktura kommer den direkt till banken.
            -- content/help/nb-hoyttaler.md --
            ---
            title: Høyttaleren på ruteren piper
            lang: nb-NO
            ---
            Søk etter feilkoden i appen og start ruteren på nytt. Kjøp ny strømadapter om lyset blinker.
            -- content/changes/_index.md --
            ---
            title: You said, we did
            ---
            -- content/changes/bankid-faster.md --
            ---
            title: Faster BankID login
            date: 2026-03-01
            ---
            You said BankID login was slow. We made it faster.
            -- content/guides/_index.md --
            ---
            title: Guides
            ---
            -- content/guides/bankid-support.md --
            ---
            title: Supporting BankID callers
            ---
            How the team answers BankID questions on the phone: BankID, BankID, BankID.
            -- content/guides/escalation.md --
            ---
            title: Escalation rota
            audience: internal
            ---
            Who answers the phone when payments fail at night.
            """;

    @BeforeAll
    static void buildBoth() {
        publicSite = built(sites.resolve("public"), AudienceScope.PUBLIC);
        allSite = built(sites.resolve("all"), AudienceScope.ALL);
    }

    private static TestSite built(Path folder, AudienceScope audience) {
        TestSite site = TestSite.write(folder, SITE);
        BuildResult result = site.build(audience);
        assertEquals(List.of(), result.problems());
        return site;
    }

    private static SearchQuery index(TestSite site, String lang) {
        return SearchQuery.read(site.output().resolve("search/" + lang + "/"));
    }

    private static List<String> urls(SearchQuery index) {
        return index.pages().stream().map(SearchQuery.Stored::url).toList();
    }

    private static List<String> found(SearchQuery index, String query) {
        return found(index, query, "");
    }

    private static List<String> found(SearchQuery index, String query, String scope) {
        return index.query(query, scope).stream().map(hit -> index.pages().get(hit.page()).url()).toList();
    }

    // ---------- what the index holds, per language and audience

    @Test
    void writesOneIndexPerLanguageWithThatLanguagesPagesOnly() {
        assertEquals(List.of("/cx/changes/", "/cx/changes/bankid-faster/", "/cx/guides/", "/cx/guides/bankid-support/",
                "/cx/help/", "/cx/help/billing/", "/cx/help/billing/failed-payment/", "/cx/help/login/"),
                urls(index(publicSite, "en")));
        assertEquals(List.of("/cx/help/sv-betalning/", "/cx/help/sv-inloggning/", "/cx/help/sv-rakning/"),
                urls(index(publicSite, "sv")));
        // nb-NO pages go to the folder of the primary subtag, which the script derives from <html lang>.
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), urls(index(publicSite, "nb")));
        assertFalse(publicSite.exists("search/nb-no/index.json"));
        assertEquals("sv", index(publicSite, "sv").lang());
    }

    @Test
    void storesTitleUrlTopSectionAndTextForDisplay() {
        SearchQuery en = index(publicSite, "en");
        SearchQuery.Stored payment = en.pages().get(6);
        assertEquals("When a payment fails", payment.title());
        assertEquals("/cx/help/billing/failed-payment/", payment.url());
        assertEquals("Help centre", en.sections().get(payment.section()), "the top section, not Billing");
        assertEquals("What to do when your card or direct debit is declined. Pay the invoice again "
                + "Open the invoice and choose another card.", payment.text(), "the description, then the body");
    }

    @Test
    void keepsDiacriticsForDisplayAndFoldsThemForMatching() {
        SearchQuery nb = index(publicSite, "nb");
        assertEquals("Høyttaleren på ruteren piper", nb.pages().get(0).title());
        assertTrue(nb.has("hoyttal") && nb.has("stromadapt"), "folded stems");
        assertFalse(nb.has("hoyttaleren"), "stems only");
    }

    @Test
    void aPublicBuildLeavesInternalPagesOutAndAnAllBuildHasThem() {
        SearchQuery publicIndex = index(publicSite, "en");
        assertFalse(urls(publicIndex).contains("/cx/guides/escalation/"));
        assertFalse(publicIndex.has("rota"), "no word of the internal page either");
        SearchQuery all = index(allSite, "en");
        assertTrue(urls(all).contains("/cx/guides/escalation/"));
        assertEquals(List.of("/cx/guides/escalation/"), found(all, "rota"));
    }

    @Test
    void theSameInputGivesByteIdenticalIndexes() throws IOException {
        TestSite site = built(dir, AudienceScope.PUBLIC);
        Map<String, byte[]> first = TestSite.snapshot(site.output().resolve("search"));
        site.build(AudienceScope.PUBLIC);
        Map<String, byte[]> second = TestSite.snapshot(site.output().resolve("search"));
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.keySet().containsAll(List.of("en/index.json", "en/p/0.json", "en/t/ba.json", "index.html",
                "nb/index.json", "sv/index.json", "sv/t/_00e5.json".replace("_00e5", "sa"))), first.keySet().toString());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void writesTheSiteLanguagesIndexEvenWithoutPages() {
        TestSite site = TestSite.write(dir, """
                -- site.yaml --
                title: Empty
                baseUrl: https://acme.example/
                language: sv-SE
                -- content/_index.md --
                ---
                title: Hem
                ---
                """);
        assertEquals(List.of(), site.build().problems());
        assertEquals(List.of(), index(site, "sv").pages());
    }

    @Test
    void rendersTheSearchPageWithAScopeFilterAndABoxInEveryHeader() {
        String search = publicSite.read("search/index.html");
        assertTrue(search.contains("class=\"search-page\""), search);
        assertTrue(search.contains("name=\"scope\" value=\"help\""), "a visible filter: " + search);
        assertTrue(search.contains("class=\"search-empty\""), search);
        String page = publicSite.read("help/login/index.html");
        assertTrue(page.contains("<form class=\"site-search\" role=\"search\" action=\"/cx/search/\" method=\"get\""), page);
        assertTrue(page.contains("data-search-index=\"/cx/search/\""), page);
        assertTrue(page.contains("<script src=\"/cx/js/search.js\" defer></script>"), page);
        String help = publicSite.read("help/index.html");
        assertTrue(help.contains("name=\"scope\" value=\"help\""), "the help centre's box searches help: " + help);
    }

    // ---------- matching: the cases of the issue

    @Test
    void stopWordsNeverNeedToMatch() {
        SearchQuery en = index(publicSite, "en");
        assertEquals("/cx/help/login/", found(en, "bankid not working", "help").get(0));
        assertEquals("/cx/help/billing/failed-payment/", found(en, "why is my payment declined", "help").get(0));
        assertFalse(en.query("the of", "help").isEmpty(), "only stop words: then they are searched for");
    }

    @Test
    void moreMatchedWordsRankHigherWithoutRequiringAll() {
        SearchQuery en = index(publicSite, "en");
        List<String> hits = found(en, "payment zebra", "help");
        assertEquals("/cx/help/billing/failed-payment/", hits.get(0), "zebra matches nothing and is not required");
        List<Hit> both = en.query("payment bankid", "help");
        assertEquals("/cx/help/login/", en.pages().get(both.get(0).page()).url(), "the only page with both");
        assertEquals(2, both.get(0).matched());
    }

    @Test
    void theHelpScopeKeepsCustomerHelpOnly() {
        SearchQuery en = index(publicSite, "en");
        List<String> everything = found(en, "bankid");
        assertTrue(everything.contains("/cx/guides/bankid-support/"), everything.toString());
        List<String> help = found(en, "bankid", "help");
        assertEquals(List.of("/cx/changes/bankid-faster/", "/cx/help/login/"), help.stream().sorted().toList(),
                "help articles and changes: no guide, no section page");
    }

    @Test
    void findsInflectedForms() {
        SearchQuery en = index(publicSite, "en");
        assertEquals("/cx/help/billing/failed-payment/", found(en, "failed payments", "help").get(0));
        assertEquals("/cx/help/billing/failed-payment/", found(en, "card declining ", "help").get(0));
        SearchQuery sv = index(publicSite, "sv");
        assertEquals("/cx/help/sv-betalning/", found(sv, "fakturorna ").get(0));
        assertEquals("/cx/help/sv-betalning/", found(sv, "betalade ").get(0));
    }

    @Test
    void splitsCompoundsAgainstTheVocabulary() {
        SearchQuery sv = index(publicSite, "sv");
        assertEquals(List.of("el", "rakning"), sv.analyse("elräkningen ").stream()
                .flatMap(g -> g.alts().stream().map(Map.Entry::getKey)).toList());
        assertEquals("/cx/help/sv-rakning/", found(sv, "elräkningen").get(0));
        assertEquals("/cx/help/sv-inloggning/", found(sv, "bankidappen ").get(0), "bankid + app");
        assertEquals("/cx/help/sv-betalning/", found(sv, "betalningskort ").get(0), "a linking s");
    }

    @Test
    void hyphenSpaceAndJoinedFormsFindTheSamePage() {
        SearchQuery sv = index(publicSite, "sv");
        for (String query : List.of("e-fakturan", "efakturan", "e fakturan", "E-faktura")) {
            assertEquals("/cx/help/sv-rakning/", found(sv, query).get(0), query);
        }
    }

    @Test
    void findsAWordFromItsBeginningWhileItIsTyped() {
        SearchQuery sv = index(publicSite, "sv");
        // The title match ranks above the page that has the word in its body only.
        assertEquals(List.of("/cx/help/sv-inloggning/", "/cx/help/sv-betalning/"), found(sv, "inlogg"));
        assertEquals(List.of("/cx/help/sv-betalning/"), found(sv, "autog"));
        assertEquals(List.of(), found(sv, "autog "), "a finished word matches whole words (and typos) only");
    }

    @Test
    void findsAWordDespiteATypo() {
        SearchQuery sv = index(publicSite, "sv");
        assertEquals("/cx/help/sv-betalning/", found(sv, "betalnig ").get(0), "a letter left out");
        assertEquals("/cx/help/sv-betalning/", found(sv, "betlaningen ").get(0), "two letters swapped");
        SearchQuery en = index(publicSite, "en");
        assertEquals("/cx/help/billing/failed-payment/", found(en, "paymnet ", "help").get(0));
    }

    @Test
    void findsAWordWithASlipInItsFirstTwoLetters() {
        SearchQuery sv = index(publicSite, "sv");
        Map<String, String> slips = new java.util.LinkedHashMap<>();
        slips.put("vetalning ", "first letter replaced");
        slips.put("bwtalning ", "second letter replaced");
        slips.put("etalning ", "first letter left out");
        slips.put("btalning ", "second letter left out");
        slips.put("nbetalning ", "a letter put in front");
        slips.put("bnetalning ", "a letter put in second");
        slips.put("ebtalning ", "first two swapped");
        slips.put("btealning ", "second and third swapped");
        slips.forEach((query, slip) -> assertEquals("/cx/help/sv-betalning/", found(sv, query).get(0), slip));
        SearchQuery en = index(publicSite, "en");
        assertEquals("/cx/help/billing/failed-payment/", found(en, "apyment ", "help").get(0), "first two swapped");
        assertEquals("/cx/help/billing/failed-payment/", found(en, "oayment ", "help").get(0), "first letter replaced");
        SearchQuery nb = index(publicSite, "nb");
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "ohyttaler "), "first two swapped");
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "gøyttaler "), "first letter replaced");
    }

    @Test
    void aSlipInTheFirstTwoLettersStaysWithinTheUsualEdits() {
        SearchQuery sv = index(publicSite, "sv");
        assertEquals(List.of(), found(sv, "xyalning "), "three edits from betalning: no match");
        assertEquals(List.of(), found(sv, "eta "), "a short word gets no typo");
    }

    @Test
    void findsNorwegianAndSwedishWordsTypedWithoutTheirLetters() {
        SearchQuery nb = index(publicSite, "nb");
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "sok"), "o for ø");
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "HØYTTALEREN"));
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "kjop stromadapter"));
        SearchQuery sv = index(publicSite, "sv");
        assertEquals(List.of("/cx/help/sv-betalning/"), found(sv, "valj"), "a for ä");
        assertEquals(List.of("/cx/help/sv-inloggning/"), found(sv, "oppna"), "o for ö");
    }

    // ---------- ranking

    @Test
    void ranksTitleAboveTagsAboveHeadingsAboveBody() throws IOException {
        SearchQuery index = written(List.of(
                entry("/a/", "Other", List.of(), "", List.of(), "invoice"),
                entry("/b/", "Other", List.of(), "", List.of("Invoice"), ""),
                entry("/c/", "Other", List.of("invoice"), "", List.of(), ""),
                entry("/d/", "Invoice", List.of(), "", List.of(), ""),
                entry("/e/", "Other", List.of(), "", List.of(), "nothing")));
        assertEquals(List.of("/d/", "/c/", "/b/", "/a/"), found(index, "invoice "));
    }

    @Test
    void aWordInSeveralFieldsOrSeveralTimesCountsMoreButSaturates() throws IOException {
        SearchQuery index = written(List.of(
                entry("/a/", "Refund", List.of(), "", List.of(), "other words here"),
                entry("/b/", "Refund", List.of("refund"), "", List.of(), "refund"),
                entry("/c/", "Other", List.of(), "", List.of(), "refund refund refund refund refund refund refund"),
                entry("/d/", "Other", List.of(), "", List.of(), "refund")));
        List<Hit> hits = index.query("refund ");
        assertEquals(List.of("/b/", "/a/", "/c/", "/d/"), hits.stream().map(h -> index.pages().get(h.page()).url()).toList());
        assertTrue(hits.get(2).score() < 2 * hits.get(3).score(), "seven times is not seven times the score");
    }

    @Test
    void aSynonymMatchesAsTheWordItStandsFor() throws IOException {
        SearchQuery index = written(List.of(
                entry("/a/", "Wifi", List.of(), "", List.of(), "setup"),
                entry("/b/", "Other", List.of(), "", List.of(), "nothing")), List.of(List.of("WLAN", "wifi")));
        assertEquals(List.of("/a/"), found(index, "wlan "));
        assertEquals(List.of(), found(written(List.of(entry("/a/", "Wifi", List.of(), "", List.of(), "")), List.of()),
                "wlan "), "without the synonym");
    }

    private SearchQuery written(List<Entry> entries) throws IOException {
        return written(entries, List.of());
    }

    private SearchQuery written(List<Entry> entries, List<List<String>> synonyms) throws IOException {
        Path folder = Files.createTempDirectory(dir, "index");
        for (OutputFile file : SearchIndexFiles.of(SearchIndex.of("en", entries), synonyms)) {
            Path path = folder.resolve(file.path().replaceFirst("^search/en/", ""));
            Files.createDirectories(path.getParent());
            Files.write(path, file.bytes());
        }
        return SearchQuery.read(folder);
    }

    // ---------- the script: search.js must find and rank as SearchQuery.query does

    /** The cases above and a few more, per language of {@link #SITE}, each in both scopes. */
    private static final Map<String, List<String>> SCRIPT_QUERIES = Map.of(
            "sv", List.of("inlogg", "inlogg ", "betalnig", "betlaningen", "valj", "Öppna BankID", "", "zzzz",
                    "elräkningen", "e-fakturan", "e fakturan", "efakturan", "bankidappen", "betalningskort", "hur gör jag",
                    "vetalning", "etalning ", "nbetalning ", "ebtalning", "btealning inlgoning"),
            "nb", List.of("sok", "hoyttaler", "HØYTTALEREN", "kjop stromadapter", "ruter", "hvordan", "ohyttaler ", "gøyttaler"),
            "en", List.of("payment", "bankid not working", "pay", "invoice card", "bank", "s", "why is my payment declined",
                    "payment zebra", "paymnet", "the of", "bankid", "apyment ", "oayment", "bnakid "));

    @Test
    void theScriptFindsAndRanksAsTheReference() throws Exception {
        Assumptions.assumeTrue(SearchScript.available(), "node is not installed: the browser tests check the script");
        Map<String, List<List<String>>> byFolder = new TreeMap<>();
        SCRIPT_QUERIES.forEach((lang, queries) -> byFolder.put(publicSite.output().resolve("search/" + lang) + "/",
                queries.stream().flatMap(q -> List.of(List.of(q, ""), List.of(q, "help")).stream()).toList()));
        JsonNode out = SearchScript.run(dir, Map.of(), byFolder);
        int compared = 0;
        for (Map.Entry<String, List<List<String>>> folder : byFolder.entrySet()) {
            SearchQuery index = SearchQuery.read(Path.of(folder.getKey()));
            for (int q = 0; q < folder.getValue().size(); q++) {
                String query = folder.getValue().get(q).get(0);
                String scope = folder.getValue().get(q).get(1);
                List<List<Long>> expected = index.query(query, scope).stream()
                        .map(h -> List.of((long) h.page(), (long) h.matched(), h.score())).toList();
                JsonNode result = out.path("queries").path(folder.getKey()).get(q);
                assertEquals(expected, triples(result.path("all")), "'" + query + "' " + scope + " in " + folder.getKey());
                assertEquals(expected.subList(0, Math.min(2, expected.size())), triples(result.path("top")), query);
                assertEquals(expected.size(), result.path("total").asInt(), query);
                compared++;
            }
        }
        assertEquals(84, compared);
    }

    @Test
    void theScriptSuggestsANearWordWhenNothingMatches() throws Exception {
        Assumptions.assumeTrue(SearchScript.available(), "node is not installed: the browser tests check the script");
        String folder = publicSite.output().resolve("search/sv") + "/";
        JsonNode out = SearchScript.run(dir, Map.of(), Map.of(folder, List.of(List.of("Hur gör jag, rakinnk?", "help"),
                List.of("inloggning", "help"))));
        assertEquals("Hur gör jag, räkning?", out.path("queries").path(folder).get(0).path("suggestion").asText(),
                "two edits away, as written in a title; the rest of the query as typed");
        assertEquals("", out.path("queries").path(folder).get(1).path("suggestion").asText(), "results: no suggestion");
    }

    @Test
    void theScriptSuggestsAWordWithASlipInItsFirstLetters() throws Exception {
        Assumptions.assumeTrue(SearchScript.available(), "node is not installed: the browser tests check the script");
        // Three letters are too few for a typo in the results, not for "did you mean".
        String folder = publicSite.output().resolve("search/en") + "/";
        JsonNode out = SearchScript.run(dir, Map.of(), Map.of(folder, List.of(List.of("elp", ""), List.of("ail", ""))));
        assertEquals("help", out.path("queries").path(folder).get(0).path("suggestion").asText(), "first letter left out");
        assertEquals("fails", out.path("queries").path(folder).get(1).path("suggestion").asText(), "first letter left out");
    }

    private static List<List<Long>> triples(JsonNode array) {
        List<List<Long>> triples = new ArrayList<>();
        array.forEach(t -> triples.add(List.of(t.get(0).asLong(), t.get(1).asLong(), t.get(2).asLong())));
        return triples;
    }

    // ---------- the parts

    @Test
    void foldsCaseAndDiacritics() {
        assertEquals("hoyttaler asa ao aeble cafe strasse", SearchWords.fold("Høyttaler Åsa ÄÖ Æble Café Straße"));
        assertEquals(List.of("sa", "loggar", "du", "in", "bankid", "appen", "2", "ggr"),
                SearchQuery.words("Så loggar du in: BankID-appen, 2 ggr!"));
        assertEquals(List.of("bankidappen", "efaktura"), SearchWords.hyphenJoined("Så loggar du in: BankID-appen, e-faktura - x"));
        assertEquals(List.of(), SearchQuery.words(" — … «»"));
    }

    @Test
    void measuresEditDistanceWithSwapsAndGivesUpPastTheLimit() {
        assertEquals(1, SearchQuery.distance("betalnig", "betalning", 2));
        assertEquals(1, SearchQuery.distance("betlaning", "betalning", 2));
        assertEquals(2, SearchQuery.distance("betlanig", "betalning", 2));
        assertEquals(2, SearchQuery.distance("faktura", "fakturor", 1), "past the limit: limit + 1");
    }

    @Test
    void pageListsWithCountsRoundTripThroughTheirCompactForm() {
        int[][] pages = {{0, 1, 1, 4, 2, 9, 63, 1, 64, 1, 1663, 2, 43264, 3, 99999, 4}, {}, {7, 1}, {}};
        String text = SearchPostings.encode(pages);
        assertTrue(text.chars().allMatch(c -> c > ' ' && c < 127 && c != '"' && c != '\\'), text);
        int[][] decoded = SearchQuery.decode(text);
        pages[0][5] = SearchPostings.MAX_COUNT;
        assertArrayEquals(pages, decoded, "counts above the cap stored as the cap");
        assertEquals("048", SearchPostings.encode(new int[][] {{0, 1, 1, 1, 2, 1}, {}, {}, {}}).substring(0, 1)
                + SearchPostings.encode(new int[][] {{1, 1}, {}, {}, {}}) + SearchPostings.encode(new int[][] {{2, 1}, {}, {}, {}}));
        assertEquals(",,,C", SearchPostings.encode(new int[][] {{}, {}, {}, {3, 1}}));
    }

    @Test
    void cutsTheStoredTextAfterAWholeWord() {
        String body = "word ".repeat(200).strip();
        String text = SearchSnippet.text(entry("/a/", "A", List.of(), "", List.of(), body), SearchIndexFiles.TEXT);
        assertTrue(text.endsWith("word…"), text);
        assertTrue(text.length() <= SearchIndexFiles.TEXT + 1, text);
    }

    private static Entry entry(String url, String title, List<String> tags, String description, List<String> headings,
            String body) {
        return new Entry(title, url, "", tags, description, headings, body, true);
    }
}
