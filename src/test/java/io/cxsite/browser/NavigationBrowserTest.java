package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Getting around as a reader does: menus, breadcrumbs, cards, the language switcher and the 404 page. */
@BrowserTest
class NavigationBrowserTest {
    private static final String BASE = SiteServer.BASE_PATH;

    @Test
    void homeLeadsToAHelpArticleThroughNavigation(Browser browser) {
        browser.open("");
        assertEquals("kind-home", browser.find("body").getDomAttribute("class"));

        browser.follow("nav.site-nav a[href='" + BASE + "help/']");
        assertEquals("help/", browser.sitePath());
        assertEquals("page", browser.find("nav.site-nav a[href='" + BASE + "help/']").getDomAttribute("aria-current"),
                "the menu marks the section the reader is in");
        String helpCentre = browser.find("main h1").getText();

        browser.follow("main a[href='" + BASE + "help/billing/']");
        assertEquals("help/billing/", browser.sitePath());
        String category = browser.find("main h1").getText();

        browser.follow("main .page-list a[href='" + BASE + PageTypes.HELP_ARTICLE + "']");
        assertEquals(PageTypes.HELP_ARTICLE, browser.sitePath());
        String article = browser.find("main h1").getText();
        List<WebElement> crumbs = browser.findAll("nav.breadcrumbs li");
        assertEquals(List.of(helpCentre, category, article),
                crumbs.subList(1, crumbs.size()).stream().map(WebElement::getText).toList(),
                "the breadcrumbs retrace the way down");
        assertEquals("page", browser.find("nav.breadcrumbs li:last-child [aria-current]").getDomAttribute("aria-current"));
        browser.screenshotPage("help-article");

        browser.follow("nav.breadcrumbs a[href='" + BASE + "help/']");
        assertEquals("help/", browser.sitePath(), "the breadcrumb leads back to the help centre");
    }

    @Test
    void languageSwitcherOpensTheTranslationAndComesBack(Browser browser) {
        browser.open(PageTypes.HELP_ARTICLE);
        WebElement current = browser.find("nav.language-switcher [aria-current='true']");
        assertEquals("English", current.getText());
        assertEquals("en", browser.find("html").getDomAttribute("lang"));

        browser.follow("nav.language-switcher a[hreflang='sv']");
        assertEquals("sv/help/billing/betalning-misslyckades/", browser.sitePath());
        assertEquals("sv", browser.find("html").getDomAttribute("lang"));
        assertEquals("Svenska", browser.find("nav.language-switcher [aria-current='true']").getText());
        assertEquals("Språk", browser.find("nav.language-switcher").getDomAttribute("aria-label"),
                "the switcher speaks the page's language");
        assertEquals(alternates(browser).get("en"), browser.url(PageTypes.HELP_ARTICLE),
                "the page names its English original in <link rel=alternate hreflang=en>");
        browser.screenshotPage("language-switched-to-sv");

        browser.follow("nav.language-switcher a[hreflang='en']");
        assertEquals(PageTypes.HELP_ARTICLE, browser.sitePath());
        assertEquals("en", browser.find("html").getDomAttribute("lang"));
    }

    @Test
    void languageSwitcherOnAnUntranslatedPageLeadsToTheOtherLanguagesHome(Browser browser) {
        browser.open("guides/what-is-cx/");
        WebElement swedish = browser.find("nav.language-switcher a[hreflang='sv']");
        assertEquals(BASE + "sv/", swedish.getDomAttribute("href"));
        String title = swedish.getDomAttribute("title");
        assertTrue(title != null && !title.isBlank(), "the link says it goes to the home page, not a translation");
        browser.follow(swedish);
        assertEquals("sv/", browser.sitePath());
        assertEquals("sv", browser.find("html").getDomAttribute("lang"));
    }

    @Test
    void missingPageShowsTheStyled404UnderTheBasePath(Browser browser) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(browser.url("help/no-such-article/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("class=\"kind-404\""), "the server answers with 404.html");

        // Deeper than any real page, so that a relative stylesheet or link would break.
        browser.open("help/billing/no/such/page/");
        assertEquals(404L, browser.script("return performance.getEntriesByType('navigation')[0].responseStatus"));
        assertEquals("kind-404", browser.find("body").getDomAttribute("class"));
        assertTrue(((Number) browser.script("return document.styleSheets[0].cssRules.length")).intValue() > 0,
                "the stylesheet loads from under the base path");
        assertNotEquals("rgba(0, 0, 0, 0)", browser.find(".site-header").getCssValue("background-color"),
                "the header is styled");
        assertEquals(List.of(), browser.consoleErrors().stream()
                .filter(error -> !error.contains("help/billing/no/such/page/")).toList(),
                "nothing but the page itself is missing");
        browser.screenshotPage("not-found-deep-path");

        browser.follow("main a.button[href='" + BASE + "']");
        assertEquals("", browser.sitePath(), "the 404 page leads home, inside the base path");
    }

    private static Map<String, String> alternates(Browser browser) {
        Map<String, String> links = new TreeMap<>();
        for (WebElement link : browser.findAll("link[rel='alternate'][hreflang]")) {
            links.put(link.getDomAttribute("hreflang"), link.getDomAttribute("href"));
        }
        return links;
    }
}
