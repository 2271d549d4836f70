package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The header search box (results as you type, an ARIA combobox) and the search page, with the
 * mouse and with the keyboard alone.
 */
@BrowserTest
class SearchBrowserTest {
    private static final String BASE = SiteServer.BASE_PATH;
    private static final String BOX = "form.site-search input[name='q']";
    private static final String POPUP = "form.site-search [role='listbox']";
    private static final String OPTIONS = POPUP + " [role='option']";

    @Test
    void showsResultsAsYouType(Browser browser) {
        browser.open("");
        WebElement box = browser.find(BOX);
        box.click();
        typeSlowly(box, "bankid");

        waitForResult(browser, BASE + "help/account/login-bankid/");
        assertEquals("combobox", box.getDomAttribute("role"));
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        assertEquals(browser.find(POPUP).getDomAttribute("id"), box.getDomAttribute("aria-controls"));
        assertFalse(browser.findAll(POPUP + " mark").isEmpty(), "the matched words are marked");
        String status = browser.find("form.site-search [role='status']").getDomProperty("textContent");
        assertTrue(status.matches("\\d+ results|1 result"), "the count is announced: " + status);
        browser.screenshot("search-as-you-type");

        box.sendKeys(Keys.ESCAPE, Keys.ESCAPE);
        assertEquals("", box.getDomProperty("value"), "Escape closes the list, then empties the box");
        typeSlowly(box, "xqzvw");
        // The list is redrawn after every keystroke: wait for the last one's, and read it afresh.
        String empty = OPTIONS + "[aria-disabled='true']";
        browser.waitUntil(d -> browser.visible(empty).stream().anyMatch(e -> e.getText().contains("xqzvw")),
                "the empty result for xqzvw, which says what was searched for");

        box.sendKeys(Keys.ESCAPE, Keys.ESCAPE);
        typeSlowly(box, "bankid");
        followResult(browser, BASE + "help/account/login-bankid/");
        assertEquals("help/account/login-bankid/", browser.sitePath());
    }

    @Test
    void findsPagesDespiteATypoOrMissingAccents(Browser browser) {
        browser.open("");
        WebElement box = browser.find(BOX);
        box.click();
        typeSlowly(box, "invoise");
        waitForResult(browser, BASE + "help/billing/e-invoice/");

        browser.open("sv/");
        box = browser.find(BOX);
        box.click();
        typeSlowly(box, "matarstallning");
        waitForResult(browser, BASE + "sv/help/electricity/matarstallning/");
    }

    @Test
    void findsAWordWithASlipInItsFirstTwoLetters(Browser browser) {
        // The word's own term shard has nothing near it: the typo keys are fetched and lead to it.
        browser.open("");
        WebElement box = browser.find(BOX);
        box.click();
        typeSlowly(box, "bnakid");
        waitForResult(browser, BASE + "help/account/login-bankid/");

        browser.open("sv/");
        box = browser.find(BOX);
        box.click();
        typeSlowly(box, "fkatura");
        waitForResult(browser, BASE + "sv/help/billing/e-faktura/");
    }

    @Test
    void keyboardAloneFindsAndOpensAResult(Browser browser) {
        browser.open("");
        browser.press(Keys.TAB);
        assertEquals("skip-link", browser.focused().getDomAttribute("class"), "the skip link is the first stop");
        WebElement box = browser.tabTo(e -> "site-search-input".equals(e.getDomAttribute("id")), 20, "the search box");
        browser.press("payment");
        browser.waitForVisible(OPTIONS);
        List<WebElement> options = browser.findAll(OPTIONS);
        assertTrue(options.size() >= 2, "payment finds more than one page, found " + options.size());

        browser.press(Keys.ARROW_DOWN);
        assertActive(box, options.get(0));
        browser.press(Keys.ARROW_DOWN);
        assertActive(box, options.get(1));
        browser.press(Keys.ARROW_UP);
        assertActive(box, options.get(0));
        assertEquals(box, browser.focused(), "focus stays in the box while the arrows move through the results");

        browser.press(Keys.ESCAPE);
        assertEquals("false", box.getDomAttribute("aria-expanded"), "Escape closes the list");
        assertEquals("payment", box.getDomProperty("value"), "and keeps what was typed");

        browser.press(Keys.ARROW_DOWN);
        assertEquals("true", box.getDomAttribute("aria-expanded"), "Down opens it again");
        String target = browser.find(OPTIONS + "[aria-selected='true']").getDomAttribute("href");
        String before = browser.sitePath();
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> !browser.sitePath().equals(before), "Enter to open the chosen result");
        assertEquals(target, BASE + browser.sitePath());
    }

    @Test
    void searchPageListsResultsAndKeepsTheQueryInTheAddress(Browser browser) {
        browser.open("");
        WebElement box = browser.find(BOX);
        box.click();
        box.sendKeys("invoice");
        browser.waitForVisible(OPTIONS);
        String before = browser.sitePath();
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> !browser.sitePath().equals(before), "Enter without a chosen result to open the search page");
        assertEquals("search/?q=invoice", browser.sitePath());

        WebElement input = browser.find("#search-page-input");
        assertEquals("invoice", input.getDomProperty("value"));
        browser.waitUntil(d -> browser.findAll("ol.search-results a").size() >= 2, "results on the search page");
        assertFalse(browser.find(".search-page [role='status']").getText().isBlank(), "the count is shown");
        browser.screenshot("search-page");

        input.click();
        browser.press(Keys.ARROW_DOWN);
        List<WebElement> links = browser.findAll("ol.search-results a");
        assertEquals(links.get(0), browser.focused(), "Down moves from the box to the first result");
        browser.press(Keys.ARROW_DOWN);
        assertEquals(links.get(1), browser.focused());
        browser.press(Keys.ESCAPE);
        assertEquals(input, browser.focused(), "Escape goes back to the box");

        input.clear();
        typeSlowly(input, "autogiro");
        browser.waitUntil(d -> browser.sitePath().equals("search/?q=autogiro"), "the address to follow the query");
        browser.waitUntil(d -> browser.findAll("ol.search-results a[href='" + BASE + "help/billing/autogiro/']").size() == 1,
                "the autogiro article among the results");
    }

    @Test
    void theHelpCentresBoxSearchesCustomerHelpWithAVisibleFilterForTheRest(Browser browser) {
        browser.open("help/");
        WebElement box = browser.find("form.site-search--hero input[name='q']");
        box.sendKeys("bankid not working", Keys.ENTER);
        browser.waitUntil(d -> browser.sitePath().startsWith("search/?q=bankid"), "the search page");
        browser.waitUntil(d -> !browser.findAll("ol.search-results a").isEmpty(), "results");
        assertTrue(browser.sitePath().endsWith("&scope=help"), browser.sitePath());
        List<String> help = hrefs(browser);
        assertEquals(BASE + "help/account/login-bankid/", help.get(0), "stop words need not match: " + help);
        assertTrue(help.stream().noneMatch(h -> h.contains("/guides/") || h.contains("/reports/")), "customer help only: " + help);
        WebElement helpOnly = browser.find("input[name='scope'][value='help']");
        assertTrue(helpOnly.isDisplayed() && helpOnly.isSelected(), "the filter says what is searched");
        assertFalse(browser.findAll("ol.search-results .search-hit__text mark").isEmpty(), "snippets mark the matched words");

        browser.find("input[name='scope'][value='all']").click();
        browser.waitUntil(d -> hrefs(browser).stream().anyMatch(h -> h.contains("/guides/")),
                "the whole site, staff guides included, once the reader asks for it");
        assertFalse(browser.sitePath().contains("scope=help"), browser.sitePath());
    }

    @Test
    void noResultsOffersTheMostAskedArticlesAndTheContactBlockInThePagesLanguage(Browser browser) {
        browser.open("sv/search/?q=xqzvw&scope=help");
        browser.waitUntil(d -> browser.find(".search-empty").isDisplayed(), "the block for no results");
        WebElement empty = browser.find(".search-empty");
        assertTrue(empty.getText().contains("Behöver du fortfarande hjälp?"), "the contact block, in Swedish: " + empty.getText());
        assertFalse(empty.findElements(By.cssSelector("a[href^='tel:'], .contact-channel a")).isEmpty(), empty.getText());
        browser.screenshot("search-no-results");
        WebElement input = browser.find("#search-page-input");
        input.clear();
        typeSlowly(input, "autogiro");
        browser.waitUntil(d -> !browser.find(".search-empty").isDisplayed(), "the block gone once something matches");
    }

    private static List<String> hrefs(Browser browser) {
        return browser.findAll("ol.search-results a").stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private static void typeSlowly(WebElement box, String text) {
        for (char c : text.toCharArray()) {
            box.sendKeys(String.valueOf(c));
        }
    }

    /** Waits for the popup to list a result linking to href, and returns that link. */
    private static WebElement waitForResult(Browser browser, String href) {
        try {
            return browser.waitUntil(d -> {
                List<WebElement> links = browser.visible(OPTIONS + "[href='" + href + "']");
                return links.isEmpty() ? null : links.get(0);
            }, "a result linking to " + href);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the popup shows: " + popupText(browser), e);
        }
    }

    /**
     * Clicks the result linking to href and waits for its page. The list is redrawn after each
     * keystroke's search, which may land between finding the link and clicking it: a link gone
     * stale is found again.
     */
    private static void followResult(Browser browser, String href) {
        String before = browser.sitePath();
        browser.waitUntil(d -> {
            waitForResult(browser, href).click();
            return true;
        }, "a click on the result linking to " + href);
        browser.waitUntil(d -> !browser.sitePath().equals(before)
                && "complete".equals(browser.script("return document.readyState")), "the page of " + href);
    }

    private static String popupText(Browser browser) {
        List<WebElement> popup = browser.findAll(POPUP);
        return popup.isEmpty() ? "(no popup)" : popup.get(0).getDomProperty("textContent");
    }

    private static void assertActive(WebElement box, WebElement option) {
        assertEquals(option.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
        assertEquals("true", option.getDomAttribute("aria-selected"));
    }
}
