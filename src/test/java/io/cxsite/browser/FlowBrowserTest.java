package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Troubleshooting flows ({@code cx-troubleshoot} blocks) as js/flow.js runs them: one step at a
 * time, the path in the address, Back and Start over, focus on each new step, keyboard alone.
 */
@BrowserTest
class FlowBrowserTest {
    private static final String PAYMENT = "flow-payment-failed";
    private static final String LOGIN = "flow-login-bankid";

    @Test
    void walksAFlowToTheContactBlock(Browser browser) {
        browser.open(PageTypes.HELP_ARTICLE);
        waitForScript(browser, PAYMENT);
        assertEquals(List.of("what-happened"), visibleSteps(browser, PAYMENT));
        WebElement back = browser.find("#" + PAYMENT + " .flow__back");
        assertTrue(browser.visible(back) && !back.isEnabled(), "Back shows, disabled at the first step");
        assertFalse(browser.visible(browser.find("#" + PAYMENT + " .flow__restart")), "Start over hides at the first step");

        answer(browser, PAYMENT, "declined");
        assertEquals("#" + PAYMENT + "=what-happened,declined", browser.hash());
        assertStepHasFocus(browser, PAYMENT, "declined");
        assertEquals(heading(browser, PAYMENT, "declined").getText(),
                browser.find("#" + PAYMENT + " .flow__live").getDomProperty("textContent"),
                "the new step's heading is announced");
        assertTrue(back.isEnabled(), "Back works once a step is taken");

        answer(browser, PAYMENT, "other-way");
        assertEquals("#" + PAYMENT + "=what-happened,declined,other-way", browser.hash());
        browser.script("arguments[0].scrollIntoView()", browser.find("#" + PAYMENT));
        browser.screenshot("flow-step");

        // The last "No" leaves the flow for the page's contact block.
        browser.find("#" + PAYMENT + "-other-way a[data-next='contact']").click();
        browser.waitUntil(d -> browser.hash().equals("#contact"), "the address to name the contact block");
        WebElement contact = browser.find("#contact");
        assertTrue(browser.visible(contact), "the contact block shows");
        assertTrue(inViewport(browser, contact), "the contact block is scrolled into view");
        assertFalse(browser.findAll("#contact .contact-channel").isEmpty(), "it lists ways to reach a person");
    }

    @Test
    void walksAFlowToSolvedThenBackAndStartOver(Browser browser) {
        browser.open("help/account/login-bankid/");
        waitForScript(browser, LOGIN);
        String start = browser.find("#" + LOGIN).getDomAttribute("data-flow-start");
        answer(browser, LOGIN, "device");
        answer(browser, LOGIN, "update-apps");
        answer(browser, LOGIN, "solved");
        assertEquals("#" + LOGIN + "=" + start + ",device,update-apps,solved", browser.hash());
        assertFalse(browser.findAll("#" + LOGIN + "-solved a").isEmpty(), "the end asks what helped");
        browser.script("arguments[0].scrollIntoView()", browser.find("#" + LOGIN));
        browser.screenshot("flow-solved");

        browser.find("#" + LOGIN + " .flow__back").click();
        waitForStep(browser, LOGIN, "update-apps");
        browser.driver().navigate().back();
        waitForStep(browser, LOGIN, "device");
        browser.driver().navigate().forward();
        waitForStep(browser, LOGIN, "update-apps");

        WebElement restart = browser.find("#" + LOGIN + " .flow__restart");
        assertTrue(browser.visible(restart), "Start over shows once a step is taken");
        restart.click();
        waitForStep(browser, LOGIN, start);
        assertEquals("#" + LOGIN + "=" + start, browser.hash());
        assertFalse(browser.find("#" + LOGIN + " .flow__back").isEnabled());
    }

    @Test
    void aSharedAddressOpensTheSameStep(Browser browser) {
        browser.open(PageTypes.HELP_ARTICLE + "#" + PAYMENT + "=what-happened,charged-twice,refund");
        waitForScript(browser, PAYMENT);
        assertEquals(List.of("refund"), visibleSteps(browser, PAYMENT));
        assertTrue(browser.find("#" + PAYMENT + " .flow__back").isEnabled());

        // The anchor a link from a page without script uses: the shortest way there is filled in.
        browser.driver().get("about:blank");
        browser.open(PageTypes.HELP_ARTICLE + "#" + PAYMENT + "-fresh-start");
        waitForScript(browser, PAYMENT);
        assertEquals(List.of("fresh-start"), visibleSteps(browser, PAYMENT));
        assertEquals("#" + PAYMENT + "=what-happened,approval-missing,fresh-start", browser.hash());
    }

    @Test
    void keyboardAloneWalksAFlow(Browser browser) {
        browser.open(PageTypes.HELP_ARTICLE);
        waitForScript(browser, PAYMENT);
        WebElement first = browser.tabTo(e -> "flow__choice".equals(e.getDomAttribute("class")), 80,
                "the first answer of the flow");
        assertEquals("declined", first.getDomAttribute("data-next"));
        browser.press(Keys.ENTER);
        waitForStep(browser, PAYMENT, "declined");
        assertStepHasFocus(browser, PAYMENT, "declined");

        WebElement no = tabWithinStep(browser, PAYMENT, "declined", "flow__answer flow__answer--no");
        assertEquals("other-way", no.getDomAttribute("data-next"));
        browser.press(Keys.ENTER);
        waitForStep(browser, PAYMENT, "other-way");
        assertStepHasFocus(browser, PAYMENT, "other-way");

        browser.tabTo(e -> "flow__back".equals(e.getDomAttribute("class")), 10, "the Back button");
        browser.press(Keys.ENTER);
        waitForStep(browser, PAYMENT, "declined");
        assertStepHasFocus(browser, PAYMENT, "declined");

        browser.tabTo(e -> "flow__restart".equals(e.getDomAttribute("class")), 15, "the Start over button");
        browser.press(Keys.SPACE);
        waitForStep(browser, PAYMENT, "what-happened");
        assertStepHasFocus(browser, PAYMENT, "what-happened");
    }

    private static void waitForScript(Browser browser, String flow) {
        browser.waitUntil(d -> browser.find("#" + flow).getDomAttribute("class").contains("flow--js"),
                "js/flow.js to take over #" + flow);
    }

    /** Clicks the answer leading to step in the step shown now, and waits for step to show. */
    private static void answer(Browser browser, String flow, String step) {
        List<WebElement> links = browser.visible("#" + flow + " .flow__step a[data-next='" + step + "']");
        assertEquals(1, links.size(), "one answer on the shown step " + visibleSteps(browser, flow) + " leads to " + step);
        links.get(0).click();
        waitForStep(browser, flow, step);
    }

    private static void waitForStep(Browser browser, String flow, String step) {
        browser.waitUntil(d -> visibleSteps(browser, flow).equals(List.of(step)),
                "#" + flow + " to show only step " + step);
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleSteps(Browser browser, String flow) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#' + arguments[0] + ' .flow__step'))"
                + ".filter(function (s) { return s.checkVisibility(); })"
                + ".map(function (s) { return s.getAttribute('data-step'); })", flow);
    }

    private static WebElement heading(Browser browser, String flow, String step) {
        return browser.find("#" + flow + "-" + step + " .flow__title");
    }

    private static void assertStepHasFocus(Browser browser, String flow, String step) {
        assertEquals(heading(browser, flow, step), browser.focused(),
                "focus moves to the heading of step " + step + ", not " + Browser.describe(browser.focused()));
    }

    /** Tabs to the link with that class, failing if focus leaves the shown step on the way. */
    private static WebElement tabWithinStep(Browser browser, String flow, String step, String linkClass) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            seen.add(Browser.describe(focused));
            assertTrue((Boolean) browser.script("return arguments[0].closest('.flow__step') === arguments[1]",
                    focused, browser.find("#" + flow + "-" + step)), "Tab left the shown step: " + seen);
            if (linkClass.equals(focused.getDomAttribute("class"))) {
                return focused;
            }
        }
        throw new AssertionError("no " + linkClass + " in step " + step + " by Tab: " + seen);
    }

    private static boolean inViewport(Browser browser, WebElement element) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= -1 && r.top < window.innerHeight;", element);
    }
}
