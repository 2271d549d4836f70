package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Report pages: every chart drawn, named and described for screen readers, with its data as a table; and printed. */
@BrowserTest
class ReportBrowserTest {
    private static final List<String> HIDDEN_IN_PRINT = List.of(".skip-link", "nav.site-nav", "nav.language-switcher",
            "form.site-search", "nav.breadcrumbs", "nav.pager", ".site-footer", ".cx-figure__files");

    /**
     * What is wrong with one figure as the page draws it: the chart's size, the {@code <title>} and
     * {@code <desc>} its aria-labelledby names, and the data table in the {@code <details>} below it.
     * Returns {id, title, problems}.
     */
    private static final String FIGURE = """
            var figure = arguments[0], problems = [];
            var svgs = figure.querySelectorAll('svg.cx-chart');
            if (svgs.length !== 1) {
              return {id: '', title: '', problems: ['a figure with ' + svgs.length + ' charts: ' + figure.outerHTML.slice(0, 80)]};
            }
            var svg = svgs[0], id = svg.id, box = svg.getBoundingClientRect(), named = {};
            if (!svg.checkVisibility() || box.width < 200 || box.height < 100) {
              problems.push(id + ': not drawn at a readable size: ' + Math.round(box.width) + ' x ' + Math.round(box.height));
            }
            (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).forEach(function (ref) {
              var e = ref && document.getElementById(ref);
              if (e && svg.contains(e)) { named[e.localName] = e.textContent.trim(); }
            });
            if (!named.title || !named.desc) {
              problems.push(id + ': aria-labelledby must name the chart\\'s <title> and <desc>, and both must say something: '
                + JSON.stringify(named));
            }
            var tables = figure.querySelectorAll('details table');
            if (tables.length !== 1) {
              problems.push(id + ': ' + tables.length + ' data tables in a <details>, expected 1');
              return {id: id, title: named.title || '', problems: problems};
            }
            var table = tables[0];
            table.closest('details').open = true;
            if (!table.checkVisibility()) { problems.push(id + ': the data table does not show when its <details> is open'); }
            if (!table.caption || !table.caption.textContent.trim()) { problems.push(id + ': the data table has no caption'); }
            var columns = table.querySelectorAll('thead th[scope=col]').length;
            var rows = table.tBodies.length ? Array.from(table.tBodies[0].rows) : [];
            if (columns < 2 || rows.length === 0) {
              problems.push(id + ': the data table has ' + columns + ' column headers and ' + rows.length + ' rows');
            }
            for (var i = 0; i < rows.length; i++) {
              var headers = rows[i].querySelectorAll('th[scope=row]').length;
              if (rows[i].cells.length !== columns || headers !== 1) {
                problems.push(id + ': row "' + rows[i].textContent.trim() + '" has ' + rows[i].cells.length + ' cells for '
                  + columns + ' columns and ' + headers + ' row headers');
                break;
              }
            }
            return {id: id, title: named.title || '', problems: problems};
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PageTypes.REPORT, "reports/price-change-and-recovery/", "reports/2026-10-what-customers-say/",
        "reports/periods/2026-Q3/"})
    void everyChartHasATextAlternativeAndADataTable(String page, Browser browser) {
        browser.open(page);
        List<WebElement> figures = browser.findAll("figure.cx-figure");
        assertFalse(figures.isEmpty(), "a report page has charts");
        List<String> problems = new ArrayList<>();
        for (WebElement figure : figures) {
            Map<?, ?> checked = (Map<?, ?>) browser.script(FIGURE, figure);
            ((List<?>) checked.get("problems")).forEach(problem -> problems.add(String.valueOf(problem)));
            String id = String.valueOf(checked.get("id"));
            if (id.isEmpty()) {
                continue;
            }
            // What a screen reader is given, from Chromium's accessibility tree: an image named by its title.
            WebElement svg = figure.findElement(By.id(id));
            String role = svg.getAriaRole();
            if (!role.equals("img") && !role.equals("image")) {
                problems.add(id + ": role is " + role + ", not img");
            }
            String title = String.valueOf(checked.get("title"));
            if (!svg.getAccessibleName().startsWith(title)) {
                problems.add(id + ": accessible name '" + svg.getAccessibleName() + "' does not start with the title '"
                        + title + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void dataTableOpensFromTheKeyboard(Browser browser) {
        browser.open(PageTypes.REPORT);
        WebElement details = browser.find("figure.cx-figure details");
        WebElement table = details.findElement(By.cssSelector("table"));
        assertFalse(browser.visible(table), "the table starts folded away");
        WebElement summary = details.findElement(By.cssSelector("summary"));
        browser.script("arguments[0].focus()", summary);
        assertEquals(summary, browser.focused(), "the summary takes keyboard focus");
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> browser.visible(table), "Enter on the summary to show the data table");
        browser.script("arguments[0].closest('figure').scrollIntoView()", table);
        browser.screenshot("report-table-open");
        browser.press(Keys.SPACE);
        browser.waitUntil(d -> !browser.visible(table), "Space on the summary to fold it again");
    }

    @Test
    void chartFilesDownload(Browser browser) throws Exception {
        browser.open(PageTypes.REPORT);
        HttpClient http = HttpClient.newHttpClient();
        for (WebElement link : browser.findAll("figure.cx-figure .cx-figure__files a")) {
            String href = link.getDomProperty("href");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), href);
            String type = response.headers().firstValue("Content-Type").orElse("");
            String expected = href.endsWith(".csv") ? "text/csv" : href.endsWith(".png") ? "image/png" : "image/svg+xml";
            assertTrue(type.startsWith(expected), href + ": " + type);
        }
        browser.screenshotPage("report-full");
        browser.viewport(Browser.PHONE);
        browser.open(PageTypes.REPORT);
        browser.screenshotPage("report-full");
    }

    @Test
    void printingHidesNavigationAndKeepsCharts(Browser browser) throws Exception {
        browser.open(PageTypes.REPORT);
        browser.media("print");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.script("return arguments[0].filter(function (css) {"
                + " return Array.from(document.querySelectorAll(css)).some(function (e) { return e.checkVisibility(); }); })",
                HIDDEN_IN_PRINT);
        assertEquals(List.of(), shown, "navigation, search and chart download links print as nothing");
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) browser.script("return Array.from(document.querySelectorAll('figure.cx-figure svg'))"
                + ".filter(function (svg) { return !svg.checkVisibility() || svg.getBoundingClientRect().width < 200; })"
                + ".map(function (svg) { return svg.id; })");
        assertEquals(List.of(), missing, "every chart prints");
        assertTrue(browser.visible(browser.find("main h1")), "the title prints");
        browser.screenshotPage("report-full");
        Path pdf = browser.printToPdf("report-print");
        assertTrue(Files.size(pdf) > 10_000, "a printed report is a real PDF: " + Files.size(pdf) + " bytes");
    }
}
