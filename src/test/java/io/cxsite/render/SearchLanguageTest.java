package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxsite.build.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop words and stems per language, and search.js applying the same rules to the same words. */
class SearchLanguageTest {
    @TempDir
    Path dir;

    private static void stems(String lang, String expected, String... words) {
        SearchLanguage language = SearchLanguage.of(lang);
        for (String word : words) {
            assertEquals(expected, language.stem(SearchWords.fold(word)), lang + " " + word);
        }
    }

    @Test
    void englishPluralsAndVerbFormsMeet() {
        stems("en", "invoic", "invoice", "invoices", "invoiced", "invoicing");
        stems("en", "work", "work", "works", "worked", "working");
        stems("en", "stop", "stop", "stops", "stopped", "stopping");
        stems("en", "pay", "pay", "pays");
        stems("en", "box", "box", "boxes");
        stems("en", "read", "read", "reads", "reading", "readings");
        stems("en", "address", "address", "addresses");
        stems("en", "speed", "speed");
        stems("en", "status", "status");
        stems("en", "bankid", "BankID");
    }

    @Test
    void swedishDefiniteAndPluralFormsMeet() {
        stems("sv", "faktur", "faktura", "fakturan", "fakturor", "fakturorna", "fakturans", "e-faktura".substring(2));
        stems("sv", "rakning", "räkning", "räkningen", "räkningar", "räkningarna");
        stems("sv", "betal", "betala", "betalar", "betalade", "betalades", "betalat");
        stems("sv", "funger", "fungera", "fungerar", "fungerade");
        stems("sv", "lamp", "lampa", "lampan", "lampor", "lamporna");
        stems("sv", "app", "app", "appen", "appar");
        stems("sv", "hastighet", "hastighet", "hastigheten");
        stems("sv", "rout", "router", "routern");
    }

    @Test
    void norwegianDefiniteAndPluralFormsMeet() {
        stems("nb", "faktur", "faktura", "fakturaen", "fakturaer", "fakturaene");
        stems("nb", "regning", "regning", "regningen", "regninger", "regningene");
        stems("nb", "betal", "betale", "betaler", "betalte");
        stems("nb", "rut", "ruter", "ruteren", "rutere", "ruterne");
        stems("nb", "hoyttal", "høyttaler", "høyttaleren");
    }

    @Test
    void keepsShortWordsAndWordsWithoutAVowelWhole() {
        stems("sv", "elen", "elen");
        stems("sv", "el", "el");
        stems("en", "bring", "bring");
        stems("en", "used", "used");
        stems("fi", "laskut", "laskut");
    }

    @Test
    void stopWordsAreTheSmallWordsOfQuestions() {
        SearchLanguage en = SearchLanguage.of("en");
        assertTrue(en.isStop("why") && en.isStop("not") && en.isStop("my") && en.isStop("a"));
        assertFalse(en.isStop("bankid") || en.isStop("working") || en.isStop("4"));
        SearchLanguage sv = SearchLanguage.of("sv");
        assertTrue(sv.isStop("hur") && sv.isStop("gor") && sv.isStop("for") && sv.isStop("inte"), "folded: gör, för");
        assertFalse(sv.isStop("faktura"));
        SearchLanguage nb = SearchLanguage.of("nb");
        assertTrue(nb.isStop("hvordan") && nb.isStop("ikke") && nb.isStop("pa"), "folded: på");
        assertTrue(sv.splitsCompounds() && nb.splitsCompounds() && !en.splitsCompounds());
    }

    /**
     * Every word of the sample site's content per language (and a Norwegian list), split, stemmed
     * and tested for stop words by search.js under Node.js: the same as here, word for word.
     */
    @Test
    void theScriptSplitsStemsAndStopsAsJava() throws Exception {
        Assumptions.assumeTrue(SearchScript.available(), "node is not installed: the browser tests check the script");
        Map<String, List<String>> texts = new TreeMap<>();
        texts.put("en", contentOf(TestSite.REPO.resolve("content/help"), TestSite.REPO.resolve("content/guides")));
        texts.put("sv", contentOf(TestSite.REPO.resolve("content/sv")));
        List<String> nb = new ArrayList<>(contentOf(TestSite.REPO.resolve("content/nb")));
        nb.add("Fakturaene regningene strømregningen høyttaleren ruterne betalte hvordan kan jeg endre e-post æøå");
        texts.put("nb", nb);
        texts.put("fi", List.of("Laskut ja maksut, sähkö"));
        JsonNode out = SearchScript.run(dir, texts, Map.of());
        int compared = 0;
        for (Map.Entry<String, List<String>> lang : texts.entrySet()) {
            SearchLanguage language = SearchLanguage.of(lang.getKey());
            for (int t = 0; t < lang.getValue().size(); t++) {
                List<String> words = SearchQuery.words(lang.getValue().get(t));
                JsonNode js = out.path("words").path(lang.getKey()).get(t);
                assertEquals(words.size(), js.size(), lang.getKey() + " text " + t);
                for (int w = 0; w < words.size(); w++) {
                    String word = words.get(w);
                    assertEquals(word, js.get(w).get(0).asText());
                    assertEquals(language.stem(word), js.get(w).get(1).asText(), lang.getKey() + " stem of " + word);
                    assertEquals(language.isStop(word), js.get(w).get(2).asBoolean(), lang.getKey() + " stop " + word);
                    compared++;
                }
            }
        }
        assertTrue(compared > 5000, compared + " words compared");
    }

    private static List<String> contentOf(Path... folders) {
        List<String> texts = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
