package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.serve.ServeUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's loop in a real browser: {@code cxsite serve} runs on a small site, a page is open in
 * Chromium, and the test edits the page's Markdown as an author would. The page must reload with
 * the change by itself; a broken edit must show its problem over the page, which keeps the last
 * good build, and the fix must clear it.
 */
@BrowserTest
class LiveReloadBrowserTest {
    @TempDir
    Path dir;

    @Test
    void anOpenPageReloadsAfterAnEditAndShowsTheProblemsOfABrokenOne(Browser browser) throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        Path alpha = site.resolve("content/guides/alpha.md");
        browser.consoleErrors(); // those of earlier tests
        try (ServeUnderTest serve = ServeUnderTest.start(site)) {
            browser.driver().get(serve.base() + "guides/alpha/");
            assertTrue(main(browser).contains("The first version."), main(browser));
            listening(browser);
            // A reload makes a new window object: the mark is gone only if the page really reloaded.
            browser.script("window.cxsiteTestMark = true");

            Files.writeString(alpha, "---\ntitle: Alpha\n---\nThe second version.\n");
            browser.waitUntil(d -> main(browser).contains("The second version.")
                    && browser.script("return window.cxsiteTestMark") == null, "the page to reload with the edit");
            listening(browser);

            Files.writeString(alpha, "---\ntitle: Alpha\nThe front matter never closes.\n");
            String overlay = browser.waitForVisible("#cxsite-problems").getText();
            assertTrue(overlay.contains("content/guides/alpha.md:1:1: error:"), overlay);
            assertTrue(overlay.contains("never closed"), overlay);
            assertEquals("alert", browser.find("#cxsite-problems").getDomAttribute("role"));
            assertTrue(main(browser).contains("The second version."), "the last good page stays under the problems");
            browser.screenshot("live-reload-problems");

            browser.script("window.cxsiteTestMark = true");
            Files.writeString(alpha, "---\ntitle: Alpha\n---\nFixed.\n");
            browser.waitUntil(d -> main(browser).contains("Fixed.")
                    && browser.script("return window.cxsiteTestMark") == null, "the page to reload with the fix");
            assertTrue(browser.findAll("#cxsite-problems").isEmpty(), "the fix clears the problems");
            assertEquals(List.of(), browser.consoleErrors());
            // Leave before serve stops, so that no reconnecting page logs errors into the next test.
            browser.driver().get("about:blank");
        }
    }

    private static String main(Browser browser) {
        return browser.find("main").getText();
    }

    /** Waits until the page's live-reload stream is open, so that no edit happens before it listens. */
    private static void listening(Browser browser) {
        browser.waitUntil(d -> "listening".equals(browser.script("return document.documentElement.dataset.cxsiteLive")),
                "the live-reload stream to open");
    }
}
