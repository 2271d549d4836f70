package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The help centre in two languages: translations linked by path, the switcher and hreflang, the
 * theme's words and dates per language, and what every help article ends with (latest change on
 * its topic, "Was this helpful?", related articles, the contact block with response times).
 */
class HelpCentreTest {
    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void build() {
        site = TestSite.write(dir, """
                -- site.yaml --
                title: Nordlys
                baseUrl: https://x.example/cx/
                languages: [en, sv]
                responseExpectations: {phone: 5m, email: 1h, default: 24h}
                contact:
                  - channel: phone
                    label: {en: Customer service, sv: Kundservice}
                    value: "070-174 06 60"
                    hours: {en: "Weekdays 8-18", sv: "Vardagar 8-18"}
                  - channel: email
                    value: help@nordlys.example
                  - channel: social
                    value: https://social.example/nordlys
                    responseTime: 90m
                helpful:
                  email: feedback@nordlys.example
                -- content/_index.md --
                ---
                title: Home
                ---
                -- content/help/_index.md --
                ---
                title: Help centre
                ---
                -- content/help/billing/_index.md --
                ---
                title: Bills
                description: Bills and payments.
                ---
                -- content/help/billing/payment-failed.md --
                ---
                title: When a payment fails
                date: 2026-11-03
                weight: 1
                topics: [billing]
                tags: [payment]
                ---
                Try again.
                -- content/help/billing/autogiro.md --
                ---
                title: Direct debit
                topics: [billing]
                ---
                Set it up.
                -- content/help/moving.md --
                ---
                title: Moving house
                tags: [payment]
                ---
                Tell us.
                -- content/help/outage.md --
                ---
                title: Power outage
                topics: [outages]
                ---
                Wait.
                -- content/changes/2026-02-clearer-bill.md --
                ---
                title: A clearer bill
                date: 2026-02-01
                topics: [billing]
                ---
                -- content/changes/2025-12-older.md --
                ---
                title: An older change
                date: 2025-12-01
                topics: [billing]
                ---
                -- content/sv/_index.md --
                ---
                title: Hem
                ---
                -- content/sv/help/_index.md --
                ---
                title: Hjälp
                ---
                -- content/sv/help/billing/payment-failed.md --
                ---
                title: När en betalning misslyckas
                slug: betalning-misslyckades
                date: 2026-11-03
                topics: [billing]
                ---
                Försök igen.
                -- content/help/faq/_index.md --
                ---
                title: Questions
                ---
                -- content/sv/help/faq/_index.md --
                ---
                title: Frågor
                draft: true
                ---
                """);
        List<String> problems = site.build().problems().stream().map(Problem::format).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void translationsAreLinkedByPathWithASwitcherAndHreflang() {
        String en = site.read("help/billing/payment-failed/index.html");
        String sv = site.read("sv/help/billing/betalning-misslyckades/index.html");
        assertTrue(sv.contains("<html lang=\"sv\">"), "the folder sets the language");
        for (String page : List.of(en, sv)) {
            assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://x.example/cx/help/billing/"
                    + "payment-failed/\">"), page);
            assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"sv\" href=\"https://x.example/cx/sv/help/"
                    + "billing/betalning-misslyckades/\">"), page);
            assertTrue(page.contains("hreflang=\"x-default\" href=\"https://x.example/cx/help/billing/payment-failed/\""));
        }
        assertTrue(en.contains("<a href=\"/cx/sv/help/billing/betalning-misslyckades/\" hreflang=\"sv\" lang=\"sv\">"
                + "Svenska</a>"), "the switcher leads to the translation");
        String untranslated = site.read("help/moving/index.html");
        assertTrue(untranslated.contains("<a href=\"/cx/sv/\" hreflang=\"sv\" lang=\"sv\" title=\"Svenska: Go to the"
                + " home page\">Svenska</a>"), "without a translation the switcher leads to that language's home");
        assertFalse(untranslated.contains("hreflang=\"sv\" href="), "no alternate where there is no translation");
        String draftTranslation = site.read("help/faq/index.html");
        assertFalse(draftTranslation.contains("sv/help/faq/"),
                "a draft translation is not built, so nothing leads to it");
    }

    @Test
    void eachLanguageHasItsOwnHomeMenuWordsAndDates() {
        String sv = site.read("sv/help/billing/betalning-misslyckades/index.html");
        assertTrue(sv.contains("Hoppa till innehållet"), "the theme's Swedish words");
        assertTrue(sv.contains("<time datetime=\"2026-11-03\">3 november 2026</time>"), "dates in Swedish");
        assertTrue(sv.contains("<a class=\"site-title\" href=\"/cx/sv/\">"), "the title leads to the Swedish home");
        assertTrue(menu(sv).equals(List.of("/cx/sv/help/")), "the Swedish menu: " + menu(sv));
        String home = site.read("index.html");
        assertEquals(List.of("/cx/changes/", "/cx/help/"), menu(home), "the English menu has no Swedish section");
        assertFalse(home.contains("href=\"/cx/sv/\" class"), home);
        assertFalse(site.read("sv/index.html").contains("class=\"breadcrumbs\""), "a language home has no crumbs");
        String breadcrumbs = sv.substring(sv.indexOf("class=\"breadcrumbs\""), sv.indexOf("</nav>",
                sv.indexOf("class=\"breadcrumbs\"")));
        assertTrue(breadcrumbs.startsWith("class=\"breadcrumbs\" aria-label=\"Brödsmulor\">\n  <ol>\n    <li><a"
                + " href=\"/cx/sv/\">Hem</a></li>"), breadcrumbs);
    }

    @Test
    void everyHelpArticleEndsWithTheLatestChangeHelpfulRelatedAndContact() {
        String page = site.read("help/billing/payment-failed/index.html");
        assertTrue(page.contains("Last updated <time datetime=\"2026-11-03\">3 November 2026</time>"), page);
        String change = section(page, "latest-change");
        assertTrue(change.contains("/cx/changes/2026-02-clearer-bill/\">A clearer bill</a>"), "the newest change on"
                + " the topic, not the older one: " + change);
        String helpful = section(page, "helpful");
        assertTrue(helpful.contains("href=\"mailto:feedback@nordlys.example?subject=Was%20this%20article%20helpful%3F"
                + "%20When%20a%20payment%20fails&amp;body=Yes%0Ahttps%3A%2F%2Fx.example%2Fcx%2Fhelp%2Fbilling%2F"
                + "payment-failed%2F\""), helpful);
        List<String> related = Pattern.compile("<li><a href=\"([^\"]+)\"").matcher(section(page, "related"))
                .results().map(m -> m.group(1)).toList();
        assertEquals(List.of("/cx/help/billing/autogiro/", "/cx/help/moving/"), related,
                "a shared topic counts more than a shared tag; unrelated pages and changes stay out");
        String contact = section(page, "contact-block");
        assertTrue(contact.contains("<h3 class=\"contact-channel__name\">Customer service</h3>"), contact);
        assertTrue(contact.contains("<a href=\"tel:0701740660\">070-174 06 60</a>"), contact);
        assertTrue(contact.contains("Open: Weekdays 8-18"), contact);
        assertTrue(contact.contains("First answer within <strong>5 minutes</strong>"), "phone: responseExpectations");
        assertTrue(contact.contains("<a href=\"mailto:help@nordlys.example\">"), contact);
        assertTrue(contact.contains("First answer within <strong>1 hour</strong>"), "e-mail: responseExpectations");
        assertTrue(contact.contains("First answer within <strong>90 minutes</strong>"), "social: its own responseTime");
        assertTrue(contact.contains("<a href=\"https://social.example/nordlys\">Send us a message</a>"),
                "a web address gets a call to action: " + contact);

        String sv = site.read("sv/help/billing/betalning-misslyckades/index.html");
        assertTrue(sv.contains("Behöver du fortfarande hjälp?") && sv.contains("Kundservice")
                && sv.contains("Första svar inom <strong>5 minuter</strong>") && sv.contains("Öppet: Vardagar 8-18"),
                "the contact block in Swedish");
        assertFalse(sv.contains("class=\"latest-change\""), "no Swedish change page exists");
        assertFalse(site.read("changes/2026-02-clearer-bill/index.html").contains("class=\"helpful\""),
                "only help articles get the help extras");
    }

    @Test
    void theHelpHomeShowsCategoriesPinnedArticlesAndContact() {
        String help = site.read("help/index.html");
        assertTrue(help.contains("<form class=\"site-search site-search--hero\" role=\"search\" action=\"/cx/search/\""),
                "the search box up front");
        assertEquals(1, help.split("role=\"search\"", -1).length - 1, "and the only one on the page");
        assertTrue(section(help, "popular-list").contains("/cx/help/billing/payment-failed/"), "weighted = pinned");
        assertFalse(section(help, "popular-list").contains("/cx/help/moving/"), "unweighted pages are not pinned");
        assertTrue(help.contains("<a href=\"/cx/help/billing/\">Bills</a>") && help.contains("Bills and payments."));
        assertTrue(help.contains("id=\"contact\""));
    }

    private static List<String> menu(String html) {
        String nav = html.substring(html.indexOf("<nav class=\"site-nav\""), html.indexOf("</nav>",
                html.indexOf("<nav class=\"site-nav\"")));
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
        return m.results().map(r -> r.group(1)).toList();
    }

    private static String section(String html, String cssClass) {
        int start = html.indexOf("class=\"" + cssClass);
        assertTrue(start >= 0, "no " + cssClass + " in the page");
        int end = html.indexOf("</section>", start);
        int ul = html.indexOf("</ul>", start);
        return html.substring(start, cssClass.endsWith("-list") ? ul : end);
    }
}
