package io.cxsite.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through the system chromedriver, looking at the site under test.
 * Viewport, colour scheme and media type are set through the DevTools protocol and stay set
 * across navigations until {@link #reset()} (which every test starts with).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CXSITE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CXSITE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
    static final Viewport PHONE = new Viewport("phone", 375, 812, true);

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int SCREENSHOT_MAX_HEIGHT = 4000;

    /** A viewport in CSS pixels; {@code mobile} makes Chromium honour the page's meta viewport. */
    record Viewport(String name, int width, int height, boolean mobile) {
    }

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private Viewport viewport = DESKTOP;
    private String scheme = "light";
    private String media = "screen";

    private Browser(ChromeDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start(String baseUrl, Path screenshots) throws IOException {
        // Selenium Manager would otherwise look for (and try to download) a driver and a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine has no network but loopback: the background-networking flags stop Chromium
        // from trying to reach Google's services at every start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--hide-scrollbars", "--lang=en-GB", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(screenshots);
        Browser browser = new Browser(driver, baseUrl, screenshots);
        browser.reset();
        return browser;
    }

    /** Desktop viewport, light colour scheme, screen media, reduced motion; a blank page. */
    void reset() {
        driver.get("about:blank");
        viewport(DESKTOP);
        this.scheme = "light";
        this.media = "screen";
        emulateMedia();
    }

    // ---------- Where the browser is ----------

    /** Opens a path of the site ({@code help/}, {@code search/?q=bill}); returns after the load event. */
    void open(String sitePath) {
        driver.get(url(sitePath));
    }

    /** Clicks a link and waits for the page it leads to. */
    void follow(WebElement link) {
        String before = driver.getCurrentUrl();
        String what = describe(link);
        link.click();
        waitUntil(d -> !d.getCurrentUrl().equals(before) && "complete".equals(script("return document.readyState")),
                "a new page after clicking " + what + " on " + before);
    }

    /** Clicks the first element matching css, which must be a link, and waits for the page it leads to. */
    void follow(String css) {
        follow(waitForVisible(css));
    }

    String url(String sitePath) {
        return baseUrl + sitePath;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The current address relative to the site's base URL, query and fragment included. */
    String sitePath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    String hash() {
        String fragment = URI.create(driver.getCurrentUrl()).getRawFragment();
        return fragment == null ? "" : "#" + fragment;
    }

    // ---------- Finding and waiting ----------

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The elements matching css that are rendered and not hidden by CSS, in document order. One
     * round trip, where {@link WebElement#isDisplayed()} costs one per element.
     */
    @SuppressWarnings("unchecked")
    List<WebElement> visible(String css) {
        return (List<WebElement>) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.checkVisibility({visibilityProperty: true}); })", css);
    }

    boolean visible(WebElement element) {
        return Boolean.TRUE.equals(script("return arguments[0].checkVisibility({visibilityProperty: true})", element));
    }

    /** The first element that matches css and is visible, waiting for it. */
    WebElement waitForVisible(String css) {
        return waitUntil(d -> {
            List<WebElement> shown = visible(css);
            return shown.isEmpty() ? null : shown.get(0);
        }, "a visible " + css + " on " + sitePath());
    }

    <T> T waitUntil(Function<WebDriver, T> condition, String what) {
        try {
            // Pages redraw lists as they update (search results per keystroke): an element found a moment ago may
            // be gone, which means "not yet", not failure.
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + WAIT.toSeconds() + " s waiting for " + what, e);
        }
    }

    /** The element that has focus, described for an assertion message. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    static String describe(WebElement element) {
        String id = element.getDomAttribute("id");
        String className = element.getDomAttribute("class");
        String text = element.getText().strip();
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id)
                + (className == null || className.isEmpty() ? "" : " class='" + className + "'") + ">"
                + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }

    // ---------- Keyboard and scripts ----------

    /** Presses keys on whatever has focus, as a person at a keyboard does. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until {@code reached} holds for the focused element; fails after {@code max} presses. */
    WebElement tabTo(java.util.function.Predicate<WebElement> reached, int max, String what) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            press(Keys.TAB);
            WebElement element = focused();
            if (reached.test(element)) {
                return element;
            }
            seen.add(describe(element));
        }
        throw new AssertionError("Tab never reached " + what + " in " + max + " presses on " + sitePath()
                + "; focus went through:\n  " + String.join("\n  ", seen));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Runs a script whose last argument is a callback; the value given to it is returned. */
    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Console errors since the last call (uncaught exceptions, failed loads, the icon among them). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    WebDriver driver() {
        return driver;
    }

    // ---------- Emulation ----------

    void viewport(Viewport size) {
        this.viewport = size;
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(), "height", size.height(),
                "deviceScaleFactor", 1, "mobile", size.mobile()));
    }

    Viewport viewport() {
        return viewport;
    }

    /** {@code light} or {@code dark}: what {@code prefers-color-scheme} answers. */
    void colourScheme(String scheme) {
        this.scheme = scheme;
        emulateMedia();
    }

    String colourScheme() {
        return scheme;
    }

    /** {@code screen} or {@code print}: the CSS media type the page is styled for. */
    void media(String type) {
        this.media = type;
        emulateMedia();
    }

    private void emulateMedia() {
        cdp("Emulation.setEmulatedMedia", Map.of(
                "media", media.equals("screen") ? "" : media,
                "features", List.of(
                        Map.of("name", "prefers-color-scheme", "value", scheme),
                        // flow.js scrolls instantly under reduced motion, so positions settle at once.
                        Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    // ---------- Pictures for people ----------

    /**
     * What the viewport shows, as target/browser-screenshots/NAME-VIEWPORT[-dark][-print].png: the
     * first screen a reader sees.
     */
    Path screenshot(String name) {
        return capture(name, Map.of("format", "png", "optimizeForSpeed", true));
    }

    /** The whole page, up to {@value #SCREENSHOT_MAX_HEIGHT} px of it, named as {@link #screenshot}. */
    Path screenshotPage(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) cdp("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double width = Math.max(((Number) size.get("width")).doubleValue(), viewport.width());
        double height = Math.min(((Number) size.get("height")).doubleValue(), SCREENSHOT_MAX_HEIGHT);
        return capture(name, Map.of("format", "png", "optimizeForSpeed", true, "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    }

    private Path capture(String name, Map<String, Object> parameters) {
        Map<String, Object> shot = cdp("Page.captureScreenshot", parameters);
        String file = name + "-" + viewport.name() + (scheme.equals("dark") ? "-dark" : "")
                + (media.equals("print") ? "-print" : "") + ".png";
        return write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The page printed to an A4 PDF, as a person printing it would get it. */
    Path printToPdf(String name) {
        PrintOptions options = new PrintOptions();
        options.setBackground(true);
        return write(name + ".pdf", Base64.getDecoder().decode(driver.print(options).getContent()));
    }

    private Path write(String file, byte[] bytes) {
        try {
            Path path = screenshots.resolve(file);
            Files.write(path, bytes);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
