package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/** How pages look: a dark palette when the reader prefers one, and a 375 px phone without sideways scrolling. */
@BrowserTest
class LayoutBrowserTest {
    /** Colours, luminance and contrast as WCAG 2 defines them, in the page. */
    private static final String COLOURS = """
            function rgb(text) {
              var m = text.match(/[\\d.]+/g) || ['0', '0', '0', '0'];
              return {r: +m[0], g: +m[1], b: +m[2], a: m.length > 3 ? +m[3] : 1};
            }
            function luminance(c) {
              function channel(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            }
            function contrast(a, b) {
              var x = luminance(a), y = luminance(b);
              return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            }
            function background(e) {
              for (; e && e.nodeType === 1; e = e.parentElement) {
                var c = rgb(getComputedStyle(e).backgroundColor);
                if (c.a > 0.5) { return c; }
              }
              return rgb(getComputedStyle(document.documentElement).backgroundColor);
            }
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", PageTypes.HELP_ARTICLE, PageTypes.REPORT, "search/?q=bill"})
    void darkSchemeFollowsThePreference(String page, Browser browser) {
        browser.open(page);
        Map<?, ?> light = palette(browser);
        assertTrue(((Number) light.get("background")).doubleValue() > 0.6, "light by default: " + light);

        browser.colourScheme("dark");
        Map<?, ?> dark = palette(browser);
        assertTrue(((Number) dark.get("background")).doubleValue() < 0.05, "a dark page background: " + dark);
        assertTrue(((Number) dark.get("contrast")).doubleValue() >= 7, "body text stands out from it: " + dark);
        assertTrue(((Number) dark.get("header")).doubleValue() < 0.05, "a dark header: " + dark);
        assertEquals(List.of(), lowContrastChartText(browser), "chart text in the dark palette");
        String name = page.isEmpty() ? "home" : page.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        if (page.startsWith("search/")) {
            browser.screenshot(name);
        } else {
            browser.screenshotPage(name);
        }
    }

    @Test
    void chartTextIsReadableInTheLightScheme(Browser browser) {
        for (String page : List.of(PageTypes.REPORT, "reports/price-change-and-recovery/",
                "reports/2026-10-what-customers-say/")) {
            browser.open(page);
            assertEquals(List.of(), lowContrastChartText(browser), "chart text on " + page);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cxsite.browser.PageTypes#all")
    void fitsA375PixelPhoneWithoutSidewaysScrolling(String name, String page, Browser browser) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        Map<?, ?> overflow = overflow(browser);
        browser.screenshot(name);
        assertEquals(375L, overflow.get("clientWidth"), "the page is laid out for the phone's width");
        assertTrue(((Number) overflow.get("scrollWidth")).longValue() <= 375,
                name + " scrolls sideways at 375 px: " + overflow);
    }

    @Test
    void searchResultsFitAPhone(Browser browser) {
        browser.viewport(Browser.PHONE);
        browser.open(PageTypes.HELP_ARTICLE);
        WebElement box = browser.find("form.site-search input[name='q']");
        box.click();
        box.sendKeys("bill");
        WebElement popup = browser.waitForVisible("form.site-search [role='listbox']");
        browser.screenshot("search-as-you-type");
        assertTrue(popup.getRect().getX() >= 0 && popup.getRect().getX() + popup.getRect().getWidth() <= 375,
                "the results popup stays on screen: " + popup.getRect().getX() + " + " + popup.getRect().getWidth());
        assertTrue(((Number) overflow(browser).get("scrollWidth")).longValue() <= 375, "and adds no sideways scrolling");
    }

    private static Map<?, ?> palette(Browser browser) {
        return (Map<?, ?>) browser.script(COLOURS + """
                var body = getComputedStyle(document.body);
                var bg = background(document.body);
                return {background: luminance(bg), contrast: contrast(rgb(body.color), bg),
                  header: luminance(background(document.querySelector('.site-header')))};
                """);
    }

    /** Every chart text (but labels drawn inside bars) whose contrast with what is behind it is under 4.5:1. */
    @SuppressWarnings("unchecked")
    private static List<String> lowContrastChartText(Browser browser) {
        return (List<String>) browser.script(COLOURS + """
                var low = [];
                document.querySelectorAll('svg.cx-chart text').forEach(function (t) {
                  if (t.closest('.cx-inside') || t.getBBox().width === 0) { return; }
                  var ratio = contrast(rgb(getComputedStyle(t).fill), background(t.closest('svg').parentElement));
                  if (ratio < 4.5) {
                    low.push(t.closest('svg').id + ' text.' + (t.getAttribute('class') || '') + ' "' + t.textContent
                      + '" ' + getComputedStyle(t).fill + ' ' + ratio.toFixed(2) + ':1');
                  }
                });
                return low.slice(0, 20);
                """);
    }

    /** The page's scroll width, its viewport width, and the elements that stick out past it. */
    static Map<?, ?> overflow(Browser browser) {
        return (Map<?, ?>) browser.script("""
                var width = document.documentElement.clientWidth;
                var out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width === 0 || r.right <= width + 1) { return; }
                  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') { return; }
                  }
                  var name = e.localName + (e.id ? '#' + e.id : '');
                  if (typeof e.className === 'string' && e.className.trim()) {
                    name += '.' + e.className.trim().split(/\\s+/).join('.');
                  }
                  out.push(name + ' (right edge ' + Math.round(r.right) + ')');
                });
                return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, sticking: out.slice(0, 12)};
                """);
    }
}
