package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.metrics.MetricsTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report blocks and flows are drawn by partial templates, which a site or theme overrides file by
 * file like any other template, and which escape what they print.
 */
class PartialTemplatesTest {
    @TempDir
    Path dir;

    private static final String REPORT = """
            -- site.yaml --
            title: Reports
            baseUrl: https://acme.example/cx/
            audience: all
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/reports/_index.md --
            ---
            title: Reports
            audience: internal
            ---
            -- content/reports/q3.md --
            ---
            title: Q3
            ---
            ```cx-kpi nps churnRate period=2026-09
            Up <b>again</b> & on target
            ```

            ```cx-chart nps-trend
            ```
            """ + MetricsTest.QUARTER;

    private static final String FLOW = """
            -- site.yaml --
            title: Help
            baseUrl: https://acme.example/support/
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/help/router.md --
            ---
            title: Router
            ---
            ```cx-troubleshoot
            steps:
              lights:
                title: Look at the <lights>
                no: cable
              cable:
                title: Check the cable
                no: contact
            ```
            """;

    private static final String OWN_CARDS = """
            -- templates/partials/kpi-cards.peb --
            <ol class="my-cards" data-period="{{ cards.period }}">
            {% for card in cards.cards %}
            <li data-kpi="{{ card.key }}">{{ card.name }}: {{ card.value }} ({{ card.status }})</li>
            {% endfor %}
            </ol>
            <p>{{ cards.caption }}</p>
            """;

    private static final String OWN_FLOW = """
            -- templates/partials/flow.peb --
            <ol class="my-flow" id="{{ flow.id }}">
            {% for step in flow.steps %}
            <li id="{{ flow.id }}-{{ step.id }}">{{ step.title }} / {{ t.flowNo }}</li>
            {% endfor %}
            </ol>
            """;

    private String build(String files, String page) {
        TestSite site = TestSite.write(dir, files);
        assertEquals(List.of(), site.build().problems());
        return site.read(page);
    }

    @Test
    void aSiteKpiCardsPartialChangesTheCardsOnTheDashboard() {
        String page = build(REPORT + OWN_CARDS, "reports/q3/index.html");
        assertTrue(page.contains("<ol class=\"my-cards\" data-period=\"September 2026\">\n"
                + "<li data-kpi=\"nps\">NPS: +33.3 (met)</li>\n"
                + "<li data-kpi=\"churnRate\">Churn rate: 1.0 % (met)</li>\n</ol>\n"), page);
        assertFalse(page.contains("kpi-card"), "the theme's cards are replaced, not added to");
        assertTrue(page.contains("<figure class=\"cx-figure\">"), "other blocks keep the theme's partials");
    }

    @Test
    void whatAPartialPrintsIsEscapedUnlessCxsiteMadeTheMarkup() {
        String page = build(REPORT + OWN_CARDS, "reports/q3/index.html");
        assertTrue(page.contains("<p>Up &lt;b&gt;again&lt;/b&gt; &amp; on target</p>"), page);
        // The chart writer's SVG and table come through as markup.
        assertTrue(page.contains("<div class=\"cx-figure__chart\"><svg "), page);
        assertTrue(page.contains("<table class=\"cx-data\" tabindex=\"0\">"), page);
    }

    @Test
    void aSiteFlowPartialChangesTheFlowAndGetsTheThemesWords() {
        String page = build(FLOW + OWN_FLOW, "help/router/index.html");
        assertTrue(page.contains("<ol class=\"my-flow\" id=\"flow-router\">\n"
                + "<li id=\"flow-router-lights\">Look at the &lt;lights&gt; / No, it did not help</li>\n"
                + "<li id=\"flow-router-cable\">Check the cable / No, it did not help</li>\n</ol>\n"), page);
        assertFalse(page.contains("flow__step"), page);
    }

    @Test
    void aThemeWithoutPartialsGetsTheDefaultThemesOnes() {
        StringBuilder theme = new StringBuilder("-- site.yaml --\ntitle: Help\nbaseUrl: https://acme.example/\n"
                + "theme: plain\n");
        for (String name : List.of("home", "section", "help", "page", "tags", "tag", "404")) {
            theme.append("-- themes/plain/templates/").append(name).append(".peb --\n")
                    .append("<h1>{{ page.title }}</h1>\n{{ page.content | raw }}\n");
        }
        String page = build(FLOW.replaceFirst("(?s)-- site.yaml --.*?-- content/", "-- content/") + theme,
                "help/router/index.html");
        assertTrue(page.startsWith("<h1>Router</h1>\n"), page);
        assertTrue(page.contains("<section class=\"flow__step\" id=\"flow-router-lights\" data-step=\"lights\">"),
                page);
    }
}
