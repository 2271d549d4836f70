package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildResult;
import io.cxsite.build.TestSite;
import io.cxsite.config.ConfigLoader;
import io.cxsite.content.ContentLoader;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import io.cxsite.site.SiteAssembler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Troubleshooting flows on built pages: without script every answer is a link to an anchor on the
 * same page, so a reader walks the flow by following hrefs; the script is loaded only where a flow is.
 */
class FlowPagesTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Help
            baseUrl: https://acme.example/support/
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/help/contact.md --
            ---
            title: Contact us
            ---
            ## Chat
            -- content/help/plain.md --
            ---
            title: No flow here
            ---
            Just text.
            -- content/help/bankid.md --
            ---
            title: BankID does not start
            ---
            ## Find the fix

            ```cx-troubleshoot
            start: device
            tellUs: contact.md
            steps:
              device:
                question: Which device do you use BankID on?
                choices:
                  iPhone or iPad: update-app
                  Android: update-app
                  A computer: desktop
              update-app:
                title: Update the BankID app
                body: |
                  Open the **App Store** or **Google Play** and tap **Update**.
                  Then [chat with us](contact.md#chat) if it still fails.
                no: restart
              restart:
                title: Restart your phone
                body: Hold the side button.
                no: contact
              desktop:
                title: Use the BankID app on your phone instead
                no: contact
            ```

            ```cx-troubleshoot
            steps:
              router:
                title: Restart the <router>
                no: cable
              cable:
                title: Check the cable
                no: contact
            ```
            -- content/guides/router.md --
            ---
            title: Router
            ---
            ```cx-troubleshoot
            steps:
              lights:
                title: Look at the lights
                no: contact
            ```
            """;

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern ANSWER = Pattern.compile(
            "<a class=\"flow__(?:choice|answer)[^\"]*\" href=\"#([^\"]+)\" data-next=\"[^\"]+\">([^<]+)</a>");
    private static final Pattern HREF = Pattern.compile("href=\"#([^\"]*)\"");

    private String build(String files, String page) {
        TestSite site = TestSite.write(dir, files);
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems());
        return site.read(page);
    }

    /** The ids on the page, each once. */
    private static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), "id '" + m.group(1) + "' is used twice");
        }
        return ids;
    }

    /** The section with {@code id}, from its opening tag to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"flow__step");
        int at = html.indexOf(" id=\"" + id + "\"", start);
        assertTrue(at >= 0, "no step #" + id);
        return html.substring(html.lastIndexOf("<section", at), html.indexOf("</section>", at));
    }

    /** The answers of a step, label to the anchor it links to. */
    private static Map<String, String> answers(String step) {
        Map<String, String> answers = new LinkedHashMap<>();
        Matcher m = ANSWER.matcher(step);
        while (m.find()) {
            answers.put(m.group(2), m.group(1));
        }
        return answers;
    }

    /**
     * Follows answers by their labels from the step {@code from}, as a reader without script does,
     * checking that every link lands on an element of the page; returns the anchors visited.
     */
    private static List<String> walk(String html, String from, String... labels) {
        Set<String> ids = ids(html);
        List<String> visited = new ArrayList<>(List.of(from));
        String at = from;
        for (String label : labels) {
            Map<String, String> answers = answers(section(html, at));
            assertTrue(answers.containsKey(label), "step #" + at + " has no answer '" + label + "': " + answers);
            at = answers.get(label);
            assertTrue(ids.contains(at), "'" + label + "' links to #" + at + ", which is not on the page");
            visited.add(at);
        }
        return visited;
    }

    @Test
    void everyLinkOfAFlowLandsOnThePageAndIdsStayUniqueWithTwoFlows() {
        String html = build(SITE, "help/bankid/index.html");
        Set<String> ids = ids(html);
        assertTrue(ids.containsAll(List.of("flow-bankid", "flow-bankid-device", "flow-bankid-update-app",
                "flow-bankid-restart", "flow-bankid-desktop", "flow-bankid-solved", "flow-bankid-2",
                "flow-bankid-2-router", "flow-bankid-2-cable", "flow-bankid-2-solved", "contact")), ids.toString());
        String flows = html.substring(html.indexOf("<div class=\"flow\""), html.lastIndexOf("<p class=\"flow__live"));
        Matcher m = HREF.matcher(flows);
        int links = 0;
        while (m.find()) {
            assertTrue(ids.contains(m.group(1)), "#" + m.group(1) + " is not on the page");
            links++;
        }
        assertEquals(3 + 2 + 2 + 2 + 2 + 2, links, "choices, yes and no of every step");
    }

    @Test
    void theStartComesFirstAndEveryStepIsVisibleWithoutScript() {
        String html = build(SITE, "help/bankid/index.html");
        String flow = html.substring(html.indexOf("<div class=\"flow\" id=\"flow-bankid\""));
        assertTrue(flow.startsWith("<div class=\"flow\" id=\"flow-bankid\" data-flow-start=\"device\">\n"
                + "<section class=\"flow__step\" id=\"flow-bankid-device\" data-step=\"device\">\n"
                + "<h3 class=\"flow__title\">Which device do you use BankID on?</h3>\n"), flow);
        assertFalse(flow.substring(0, flow.indexOf("flow__nav")).contains(" hidden"), "no step hidden without script");
        assertTrue(flow.contains("<div class=\"flow__nav\" hidden>\n<button type=\"button\" class=\"flow__back\">Back"
                + "</button>\n"), "Back only with script");
        assertTrue(flow.contains("<p class=\"flow__live visually-hidden\" aria-live=\"polite\"></p>"), flow);
        assertTrue(html.contains("<h3 class=\"flow__title\">Restart the &lt;router&gt;</h3>"), "titles are text");
    }

    @Test
    void withoutScriptAReaderWalksYesToTheSolvedEnding() {
        String html = build(SITE, "help/bankid/index.html");
        assertEquals(List.of("flow-bankid-device", "flow-bankid-update-app", "flow-bankid-solved"),
                walk(html, "flow-bankid-device", "Android", "Yes, it is solved"));
        assertEquals(List.of("flow-bankid-device", "flow-bankid-update-app", "flow-bankid-restart",
                "flow-bankid-solved"), walk(html, "flow-bankid-device", "iPhone or iPad", "No, it did not help",
                "Yes, it is solved"));
        String solved = section(html, "flow-bankid-solved");
        assertTrue(solved.contains("<h3 class=\"flow__title\">Glad it works now</h3>"), solved);
        assertTrue(solved.contains("<a href=\"/support/help/contact/\">Tell us what helped</a>"), solved);
        assertTrue(answers(solved).isEmpty(), "the end of the flow");
    }

    @Test
    void withoutScriptAReaderWalksNoToTheContactBlock() {
        String html = build(SITE, "help/bankid/index.html");
        assertEquals(List.of("flow-bankid-device", "flow-bankid-update-app", "flow-bankid-restart", "contact"),
                walk(html, "flow-bankid-device", "Android", "No, it did not help", "No, it did not help"));
        assertEquals(List.of("flow-bankid-device", "flow-bankid-desktop", "contact"),
                walk(html, "flow-bankid-device", "A computer", "No, it did not help"));
        assertEquals(List.of("flow-bankid-2-router", "flow-bankid-2-cable", "contact"),
                walk(html, "flow-bankid-2-router", "No, it did not help", "No, it did not help"));
        // No contact channels in site.yaml: the page gets a small contact section of its own, once.
        assertTrue(html.contains("<section class=\"flow-contact\" id=\"contact\" tabindex=\"-1\">\n<h2>Still need help?</h2>\n"
                + "<p><a href=\"/support/help/contact/\">Contact us and say which steps you have tried.</a></p>"), html);
    }

    @Test
    void stepBodiesAreMarkdownWithTheirLinksResolved() {
        String html = build(SITE, "help/bankid/index.html");
        assertTrue(html.contains("<div class=\"flow__body\">\n<p>Open the <strong>App Store</strong> or <strong>Google"
                + " Play</strong> and tap <strong>Update</strong>.\nThen <a href=\"/support/help/contact/#chat\">chat"
                + " with us</a> if it still fails.</p>\n</div>"), html);
        assertTrue(section(html, "flow-bankid-desktop").indexOf("flow__body") < 0, "no body, no empty box");
    }

    @Test
    void theScriptIsLoadedOnlyOnPagesWithAFlow() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(List.of(), site.build().problems());
        String script = "<script src=\"/support/js/flow.js\" defer></script>";
        assertTrue(site.read("help/bankid/index.html").contains(script));
        assertTrue(site.read("guides/router/index.html").contains(script));
        for (String page : List.of("help/plain/index.html", "help/index.html", "help/contact/index.html",
                "index.html", "404.html")) {
            assertFalse(site.read(page).contains("flow.js"), page);
        }
        assertTrue(site.exists("js/flow.js"));
    }

    @Test
    void theContactBlockOfHelpPagesIsWhereContactLeads() {
        String withChannels = SITE.replace("baseUrl: https://acme.example/support/\n", """
                baseUrl: https://acme.example/support/
                contact:
                  - channel: phone
                    value: "070-174 06 60"
                """);
        String help = build(withChannels, "help/bankid/index.html");
        ids(help);
        assertTrue(help.contains("id=\"contact\""), "the help article's contact block");
        assertFalse(help.contains("flow-contact"), "no second contact section");
        // Outside help/ no contact block is shown, so the flow brings its own.
        String guide = TestSite.write(dir, withChannels).read("guides/router/index.html");
        ids(guide);
        assertTrue(guide.contains("<section class=\"flow-contact\" id=\"contact\" tabindex=\"-1\">"), guide);
        assertEquals(List.of("flow-router-lights", "contact"), walk(guide, "flow-router-lights", "No, it did not help"));
    }

    @Test
    void theFlowSpeaksThePagesLanguage() {
        String html = build(SITE.replace("title: Help\nbaseUrl", "title: Help\nlanguage: sv\nbaseUrl"),
                "help/bankid/index.html");
        String update = section(html, "flow-bankid-update-app");
        assertTrue(update.contains("<p class=\"flow__ask\">Löste det problemet?</p>"), update);
        assertEquals(List.of("Ja, det är löst", "Nej, det hjälpte inte"), List.copyOf(answers(update).keySet()));
        assertTrue(html.contains("<button type=\"button\" class=\"flow__back\">Tillbaka</button>"), html);
        assertTrue(section(html, "flow-bankid-solved").contains("Skönt att det fungerar nu"));
    }

    @Test
    void aPageWithItsOwnContactHeadingKeepsIt() {
        String html = build(SITE + """
                -- content/guides/own.md --
                ---
                title: Own contact
                ---
                ```cx-troubleshoot
                steps:
                  a:
                    title: Try this
                    no: contact
                ```
                ## Contact
                Call us.
                """, "guides/own/index.html");
        ids(html);
        assertTrue(html.contains("<h2 id=\"contact\">Contact</h2>"), html);
        assertFalse(html.contains("flow-contact"), html);
    }

    @Test
    void theSearchIndexHoldsTheWordsOfTheStepsNotTheirYaml() throws IOException {
        TestSite.write(dir, SITE);
        Problems problems = new Problems();
        Site site = SiteAssembler.assemble(ConfigLoader.load(dir, problems), ContentLoader.load(dir, problems),
                Metrics.EMPTY, false, problems);
        Page page = site.pages().stream().filter(p -> p.url().equals("help/bankid/")).findFirst().orElseThrow();
        String text = BodyText.text(page);
        assertTrue(text.contains("Which device do you use BankID on? iPhone or iPad Android A computer"), text);
        assertTrue(text.contains("Open the App Store or Google Play and tap Update."), text);
        assertFalse(text.contains("question:") || text.contains("steps:") || text.contains("update-app"), text);
    }
}
