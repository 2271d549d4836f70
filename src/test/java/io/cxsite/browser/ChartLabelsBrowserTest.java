package io.cxsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chart text as Chromium lays it out, measured with element boxes: on the reports dashboard, the
 * newest month and quarter pages and every report page, at 1280 and 375 px, no two labels overlap,
 * no label sits partly over a bar or under a line drawn over it (or on a target line at all), none
 * is cut off by its chart, text is at least 11 px on a phone, and nothing scrolls sideways; the
 * dashboard's charts use the width, two side by side.
 */
@BrowserTest
class ChartLabelsBrowserTest {
    static final String DASHBOARD = "reports/";
    static final String NEWEST_MONTH = "reports/periods/2026-10/";
    static final String NEWEST_QUARTER = "reports/periods/2026-Q4/";
    /** Overlaps smaller than this (in px) are rounding, not a collision. */
    private static final double SLACK = 1;

    /**
     * Every visible text of every chart checked against the others, the bars, the lines and its
     * chart's box; returns {problems, smallest (font size in px), texts (how many were measured)}.
     */
    private static final String LABELS = """
            var slack = arguments[0], problems = [], smallest = 1000, texts = 0;
            function shown(e) { return e.checkVisibility() && getComputedStyle(e).display !== 'none'; }
            function overlap(a, b) {
              return Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack
                && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
            }
            function within(a, b) {
              return a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack;
            }
            function name(t) { return '"' + t.textContent.trim() + '"'; }
            document.querySelectorAll('svg.cx-chart').forEach(function (svg) {
              if (!shown(svg)) { return; }
              var box = svg.getBoundingClientRect(), id = svg.id;
              var all = Array.from(svg.querySelectorAll('*'));
              var labels = Array.from(svg.querySelectorAll('text')).filter(function (t) {
                return shown(t) && t.getBoundingClientRect().width > 0;
              });
              var scale = svg.getScreenCTM().a;
              labels.forEach(function (t, i) {
                texts++;
                var r = t.getBoundingClientRect();
                smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
                if (!within(r, box)) { problems.push(id + ': ' + name(t) + ' is cut off by the chart'); }
                for (var j = i + 1; j < labels.length; j++) {
                  if (overlap(r, labels[j].getBoundingClientRect())) {
                    problems.push(id + ': ' + name(t) + ' overlaps ' + name(labels[j]));
                  }
                }
                svg.querySelectorAll('rect.cx-bar').forEach(function (bar) {
                  var b = bar.getBoundingClientRect();
                  if (overlap(r, b) && !within(r, b)) { problems.push(id + ': ' + name(t) + ' sits partly over a bar'); }
                });
                var at = all.indexOf(t);
                svg.querySelectorAll('line, path.cx-line').forEach(function (line) {
                  var drawnOver = all.indexOf(line) > at, target = line.classList.contains('cx-target');
                  if ((drawnOver || target) && !line.closest('.cx-legend') && overlap(r, line.getBoundingClientRect())) {
                    problems.push(id + ': ' + name(t) + (target ? ' is crossed by the target line' : ' is under a line drawn over it'));
                  }
                });
              });
            });
            return {problems: problems.slice(0, 40), smallest: smallest, texts: texts};
            """;

    /** Boxes of the shown charts: [left, top, right, bottom] each. */
    private static final String CHART_BOXES = """
            return Array.from(document.querySelectorAll('svg.cx-chart')).filter(function (s) { return s.checkVisibility(); })
              .map(function (s) { var r = s.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
            """;

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (String page : List.of(DASHBOARD, NEWEST_MONTH, NEWEST_QUARTER, PageTypes.REPORT,
                "reports/price-change-and-recovery/", "reports/2026-10-what-customers-say/")) {
            pages.add(Arguments.of(page, Browser.DESKTOP));
            pages.add(Arguments.of(page, Browser.PHONE));
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pages")
    void chartLabelsNeitherOverlapNorClip(String page, Browser.Viewport viewport, Browser browser) {
        browser.viewport(viewport);
        browser.open(page);
        Map<?, ?> measured = (Map<?, ?>) browser.script(LABELS, SLACK);
        assertTrue(((Number) measured.get("texts")).intValue() > 0, page + " has chart text");
        assertEquals(List.of(), measured.get("problems"), page + " at " + viewport.width() + " px");
        if (viewport.equals(Browser.PHONE)) {
            double smallest = ((Number) measured.get("smallest")).doubleValue();
            assertTrue(smallest >= 11, page + ": the smallest chart text is " + smallest + " px at 375 px");
            Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth.intValue() <= 375, page + " scrolls sideways at 375 px: " + scrollWidth);
        }
    }

    @Test
    void reportPagesShowEveryReportFromTheSection(Browser browser) {
        browser.open(DASHBOARD);
        @SuppressWarnings("unchecked")
        List<String> reports = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('main a[href*="/reports/"]')).map(function (a) {
                  return new URL(a.href).pathname; }).filter(function (p) {
                  return /\\/reports\\/[^/]+\\/$/.test(p) && !/\\/periods\\/$/.test(p); });
                """);
        List<String> checked = pages().map(a -> (String) a.get()[0]).toList();
        List<String> unchecked = reports.stream().distinct()
                .filter(path -> checked.stream().noneMatch(page -> path.endsWith("/" + page))).toList();
        assertEquals(List.of(), unchecked, "every report page the dashboard lists is measured above");
    }

    @Test
    void dashboardChartsUseTheWidthTwoSideBySide(Browser browser) {
        browser.open(DASHBOARD);
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) browser.script(CHART_BOXES);
        assertFalse(boxes.isEmpty(), "the dashboard has charts");
        double left = boxes.stream().mapToDouble(b -> b.get(0).doubleValue()).min().orElseThrow();
        double right = boxes.stream().mapToDouble(b -> b.get(2).doubleValue()).max().orElseThrow();
        assertTrue(right - left >= 0.7 * 1280, "charts span " + Math.round(right - left) + " px of 1280");
        boolean sideBySide = false;
        for (List<Number> a : boxes) {
            for (List<Number> b : boxes) {
                boolean apart = a.get(2).doubleValue() <= b.get(0).doubleValue();
                boolean level = Math.min(a.get(3).doubleValue(), b.get(3).doubleValue())
                        > Math.max(a.get(1).doubleValue(), b.get(1).doubleValue());
                sideBySide |= apart && level;
            }
        }
        assertTrue(sideBySide, "at least two charts side by side at 1280 px");
        browser.screenshotPage("dashboard");
        browser.colourScheme("dark");
        browser.screenshotPage("dashboard");
        browser.viewport(Browser.PHONE);
        browser.open(DASHBOARD);
        browser.screenshotPage("dashboard");
        browser.colourScheme("light");
        browser.screenshotPage("dashboard");
    }

    @Test
    void periodPageScreenshots(Browser browser) {
        for (Browser.Viewport viewport : List.of(Browser.DESKTOP, Browser.PHONE)) {
            for (String scheme : List.of("light", "dark")) {
                browser.viewport(viewport);
                browser.colourScheme(scheme);
                browser.open(NEWEST_MONTH);
                browser.screenshotPage("period-month");
            }
        }
    }
}
