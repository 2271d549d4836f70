package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every language all the way: the home from the language's _index.md, site.yaml's texts in the
 * page's language, tag pages and feed per language, a 404 that can speak each language, and the
 * site's phone numbers as tel: links in page text.
 */
class LanguageHomesTest {
    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void build() {
        site = TestSite.write(dir, """
                -- site.yaml --
                title: {en: Nordlys help, sv: Nordlys hjälp}
                description: {en: Help for customers., sv: Hjälp för kunder.}
                footer: {en: A fictional company., sv: Ett påhittat företag.}
                baseUrl: https://x.example/cx/
                languages: [en, sv]
                contact:
                  - channel: phone
                    value: "070-174 06 60"
                -- content/_index.md --
                ---
                title: Welcome
                description: Start here.
                ---
                -- content/guides/nps.md --
                ---
                title: NPS
                date: 2026-10-01
                tags: [metrics]
                ---
                Call 070-174 06 60, not 070-174 06 61, or [our number](tel:+46701740660).
                -- content/sv/_index.md --
                ---
                title: Välkommen
                description: Börja här.
                ---
                -- content/sv/changes/kortare-ko.md --
                ---
                title: Kortare kö
                date: 2026-10-02
                tags: [telefon]
                ---
                Vi svarar fortare på 070-174 06 60.
                """);
        List<Problem> problems = site.build().problems();
        assertEquals(List.of(), problems.stream().map(Problem::format).toList());
    }

    @Test
    void eachHomeTakesItsTitleAndIntroFromItsIndexPage() {
        String sv = site.read("sv/index.html");
        assertTrue(sv.contains("<h1>Välkommen</h1>") && sv.contains("<p class=\"lede\">Börja här.</p>"), sv);
        assertTrue(sv.contains("<title>Nordlys hjälp</title>") && sv.contains("Ett påhittat företag."), sv);
        assertFalse(sv.contains("Nordlys help") || sv.contains("A fictional company."), "no English on the Swedish home");
        assertTrue(site.read("index.html").contains("<h1>Welcome</h1>"));
    }

    @Test
    void tagsAndFeedBelongToTheirLanguage() {
        String change = site.read("sv/changes/kortare-ko/index.html");
        assertTrue(change.contains("href=\"/cx/sv/tags/telefon/\""), "the chip leads to the Swedish tag page");
        assertTrue(change.contains("<a href=\"/cx/sv/tags/\">Alla etiketter</a>"), change);
        assertTrue(change.contains("href=\"/cx/sv/feed.xml\""), "the Swedish feed");
        assertTrue(site.read("sv/tags/index.html").contains("<html lang=\"sv\">"));
        assertFalse(site.read("sv/tags/index.html").contains("metrics"), "only Swedish tags");
        assertFalse(site.exists("tags/telefon/index.html"), "no English page for a Swedish tag");
        String feed = site.read("sv/feed.xml");
        assertTrue(feed.contains("xml:lang=\"sv\"") && feed.contains("<title>Nordlys hjälp</title>")
                && feed.contains("sv/changes/kortare-ko/"), feed);
        assertFalse(feed.contains("guides/nps"), "no English entry in the Swedish feed");
        assertFalse(site.read("feed.xml").contains("kortare-ko"), "no Swedish entry in the English feed");
    }

    @Test
    void theNotFoundPageCarriesEveryLanguage() {
        String page = site.read("404.html");
        assertTrue(page.contains("<div class=\"not-found\" lang=\"sv\" data-home=\"/cx/sv/\" data-title=\"Sidan finns inte\" hidden>"), page);
        assertTrue(page.contains("<a href=\"/cx/sv/\" hreflang=\"sv\" lang=\"sv\">Svenska: Till startsidan</a>"), page);
    }

    @Test
    void theSitesPhoneNumberIsALinkWhereverItIsWritten() {
        String guide = site.read("guides/nps/index.html");
        assertTrue(guide.contains("Call <a href=\"tel:0701740660\">070-174 06 60</a>, not 070-174 06 61"), guide);
        assertTrue(guide.contains("<a href=\"tel:+46701740660\">our number</a>"), "an explicit link stays as written");
        assertTrue(site.read("sv/changes/kortare-ko/index.html").contains("<a href=\"tel:0701740660\">"));
    }
}
