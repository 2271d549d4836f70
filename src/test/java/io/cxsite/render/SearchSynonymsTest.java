package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildResult;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml's {@code search: synonyms:} from end to end: a query with one word of a group finds the
 * page that has another (in any of its endings), through the Java mirror of search.js; words the
 * language's rules cannot use are errors at their line.
 */
class SearchSynonymsTest {
    @TempDir
    Path dir;

    private static final String PAGES = """
            -- content/_index.md --
            ---
            title: Nordlys
            ---
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/help/router.md --
            ---
            title: Set up the router
            ---
            Connect to the wireless network with the password on the sticker.
            -- content/sv/help/_index.md --
            ---
            title: Hjälp
            ---
            -- content/sv/help/bankid.md --
            ---
            title: Logga in med BankID
            ---
            Om inloggningen inte fungerade, starta om appen.
            -- content/sv/help/faktura.md --
            ---
            title: Fakturan
            ---
            Så får du e-fakturan i din internetbank.
            """;

    private TestSite site(String synonyms) {
        return TestSite.write(dir, "-- site.yaml --\ntitle: Nordlys\nbaseUrl: https://acme.example/\n"
                + "language: en\nlanguages: [en, sv]\n" + synonyms + PAGES);
    }

    private static List<String> found(TestSite site, String lang, String query) {
        SearchQuery index = SearchQuery.read(site.output().resolve("search/" + lang + "/"));
        return index.query(query, "help").stream().map(h -> index.pages().get(h.page()).url()).toList();
    }

    @Test
    void aQueryWithOneWordOfAGroupFindsThePageWithAnother() {
        TestSite site = site("""
                search:
                  synonyms:
                    en: [[WiFi, wlan, wireless]]
                    sv: [[funkar, fungerar], [e-faktura, räkning]]
                """);
        BuildResult result = site.build(AudienceScope.PUBLIC);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("/sv/help/bankid/"), found(site, "sv", "bankid funkar "));
        assertEquals(List.of("/sv/help/bankid/"), found(site, "sv", "funkar "), "'fungerade' is found by its stem");
        assertEquals(List.of("/help/router/"), found(site, "en", "wifi password "));
        assertEquals(List.of("/help/router/"), found(site, "en", "wlan "));
        assertEquals(List.of(), found(site, "sv", "wlan "), "English synonyms are not Swedish ones");
        assertEquals(List.of("/sv/help/faktura/"), found(site, "sv", "räkningen "),
                "'e-faktura' is the word 'efaktura', as the page's 'e-fakturan' is");
    }

    @Test
    void theScriptExpandsTheSynonymsAsTheJavaQueryDoes() throws Exception {
        Assumptions.assumeTrue(SearchScript.available(), "node is not installed: the browser tests check the script");
        TestSite site = site("search:\n  synonyms:\n    sv: [[funkar, fungerar]]\n");
        assertEquals(List.of(), site.build(AudienceScope.PUBLIC).problems());
        String folder = site.output().resolve("search/sv") + "/";
        Path work = Files.createDirectories(dir.resolve("node"));
        var out = SearchScript.run(work, Map.of(), Map.of(folder, List.of(List.of("funkar ", "help"))));
        SearchQuery index = SearchQuery.read(Path.of(folder));
        int page = index.pages().stream().map(SearchQuery.Stored::url).toList().indexOf("/sv/help/bankid/");
        assertEquals(1, out.path("queries").path(folder).get(0).path("all").size(), out.toString());
        assertEquals(page, out.path("queries").path(folder).get(0).path("all").get(0).get(0).asInt(),
                "search.js finds the page with 'fungerade' for 'funkar'");
        assertEquals(index.query("funkar ", "help").get(0).score(),
                out.path("queries").path(folder).get(0).path("all").get(0).get(2).asLong());
    }

    @Test
    void withoutTheSynonymTheOtherWordFindsNothing() {
        TestSite site = site("");
        assertEquals(List.of(), site.build(AudienceScope.PUBLIC).problems());
        assertEquals(List.of(), found(site, "sv", "funkar "));
        assertEquals(List.of(), found(site, "en", "wlan "));
        assertEquals(List.of(), found(site, "sv", "räkningen "));
    }

    @Test
    void wordsTheLanguagesRulesCannotUseAreErrorsAtTheirLine() {
        TestSite site = site("""
                search:
                  synonyms:
                    sv: [[inte, fungerar], [funkar, "!!", bra], [wifi router, wlan, wifi], [fungerade, lyckades], [e-faktura, räkning]]
                    en: [[bill, bills]]
                """);
        BuildResult result = site.build(AudienceScope.PUBLIC);
        assertTrue(result.failed());
        assertEquals(List.of(
                "site.yaml:7:11: error: 'inte' is a stop word in sv (a word so common that search never needs it to"
                        + " match), so it would find nothing; leave it out",
                "site.yaml:7:37: error: '!!' has no letters or digits, so search leaves nothing of it; write a word",
                "site.yaml:7:50: error: 'wifi router' is 2 words to search (wifi, router); a synonym is one word, and"
                        + " a query matches word by word",
                "site.yaml:7:77: error: 'fungerade' searches as 'funger', as 'fungerar' at line 7 does, which is in"
                        + " another group; a word belongs to one group (merge the two groups)",
                "site.yaml:8:11: error: every word of this group searches as 'bill' already (search finds the word's"
                        + " other endings by itself); a group needs words that differ, such as [wifi, wlan]"),
                result.problems().stream().map(Problem::format).toList());
    }
}
