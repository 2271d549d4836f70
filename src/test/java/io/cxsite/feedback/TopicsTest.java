package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics from topics.yaml, and which comments they match. */
class TopicsTest {
    @TempDir
    Path dir;

    static final String TOPICS = """
            -- content/topics.yaml --
            topics:
              - id: billing
                label: {en: Bills, sv: Fakturor}
                keywords:
                  en: [bill*, invoice*, price*]
                  sv: [faktur*, räkning*, pris*]
                  nb: [faktura*, regning*, pris*]
              - id: cancellation
                critical: true
                label: {en: Cancelling}
                keywords:
                  en: [cancel*, "switch supplier"]
                  sv: ["säga upp", "byta leverantör"]
                  nb: ["si opp", "bytte leverandør"]
            """;

    private Topics load() throws Exception {
        TestSite.write(dir, TOPICS);
        Problems problems = new Problems();
        Topics topics = TopicsLoader.load(dir, problems);
        assertEquals(List.of(), problems.sorted());
        return topics;
    }

    @Test
    void matchingIgnoresCaseAndDiacriticsAndStemsMatchWordBeginnings() throws Exception {
        Topics topics = load();
        assertEquals(List.of(0), topics.match("RAKNINGEN var alldeles för hög", "sv"), "räkning* without diacritics");
        assertEquals(List.of(0), topics.match("Fakturan kom två gånger", "sv"));
        assertEquals(List.of(), topics.match("Bra service", "sv"));
        assertEquals(List.of(), topics.match("the billboard", "sv"), "Swedish comments use Swedish keywords");
        assertEquals(List.of(0), topics.match("the billboard", "en"), "a stem matches any word that starts with it");
        assertEquals(List.of(1), topics.match("Jeg vil si opp avtalen", "nb"), "a phrase matches words in a row");
        assertEquals(List.of(), topics.match("si ikke opp", "nb"), "not when other words come between");
        assertEquals(List.of(1), topics.match("jag ska SÄGA UPP mitt avtal", ""), "no language: every language's keywords");
        assertEquals(List.of(1), topics.match("Vi bytter leverandør, bytte leverandor nå", "nb"), "ø matches o");
        assertEquals(List.of(0, 1), topics.match("Price went up so I cancel", "en"));
    }

    @Test
    void mistakesInTopicsYamlAreErrorsAtTheirLine() throws Exception {
        TestSite.write(dir, """
                -- content/topics.yaml --
                topics:
                  - id: Billing
                    keywords: {en: [bill*]}
                  - id: waits
                    keywrods: {en: [wait*]}
                  - id: staff
                    keywords: {en: ["*"]}
                    critical: yes please
                """);
        Problems problems = new Problems();
        TopicsLoader.load(dir, problems);
        assertEquals(List.of(
                "content/topics.yaml:2:5: error: a topic needs an 'id:' of lower-case letters, digits and hyphens,"
                        + " such as billing",
                "content/topics.yaml:4:5: error: topic 'waits' needs 'keywords:' per language, such as"
                        + " {en: [bill*], sv: [faktur*], nb: [faktura*]}",
                "content/topics.yaml:5:5: error: unknown topic key 'keywrods' (did you mean 'keywords'?)",
                "content/topics.yaml:7:21: error: an empty keyword would match every comment",
                "content/topics.yaml:8:15: error: 'critical' is true or false"),
                problems.sorted().stream().map(Problem::format).toList());
    }
}
