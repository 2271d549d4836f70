package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code search: synonyms:}: groups of words per language, every mistake at its own line. */
class SearchConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://x.example/\nlanguages: [en, sv]\n" + yaml);
        return ConfigLoader.load(dir, problems);
    }

    private static List<String> texts(List<List<SearchConfig.Word>> groups) {
        return groups.stream().map(g -> String.join("~", g.stream().map(SearchConfig.Word::text).toList())).toList();
    }

    @Test
    void groupsAreReadPerLanguageWithWhereEachWordIs() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                search:
                  synonyms:
                    sv: [[funkar, fungerar], [wifi, wlan, trådlöst]]
                    en:
                      - [wifi, wlan, wireless]
                """, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("funkar~fungerar", "wifi~wlan~trådlöst"), texts(config.search().synonyms("sv")));
        assertEquals(List.of("wifi~wlan~wireless"), texts(config.search().synonyms("en")));
        assertEquals(new SearchConfig.Word("fungerar", 6, 19), config.search().synonyms("sv").get(0).get(1));
        assertEquals(List.of(), load("", problems).search().synonyms("en"), "no search: key, no synonyms");
    }

    @Test
    void everyMistakeIsAnErrorAtItsLineAndColumn() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                search:
                  synonym: x
                  synonyms:
                    de: [[auto, wagen]]
                    sv: [[funkar], [wifi, 3], wlan, [bra, fint]]
                    en: [["", wlan], [router, {a: b}]]
                """, problems);
        assertEquals(List.of(
                "site.yaml:5:3: error: unknown search key 'synonym' (did you mean 'synonyms'?); the keys are synonyms",
                "site.yaml:7:5: error: synonyms for 'de', which is not one of the site's languages (en, sv); add it"
                        + " to 'languages:' or use one of those codes",
                "site.yaml:8:10: error: a synonym group needs at least two words, such as [wifi, wlan]; this one has 1",
                "site.yaml:8:27: error: a synonym is a word written as text, such as wifi (write a number or"
                        + " true/false in quotes: \"3\"), found 3",
                "site.yaml:8:31: error: a synonym group is a list of words that mean the same, such as [wifi, wlan],"
                        + " found 'wlan'",
                "site.yaml:9:11: error: a synonym is a word written as text, such as wifi (write a number or"
                        + " true/false in quotes: \"3\"), found ''",
                "site.yaml:9:31: error: a synonym is a word written as text, such as wifi (write a number or"
                        + " true/false in quotes: \"3\"), found a mapping"),
                problems.sorted().stream().map(Problem::format).toList());
        assertEquals(List.of("bra~fint"), texts(config.search().synonyms("sv")), "the right groups stay");
        assertEquals(List.of(), config.search().synonyms("de"));
    }

    @Test
    void searchAndSynonymsMustBeMappings() throws Exception {
        Problems problems = new Problems();
        load("search: [wifi, wlan]\n", problems);
        load("search:\n  synonyms: [[wifi, wlan]]\n", problems);
        load("search:\n  synonyms:\n    en: [wifi, wlan]\n", problems);
        assertEquals(List.of(
                "site.yaml:4:9: error: 'search:' is a mapping such as {synonyms: {en: [[wifi, wlan, wireless]]}},"
                        + " found a list",
                "site.yaml:5:13: error: 'synonyms:' maps a language to its groups of words, such as {sv: [[funkar,"
                        + " fungerar]], en: [[wifi, wlan, wireless]]}, found a list",
                "site.yaml:6:10: error: a synonym group is a list of words that mean the same, such as [wifi, wlan],"
                        + " found 'wifi'",
                "site.yaml:6:16: error: a synonym group is a list of words that mean the same, such as [wifi, wlan],"
                        + " found 'wlan'"),
                problems.sorted().stream().map(Problem::format).toList());
    }
}
