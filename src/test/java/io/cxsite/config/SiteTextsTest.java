package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's title, description and footer: one text for every language, or one per language. */
class SiteTextsTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\nbaseUrl: https://x.example/\nlanguage: en\nlanguages: [en, sv, nb]\n"
                + yaml);
        return ConfigLoader.load(dir, problems);
    }

    @Test
    void plainTextsServeEveryLanguage() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("title: Nordlys\ndescription: Help\nfooter: Fictional\n", problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals("Nordlys", config.title());
        assertEquals("Nordlys", config.texts().title("sv"));
        assertEquals("Help", config.texts().description("nb"));
        assertEquals("Fictional", config.footer());
    }

    @Test
    void textsPerLanguageFallBackToTheSiteLanguage() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                title: {en: Nordlys help, sv: Nordlys hjälp}
                footer:
                  en: Fictional.
                  nb: Oppdiktet.
                """, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals("Nordlys help", config.title(), "the site language's text is the plain title");
        assertEquals("Nordlys hjälp", config.texts().title("sv"));
        assertEquals("Nordlys help", config.texts().title("nb"), "no nb title: the site language's");
        assertEquals("Oppdiktet.", config.texts().footer("nb"));
        assertEquals("Fictional.", config.texts().footer("sv"));
        assertEquals("", config.texts().description("sv"));
    }

    @Test
    void everyMistakeIsAnErrorAtItsLine() throws Exception {
        Problems problems = new Problems();
        load("""
                title:
                  sv: Nordlys hjälp
                  de: Nordlys Hilfe
                description: {en: [a, b]}
                footer: [one, two]
                """, problems);
        List<String> errors = problems.sorted().stream().map(Problem::format).map(l -> l.substring(0,
                l.indexOf(';') > 0 ? l.indexOf(';') : l.length())).toList();
        assertEquals(List.of(
                "site.yaml:4:1: error: 'title:' needs a text for the site's language 'en', which every language"
                        + " without its own text shows",
                "site.yaml:6:3: error: 'title:' has a text for 'de', which is not one of the site's languages (en,"
                        + " sv, nb)",
                "site.yaml:7:19: error: 'description: en:' takes a text, not a list",
                "site.yaml:8:9: error: 'footer' must be a text value, found a list"), errors);
    }
}
