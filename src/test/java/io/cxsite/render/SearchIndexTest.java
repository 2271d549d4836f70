package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The browser's search index (search/<lang>.json): what goes into it per language and audience,
 * folding, the page lists, and the query: search.js and its Java mirror SearchQuery must agree.
 */
class SearchIndexTest {
    @TempDir
    static Path sites;
    /** {@link #SITE} built once for the public and once for every audience; tests only read them. */
    private static TestSite publicSite;
    private static TestSite allSite;

    @TempDir
    Path dir;

    /** English, Swedish and Norwegian help pages (by front matter lang) and one internal guide. */
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
            Start the BankID app and scan the code. Payment details are under Account.
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
            -- content/help/nb-hoyttaler.md --
            ---
            title: Høyttaleren på ruteren piper
            lang: nb-NO
            ---
            Søk etter feilkoden i appen og start ruteren på nytt. Kjøp ny strømadapter om lyset blinker.
            -- content/guides/_index.md --
            ---
            title: Guides
            ---
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

    private static SearchQuery index(TestSite site, String lang) throws IOException {
        return SearchQuery.parse(Files.readAllBytes(site.output().resolve("search/" + lang + ".json")));
    }

    private static List<String> urls(SearchQuery index) {
        return index.pages().stream().map(SearchIndex.StoredPage::url).toList();
    }

    private static List<String> found(SearchQuery index, String query) {
        return index.query(query).stream().map(hit -> index.pages().get(hit.page()).url()).toList();
    }

    // ---------- what the index holds, per language and audience

    @Test
    void writesOneIndexPerLanguageWithThatLanguagesPagesOnly() throws IOException {
        assertEquals(List.of("/cx/guides/", "/cx/help/", "/cx/help/billing/", "/cx/help/billing/failed-payment/",
                "/cx/help/login/"), urls(index(publicSite, "en")));
        assertEquals(List.of("/cx/help/sv-betalning/", "/cx/help/sv-inloggning/"), urls(index(publicSite, "sv")));
        // nb-NO pages go to the file of the primary subtag, which the script derives from <html lang>.
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), urls(index(publicSite, "nb")));
        assertFalse(publicSite.exists("search/nb-no.json"));
        assertEquals("sv", index(publicSite, "sv").lang());
    }

    @Test
    void storesTitleUrlTopSectionAndSnippetForDisplay() throws IOException {
        SearchQuery en = index(publicSite, "en");
        SearchIndex.StoredPage payment = en.pages().get(3);
        assertEquals("When a payment fails", payment.title());
        assertEquals("/cx/help/billing/failed-payment/", payment.url());
        assertEquals("Help centre", en.sections().get(payment.section()), "the top section, not Billing");
        assertEquals("What to do when your card or direct debit is declined.", payment.text(), "the description");
        SearchIndex.StoredPage login = en.pages().get(4);
        assertEquals("Start the BankID app and scan the code. Payment details are under Account.", login.text(),
                "the body when there is no description");
    }

    @Test
    void keepsDiacriticsForDisplayAndFoldsThemForMatching() throws IOException {
        SearchQuery nb = index(publicSite, "nb");
        assertEquals("Høyttaleren på ruteren piper", nb.pages().get(0).title());
        assertTrue(nb.terms().contains("hoyttaleren"), nb.terms().toString());
        assertTrue(nb.terms().contains("stromadapter"), nb.terms().toString());
        assertFalse(nb.terms().stream().anyMatch(t -> t.matches(".*[^a-z0-9].*")), nb.terms().toString());
    }

    @Test
    void aPublicBuildLeavesInternalPagesOutAndAnAllBuildHasThem() throws IOException {
        SearchQuery publicIndex = index(publicSite, "en");
        assertFalse(urls(publicIndex).contains("/cx/guides/escalation/"));
        assertFalse(publicIndex.terms().contains("rota"), "no word of the internal page either");
        assertEquals(List.of("/cx/help/billing/failed-payment/", "/cx/help/login/"), found(publicIndex, "payment"));

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
        assertEquals(List.of("en.json", "index.html", "nb.json", "sv.json"), List.copyOf(first.keySet()));
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void writesTheSiteLanguagesIndexEvenWithoutPages() throws IOException {
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

    // ---------- the search page and the header box

    @Test
    void rendersTheSearchPageAndABoxInEveryHeader() {
        String search = publicSite.read("search/index.html");
        assertTrue(search.contains("class=\"search-page\""), search);
        assertTrue(search.contains("<html lang=\"en\">"), search);
        String page = publicSite.read("help/login/index.html");
        assertTrue(page.contains("<form class=\"site-search\" role=\"search\" action=\"/cx/search/\" method=\"get\""), page);
        assertTrue(page.contains("data-search-index=\"/cx/search/\""), page);
        assertTrue(page.contains("name=\"q\""), page);
        assertTrue(page.contains("<script src=\"/cx/js/search.js\" defer></script>"), page);
        assertTrue(publicSite.exists("js/search.js"));
    }

    // ---------- matching: the cases of the issue

    @Test
    void findsAWordFromItsBeginning() throws IOException {
        SearchQuery sv = index(publicSite, "sv");
        // The title match ranks above the page that has the word in its body only.
        assertEquals(List.of("/cx/help/sv-inloggning/", "/cx/help/sv-betalning/"), found(sv, "inlogg"));
    }

    @Test
    void findsAWordDespiteATypo() throws IOException {
        SearchQuery sv = index(publicSite, "sv");
        assertEquals(List.of("/cx/help/sv-betalning/"), found(sv, "betalnig"), "a letter left out");
        assertEquals(List.of("/cx/help/sv-betalning/"), found(sv, "betlaningen"), "two letters swapped");
        assertEquals(List.of("/cx/help/sv-inloggning/", "/cx/help/sv-betalning/"), found(sv, "inlogning"),
                "title and tag above body");
    }

    @Test
    void findsNorwegianAndSwedishWordsTypedWithoutTheirLetters() throws IOException {
        SearchQuery nb = index(publicSite, "nb");
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "sok"), "o for ø");
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "hoyttaler"));
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "HØYTTALEREN"));
        assertEquals(List.of("/cx/help/nb-hoyttaler/"), found(nb, "kjop stromadapter"));
        SearchQuery sv = index(publicSite, "sv");
        assertEquals(List.of("/cx/help/sv-betalning/"), found(sv, "valj"), "a for ä");
        assertEquals(List.of("/cx/help/sv-inloggning/"), found(sv, "oppna"), "o for ö");
        assertEquals(List.of("/cx/help/sv-inloggning/"), found(sv, "öppna"));
    }

    @Test
    void everyWordOfTheQueryMustMatch() throws IOException {
        SearchQuery en = index(publicSite, "en");
        assertEquals(List.of("/cx/help/billing/failed-payment/", "/cx/help/login/"), found(en, "payment"));
        assertEquals(List.of("/cx/help/login/"), found(en, "payment bankid"));
        assertEquals(List.of(), found(en, "payment zebra"));
        assertEquals(List.of(), found(en, "  ,;  "));
    }

    // ---------- ranking

    @Test
    void ranksByFieldThenByMatchQualityThenByPage() {
        SearchQuery index = SearchQuery.of(SearchIndex.of("en", List.of(
                entry("/a/", "Other", List.of(), "", List.of(), "invoice"),
                entry("/b/", "Other", List.of(), "", List.of("Invoice"), ""),
                entry("/c/", "Other", List.of("invoice"), "", List.of(), ""),
                entry("/d/", "Invoice", List.of(), "", List.of(), ""),
                entry("/e/", "Invoices", List.of(), "", List.of(), ""),
                entry("/f/", "Invoce", List.of(), "", List.of(), ""),
                entry("/g/", "Other", List.of(), "", List.of(), "invoice"))));
        List<Hit> hits = index.query("invoice");
        assertEquals(List.of("/d/", "/c/", "/e/", "/b/", "/f/", "/a/", "/g/"),
                hits.stream().map(h -> index.pages().get(h.page()).url()).toList());
        // title exact 8x4; tags exact 4x4 and title prefix 8x2; heading exact 2x4 and title typo 8x1; body
        // exact 1x4 twice: equal scores in page order
        assertEquals(List.of(32, 16, 16, 8, 8, 4, 4), hits.stream().map(Hit::score).toList());
    }

    @Test
    void aWordInSeveralFieldsAddsTheirWeights() {
        SearchQuery index = SearchQuery.of(SearchIndex.of("en", List.of(
                entry("/a/", "Refund", List.of(), "", List.of(), ""),
                entry("/b/", "Refund", List.of("refund"), "", List.of(), "refund"))));
        assertEquals(List.of(new Hit(1, (8 + 4 + 1) * 4), new Hit(0, 8 * 4)), index.query("refund"));
    }

    // ---------- the script: search.js must find and rank as SearchQuery.query does

    /** The cases and a few more, per language file of {@link #SITE}. */
    private static final Map<String, List<String>> SCRIPT_QUERIES = Map.of(
            "sv", List.of("inlogg", "betalnig", "betlaningen", "inlogning", "valj", "oppna", "Öppna BankID", "", "zzzz"),
            "nb", List.of("sok", "hoyttaler", "HØYTTALEREN", "kjop stromadapter", "ruter"),
            "en", List.of("payment", "payment bankid", "pay", "invoice card", "bank", "s"));

    /**
     * Runs js/search.js under Node.js, when it is installed (the browser tests run the script in
     * Chromium), on this site's index files, and compares every hit and score, and the folding of
     * awkward text, with the Java mirror (SearchQuery).
     */
    @Test
    void theScriptFindsAndRanksAsTheReference() throws Exception {
        Assumptions.assumeTrue(nodeAvailable(), "node is not installed: the script is checked by the browser tests");
        Path script = TestSite.REPO.resolve("themes/default/static/js/search.js");
        Path harness = dir.resolve("harness.js");
        Files.writeString(harness, """
                const fs = require('fs');
                global.window = global;
                global.document = { readyState: 'complete', querySelector: () => null };
                eval(fs.readFileSync(process.argv[2], 'utf8'));
                const job = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
                const out = { queries: {}, words: job.texts.map(t => [window.cxsiteSearch.fold(t), window.cxsiteSearch.words(t)]) };
                for (const [file, queries] of Object.entries(job.queries)) {
                  const index = new window.cxsiteSearch.Index(JSON.parse(fs.readFileSync(file, 'utf8')));
                  out.queries[file] = queries.map(q => {
                    const all = index.search(q), top = index.search(q, 2);
                    return { all: all.hits.map(h => [h.page, h.score]), top: top.hits.map(h => [h.page, h.score]), total: top.total };
                  });
                }
                process.stdout.write(JSON.stringify(out));
                """);
        List<String> texts = List.of("Høyttaler ØRE Æble Straße Café", "ΟΔΟΣ İstanbul ǰ ŉ ﬀ Ꭰ", "한국어 中文 שלום عربى ไทย",
                "naïve coöperate e\u0301t ½ 𝔘𝔫𝔦 😀", "Åsa-Öberg e-post 123abc, inLOGGning!");
        Map<String, List<String>> byFile = new TreeMap<>();
        SCRIPT_QUERIES.forEach((lang, queries) -> byFile.put(
                publicSite.output().resolve("search/" + lang + ".json").toString(), queries));
        ObjectMapper json = new ObjectMapper();
        Path job = dir.resolve("job.json");
        json.writeValue(job.toFile(), Map.of("texts", texts, "queries", byFile));

        Process node = new ProcessBuilder("node", harness.toString(), script.toString(), job.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode out = json.readTree(node.getInputStream());
        assertEquals(0, node.waitFor(), "node exit code");

        for (int i = 0; i < texts.size(); i++) {
            assertEquals(SearchWords.fold(texts.get(i)), out.path("words").get(i).get(0).asText(), texts.get(i));
            assertEquals(SearchQuery.words(texts.get(i)), json.convertValue(out.path("words").get(i).get(1),
                    json.getTypeFactory().constructCollectionType(List.class, String.class)), texts.get(i));
        }
        for (Map.Entry<String, List<String>> file : byFile.entrySet()) {
            SearchQuery index = SearchQuery.parse(Files.readAllBytes(Path.of(file.getKey())));
            for (int q = 0; q < file.getValue().size(); q++) {
                String query = file.getValue().get(q);
                List<List<Integer>> expected = index.query(query).stream().map(h -> List.of(h.page(), h.score())).toList();
                JsonNode result = out.path("queries").path(file.getKey()).get(q);
                assertEquals(expected, pairs(result.path("all")), "'" + query + "' in " + file.getKey());
                assertEquals(expected.subList(0, Math.min(2, expected.size())), pairs(result.path("top")), query);
                assertEquals(expected.size(), result.path("total").asInt(), query);
            }
        }
    }

    private static List<List<Integer>> pairs(JsonNode array) {
        List<List<Integer>> pairs = new ArrayList<>();
        array.forEach(pair -> pairs.add(List.of(pair.get(0).asInt(), pair.get(1).asInt())));
        return pairs;
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    // ---------- the parts

    @Test
    void foldsCaseAndDiacritics() {
        assertEquals("hoyttaler asa ao aeble cafe strasse", SearchWords.fold("Høyttaler Åsa ÄÖ Æble Café Straße"));
        assertEquals(List.of("sa", "loggar", "du", "in", "bankid", "appen", "2", "ggr"),
                SearchQuery.words("Så loggar du in: BankID-appen, 2 ggr!"));
        assertEquals(List.of(), SearchQuery.words(" — … «»"));
    }

    @Test
    void measuresEditDistanceWithSwapsAndGivesUpPastTheLimit() {
        assertEquals(1, SearchQuery.distance("betalnig", "betalning", 2));
        assertEquals(1, SearchQuery.distance("betlaning", "betalning", 2));
        assertEquals(2, SearchQuery.distance("betlanig", "betalning", 2));
        assertEquals(0, SearchQuery.distance("sok", "sok", 1));
        assertEquals(2, SearchQuery.distance("faktura", "fakturor", 1), "past the limit: limit + 1");
        assertEquals(2, SearchQuery.distance("abc", "abcdef", 1));
    }

    @Test
    void pageListsRoundTripThroughTheirCompactForm() {
        int[][] pages = {{0, 1, 2, 63, 64, 1663, 1664, 43263, 43264, 99999}, {}, {7}, {}};
        String text = SearchPostings.encode(pages);
        assertTrue(text.chars().allMatch(c -> c > ' ' && c < 127 && c != '"' && c != '\\'), text);
        assertArrayEquals(pages, SearchQuery.decode(text));
        assertEquals("000", SearchPostings.encode(new int[][] {{0, 1, 2}, {}, {}, {}}), "dense pages: one character each");
        assertEquals(",,,3", SearchPostings.encode(new int[][] {{}, {}, {}, {3}}));
        assertEquals("1", SearchPostings.encode(new int[][] {{1}, {}, {}, {}}), "empty lists at the end left out");
    }

    @Test
    void cutsTheBodyAfterAWholeWordForTheSnippet() {
        String body = "word ".repeat(100).strip();
        String text = SearchSnippet.snippet(entry("/a/", "A", List.of(), "", List.of(), body));
        assertTrue(text.endsWith("word…"), text);
        assertTrue(text.length() <= SearchIndex.SNIPPET + 1, text);
    }

    private static Entry entry(String url, String title, List<String> tags, String description, List<String> headings,
            String body) {
        return new Entry(title, url, "", tags, description, headings, body);
    }
}
