package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * The help centre on a phone, in every language: no page scrolls sideways at 375 px, the contact
 * block shows every value, hours and response time, a flow's last "No" moves focus to the contact
 * block, the help home has one search box and the categories on the first screen of a 375 x 667
 * phone, and the Swedish and Norwegian pages pass axe at 375 px.
 */
@BrowserTest
class PhoneBrowserTest {
    /** A small phone (iPhone SE): what must show without scrolling shows on this one. */
    private static final Browser.Viewport SMALL_PHONE = new Browser.Viewport("small phone", 375, 667, true);
    private static final Path OUTPUT = TestSite.REPO.resolve("target/browser-site");

    @Test
    void noHelpPageScrollsSidewaysAt375Pixels(Browser browser) throws IOException {
        browser.viewport(Browser.PHONE);
        List<String> failures = new ArrayList<>();
        List<String> pages = helpPages();
        assertTrue(pages.size() >= 60, "help pages in three languages: " + pages.size());
        for (String page : pages) {
            browser.open(page);
            Map<?, ?> overflow = LayoutBrowserTest.overflow(browser);
            if (((Number) overflow.get("scrollWidth")).longValue() > 375) {
                failures.add(page + ": " + overflow);
            }
        }
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help/contact/", "sv/help/kontakt/", "nb/help/kontakt/", "nb/help/billing/efaktura/"})
    void contactBlockAndTablesShowEveryValueOnAPhone(String page, Browser browser) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        List<WebElement> channels = browser.findAll("#contact .contact-channel");
        assertTrue(channels.size() >= 4, "the sample's four channels: " + channels.size());
        for (WebElement channel : channels) {
            for (String part : List.of(".contact-channel__value a", ".contact-channel__hours",
                    ".contact-channel__response")) {
                List<WebElement> found = channel.findElements(org.openqa.selenium.By.cssSelector(part));
                if (found.isEmpty()) {
                    continue; // a channel without hours
                }
                WebElement element = found.get(0);
                var rect = element.getRect();
                assertTrue(browser.visible(element) && rect.getWidth() > 0 && rect.getX() >= 0
                        && rect.getX() + rect.getWidth() <= 375, part + " on screen in " + Browser.describe(channel)
                        + " on " + page + ": x " + rect.getX() + ", width " + rect.getWidth());
            }
        }
        for (WebElement cell : browser.findAll(".article--help .content td")) {
            var rect = cell.getRect();
            assertTrue(rect.getX() >= 0 && rect.getX() + rect.getWidth() <= 375, "a table cell of the article off"
                    + " screen on " + page + ": " + Browser.describe(cell) + " at x " + rect.getX() + ", width "
                    + rect.getWidth());
        }
        String phone = browser.find("#contact .contact-channel--phone .contact-channel__value a").getDomAttribute("href");
        assertTrue(phone.startsWith("tel:"), "the number is a tel: link: " + phone);
        assertTrue(browser.findAll("#main .content a[href^='tel:']").size() > 0 || !page.contains("onta"),
                "the number in the article's table is a tel: link too");
        browser.screenshotPage("phone-contact-" + page.replaceAll("[^a-z0-9]+", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help/account/login-bankid/", "sv/help/account/logga-in-med-bankid/",
            "nb/help/account/logg-inn-med-bankid/", PageTypes.HELP_ARTICLE})
    void focusMovesToTheContactBlockAfterTheLastNo(String page, Browser browser) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        WebElement jump = browser.find(".flow-jump a");
        String flow = jump.getDomAttribute("href");
        jump.click();
        assertTrue(browser.hash().startsWith(flow), "'Fix it step by step' leads to the flow: " + browser.hash());
        for (int step = 0; step < 12; step++) {
            List<WebElement> no = browser.visible(".flow__answer--no");
            if (!no.isEmpty()) {
                boolean last = "contact".equals(no.get(0).getDomAttribute("data-next"));
                no.get(0).click();
                if (last) {
                    WebElement focused = browser.focused();
                    assertEquals("contact", focused.getDomAttribute("id"), "focus after the last No on " + page
                            + ": " + Browser.describe(focused));
                    return;
                }
            } else {
                browser.visible(".flow__choice").get(0).click();
            }
        }
        throw new AssertionError("no last No reached on " + page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help/", "sv/help/", "nb/help/"})
    void helpHomeShowsSearchThenCategoriesOnTheFirstScreen(String page, Browser browser) {
        browser.viewport(SMALL_PHONE);
        browser.open(page);
        browser.screenshot("phone-help-home-" + page.replaceAll("[^a-z]+", "-"));
        assertEquals(1, browser.findAll("input[type=search]").size(), "one search box on " + page);
        var search = browser.find("input[type=search]").getRect();
        var categories = browser.find("#categories-heading").getRect();
        var firstCategory = browser.find(".help-categories .card").getRect();
        assertTrue(search.getY() + search.getHeight() <= 667, "the search box above the fold: " + search.getY());
        assertTrue(categories.getY() > search.getY(), "categories come after the search box");
        assertTrue(firstCategory.getY() + firstCategory.getHeight() <= 667,
                "the first category above the fold on " + page + ": " + firstCategory.getY());
        assertEquals(1, browser.findAll(".popular-list").size(), "one list of top articles");
        assertEquals(0, browser.findAll("#main .content table").size(), "no table repeating the top articles");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sv/", "sv/help/", "sv/help/kontakt/", "sv/help/account/logga-in-med-bankid/",
            "sv/tags/", "sv/tags/hjalp/", "sv/search/?q=faktura", "nb/", "nb/help/", "nb/help/kontakt/",
            "nb/help/account/logg-inn-med-bankid/", "nb/help/billing/stromregningen-linje-for-linje/",
            "nb/help/broadband/koble-til-ruteren/", "nb/tags/", "nb/tags/hjelp/", "nb/finnes-ikke/"})
    void swedishAndNorwegianPagesPassAxeOnAPhone(String page, Browser browser, Axe axe) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        axe.assertNoViolations(browser, "375 px " + browser.url(page));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sv/finns-inte/", "nb/finnes-ikke/"})
    void notFoundSpeaksTheLanguageOfTheAddress(String page, Browser browser) {
        browser.open(page);
        String lang = page.substring(0, 2);
        assertEquals(lang, browser.script("return document.documentElement.lang"));
        WebElement heading = browser.visible(".not-found h1").get(0);
        assertEquals(lang.equals("sv") ? "Sidan finns inte" : "Fant ikke siden", heading.getText());
        assertEquals("en", browser.find(".site-header").getDomAttribute("lang"), "the header stays English, and says so");
    }

    /** Every help page the sample site has, in every language, by its path under the base URL. */
    private static List<String> helpPages() throws IOException {
        List<String> pages = new ArrayList<>();
        for (String folder : List.of("help", "sv/help", "nb/help")) {
            try (Stream<Path> files = Files.walk(OUTPUT.resolve(folder))) {
                files.filter(f -> f.getFileName().toString().equals("index.html"))
                        .map(f -> OUTPUT.relativize(f.getParent()).toString().replace('\\', '/') + "/")
                        .filter(p -> !isRedirect(p)).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    private static boolean isRedirect(String page) {
        try {
            return Files.readString(OUTPUT.resolve(page).resolve("index.html")).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
