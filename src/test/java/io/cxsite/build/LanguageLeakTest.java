package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.HelpConfig;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Swedish and Norwegian page of the sample site speaks its own language: none shows an English
 * text of the theme (i18n/en.yaml) or of site.yaml (title, description, footer, contact labels and
 * hours) where the page's language has its own text for the same key. A leak names the page, the
 * text and its key.
 */
class LanguageLeakTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /**
     * Pieces of a chart's sentences rather than texts of their own ("to", "in", "Q{n} {year}"): as
     * whole words they are also Swedish ("logga in") or Norwegian ("to" = two), so a scan of every
     * page cannot tell a leak; ChartLanguageTest checks the charts, where they are used, for them.
     */
    private static final Set<String> FRAGMENTS = Set.of("chartTo", "chartIn", "chartWeekShort", "chartQuarter");

    @TempDir
    static Path out;
    private static Map<String, byte[]> files;
    private static SiteConfig config;

    @BeforeAll
    static void buildSampleSite() throws IOException {
        BuildResult result = SiteBuild.run(new BuildRequest(TestSite.REPO, Optional.of(out.resolve("public")),
                Optional.of("https://acme.github.io/cxsite/"), AudienceScope.tryParse("all"), false, true));
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
        files = TestSite.snapshot(out.resolve("public"));
        config = ConfigLoader.load(TestSite.REPO, new Problems());
    }

    @Test
    void swedishPagesShowNoEnglish() throws IOException {
        assertEquals(List.of(), leaks("sv"));
    }

    @Test
    void norwegianPagesShowNoEnglish() throws IOException {
        assertEquals(List.of(), leaks("nb"));
    }

    @Test
    void theThemeHasEveryWordInSwedishAndNorwegian() throws IOException {
        JsonNode english = YAML.readTree(TestSite.REPO.resolve("themes/default/i18n/en.yaml").toFile());
        for (String lang : List.of("sv", "nb")) {
            JsonNode words = YAML.readTree(TestSite.REPO.resolve("themes/default/i18n/" + lang + ".yaml").toFile());
            List<String> missing = new ArrayList<>();
            english.fieldNames().forEachRemaining(key -> {
                if (!words.hasNonNull(key) || words.get(key).asText().isBlank()) {
                    missing.add(key);
                }
            });
            assertEquals(List.of(), missing, "keys of en.yaml missing from " + lang + ".yaml");
        }
    }

    @Test
    void everyLanguageHasEveryPageKind() {
        for (String lang : List.of("sv", "nb")) {
            for (String page : List.of("index.html", "help/index.html", "tags/index.html", "search/index.html")) {
                assertEquals(true, files.containsKey(lang + "/" + page), lang + "/" + page);
            }
        }
    }

    @Test
    void findsAnEnglishTextAndNamesItsKey() {
        LanguageLeaks scan = new LanguageLeaks(Map.of("popular", "Popular articles", "channelChat", "Chat",
                "searchCount", "{n} results"));
        String html = "<html lang=sv><head><title>Hjälp</title></head><body><h2>Popular articles</h2>"
                + "<p>Chatt</p><form data-text-results=\"{n} results\"></form>"
                + "<a lang=en href=/>Popular articles</a></body></html>";
        assertEquals(List.of("p: \"Popular articles\" (popular) in <h2>", "p: \"{n} results\" (searchCount) in <form> data-text-results"),
                scan.find("p", html, "sv", Map.of("popular", "Populära artiklar", "channelChat", "Chatt",
                        "searchCount", "{n} träffar")).stream().map(Object::toString).sorted().toList());
        assertEquals(List.of(), scan.find("p", html, "sv", Map.of("popular", "Popular articles",
                "searchCount", "{n} results")), "the same text in both languages is a name, not a leak");
    }

    /** A site.yaml text in {@code lang}: its own, or the one text for every language; none when it lacks one. */
    private static void own(Map<String, String> texts, String key, Map<String, String> byLanguage, String lang) {
        String text = byLanguage.containsKey(lang) ? byLanguage.get(lang) : byLanguage.get("");
        if (text != null) {
            texts.put(key, text);
        }
    }

    private List<String> leaks(String lang) throws IOException {
        Map<String, String> english = texts("en");
        english.keySet().removeAll(FRAGMENTS);
        LanguageLeaks scan = new LanguageLeaks(english);
        Map<String, String> local = texts(lang);
        List<String> leaks = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(lang + "/") && path.endsWith(".html")) {
                scan.find(path, new String(bytes, StandardCharsets.UTF_8), lang, local)
                        .forEach(leak -> leaks.add(leak.toString()));
            }
        });
        return leaks;
    }

    /** The theme's words in {@code lang} as its files give them (no English fallback), and site.yaml's texts. */
    private static Map<String, String> texts(String lang) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : List.of(TestSite.REPO.resolve("themes/default/i18n/" + lang + ".yaml"),
                TestSite.REPO.resolve("i18n/" + lang + ".yaml"))) {
            if (Files.isRegularFile(file)) {
                JsonNode words = YAML.readTree(file.toFile());
                words.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            }
        }
        own(texts, "site.title", config.texts().title(), lang);
        own(texts, "site.description", config.texts().description(), lang);
        own(texts, "site.footer", config.texts().footer(), lang);
        for (HelpConfig.Channel channel : config.help().contact()) {
            if (channel.label().containsKey(lang)) {
                texts.put("contact." + channel.kind() + ".label", channel.label().get(lang));
            }
            if (channel.hours().containsKey(lang)) {
                texts.put("contact." + channel.kind() + ".hours", channel.hours().get(lang));
            }
        }
        return texts;
    }
}
