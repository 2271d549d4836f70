package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * axe-core on one page of every kind, light and dark, and in the states scripts create (the search
 * popup open, a flow half walked), with no violation of any impact allowed; the skip link and
 * a visible focus for keyboard users.
 */
@BrowserTest
class AccessibilityBrowserTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cxsite.browser.PageTypes#all")
    void pageHasNoAccessibilityViolations(String name, String page, Browser browser, Axe axe) {
        browser.open(page);
        browser.consoleErrors();
        // Folded data tables are checked too.
        browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        browser.screenshot(name);
        axe.assertNoViolations(browser, name + " (" + browser.url(page) + ")");
        if (!name.equals("not-found")) {
            assertEquals(List.of(), browser.consoleErrors(), "script errors or failed loads on " + name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", PageTypes.HELP_ARTICLE, PageTypes.REPORT})
    void darkPageHasNoAccessibilityViolations(String page, Browser browser, Axe axe) {
        browser.colourScheme("dark");
        browser.open(page);
        browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        axe.assertNoViolations(browser, "dark " + browser.url(page));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PageTypes.HELP_ARTICLE, PageTypes.REPORT})
    void phonePageHasNoAccessibilityViolations(String page, Browser browser, Axe axe) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        axe.assertNoViolations(browser, "375 px " + browser.url(page));
    }

    @Test
    void openSearchPopupHasNoAccessibilityViolations(Browser browser, Axe axe) {
        browser.open("");
        WebElement box = browser.find("form.site-search input[name='q']");
        box.click();
        box.sendKeys("payment");
        browser.waitForVisible("form.site-search [role='option']");
        box.sendKeys(Keys.ARROW_DOWN);
        axe.assertNoViolations(browser, "home with the search popup open");
    }

    @Test
    void halfWalkedFlowHasNoAccessibilityViolations(Browser browser, Axe axe) {
        browser.open(PageTypes.HELP_ARTICLE + "#flow-payment-failed=what-happened,declined");
        browser.waitForVisible("#flow-payment-failed-declined");
        axe.assertNoViolations(browser, "a flow at its second step");
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesFocusToTheContent(Browser browser) {
        browser.open(PageTypes.HELP_ARTICLE);
        browser.press(Keys.TAB);
        WebElement skip = browser.focused();
        assertEquals("skip-link", skip.getDomAttribute("class"));
        assertTrue(browser.visible(skip) && skip.getRect().getY() >= 0 && skip.getRect().getHeight() > 10,
                "the skip link shows when focused: " + skip.getRect());
        browser.press(Keys.ENTER);
        assertEquals("main", browser.focused().getDomAttribute("id"), "focus moves to the main content");
        browser.press(Keys.TAB);
        assertTrue((Boolean) browser.script("return document.getElementById('main').contains(arguments[0])",
                browser.focused()), "the next Tab stays in the content: " + Browser.describe(browser.focused()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", PageTypes.HELP_ARTICLE})
    void everyTabStopShowsWhereFocusIs(String page, Browser browser) {
        browser.open(page);
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browser.press(Keys.TAB);
            // One round trip per stop: the focused element, and what is wrong with its focus indicator.
            Object stop = browser.script("""
                    var e = document.activeElement;
                    if (!e || e === document.body) { return null; }
                    var r = e.getBoundingClientRect();
                    var name = '<' + e.localName + '> ' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40);
                    if (r.width < 1 || r.height < 1) { return name + ' has no size'; }
                    // The ring may be drawn by the element or by a close ancestor through :focus-within (cards).
                    for (var n = e, depth = 0; n && depth < 4; n = n.parentElement, depth++) {
                      var s = getComputedStyle(n);
                      if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== 'none')) {
                        return '';
                      }
                    }
                    return name + ' has no outline or focus ring';
                    """);
            if (stop == null) {
                break;
            }
            if (!"".equals(stop)) {
                invisible.add(String.valueOf(stop));
            }
        }
        assertEquals(List.of(), invisible, "keyboard focus is visible on " + browser.url(page));
    }
}
