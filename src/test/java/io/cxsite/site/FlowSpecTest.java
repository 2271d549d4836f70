package io.cxsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.TestSite;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentLoader;
import io.cxsite.content.ContentSet;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.site.FlowSpec.Choice;
import io.cxsite.site.FlowSpec.Instruction;
import io.cxsite.site.FlowSpec.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code cx-troubleshoot} parser: the examples of {@code troubleshoot.spec.md}, then what a checked flow holds. */
class FlowSpecTest {
    @TempDir
    Path dir;

    /** The site every example's page is built in: a contact page to link to, with two headings. */
    private static final String SITE = """
            -- site.yaml --
            title: Flows
            baseUrl: https://acme.example/
            -- content/help/contact.md --
            ---
            title: Contact us
            ---
            ## Phone
            ## Chat
            """;

    record Example(String name, String page, List<String> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern EXAMPLE = Pattern.compile(
            "(?ms)^## (.+?)\\n.*?^````page\\n(.*?)^````\\n.*?^```problems\\n(.*?)^```");

    static Stream<Example> examples() throws IOException {
        String spec = Files.readString(Path.of("src/test/resources/site/troubleshoot.spec.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(spec);
        while (m.find()) {
            List<String> problems = m.group(3).lines().filter(l -> !l.isBlank()).toList();
            examples.add(new Example(m.group(1), m.group(2), problems));
        }
        return examples.stream();
    }

    @Test
    void theSpecHasItsExamples() throws IOException {
        assertEquals(20, examples().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reportsExactlyTheExpectedProblems(Example example) {
        TestSite site = TestSite.write(dir, SITE + "-- content/help/page.md --\n" + example.page());
        List<String> actual = site.build(new BuildRequest(dir, Optional.empty(), Optional.empty(), Optional.empty(),
                false, false)).problems().stream().map(Problem::format).map(FlowSpecTest::firstClause).toList();
        assertEquals(example.problems(), actual);
    }

    /** The YAML parser's messages go on after their first clause with details we do not pin down. */
    private static String firstClause(String formatted) {
        int at = formatted.indexOf("invalid YAML: ");
        if (at < 0) {
            return formatted;
        }
        String rest = formatted.substring(at + "invalid YAML: ".length());
        int stop = rest.indexOf(" [") > 0 ? rest.indexOf(" [") : rest.length();
        return formatted.substring(0, at) + "invalid YAML: " + rest.substring(0, stop).strip();
    }

    private static final String BANKID = """
            ---
            title: BankID
            ---
            ```cx-troubleshoot
            start: device
            tellUs: contact.md
            steps:
              update-app:
                title: Update the BankID app
                body: |
                  Open the **App Store** and tap [Update](https://apps.apple.com/).
                  Still stuck? [Write to us](contact.md#chat).
                no: restart
              device:
                question: Which device do you use BankID on?
                choices:
                  iPhone or iPad: update-app
                  Android: update-app
                  A computer: desktop
              restart:
                title: Restart your phone
                no: contact
              desktop:
                title: Use the BankID app on your phone instead
                no: contact
            ```
            """;

    /** Loads and assembles the site as a build does, returning the flows of {@code help/<name>/}. */
    private List<FlowSpec> flows(String files, String name, Problems problems) {
        TestSite.write(dir, SITE + files);
        SiteConfig config;
        ContentSet content;
        try {
            config = ConfigLoader.load(dir, problems);
            content = ContentLoader.load(dir, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Site site = SiteAssembler.assemble(config, content, Metrics.EMPTY, false, problems);
        return site.pages().stream().filter(p -> p.url().equals("help/" + name + "/")).findFirst().orElseThrow()
                .flows();
    }

    @Test
    void readsQuestionsAndInstructionsInTheOrderWritten() {
        Problems problems = new Problems();
        List<FlowSpec> flows = flows("-- content/help/bankid.md --\n" + BANKID, "bankid", problems);
        assertEquals(List.of(), problems.sorted());
        FlowSpec flow = flows.get(0);
        assertEquals("flow-bankid", flow.id());
        assertEquals("device", flow.start());
        assertEquals(List.of("update-app", "device", "restart", "desktop"),
                flow.steps().stream().map(FlowSpec.Step::id).toList());
        Question device = assertInstanceOf(Question.class, flow.step("device").orElseThrow());
        assertEquals("Which device do you use BankID on?", device.text());
        assertEquals(List.of(new Choice("iPhone or iPad", "update-app"), new Choice("Android", "update-app"),
                new Choice("A computer", "desktop")), device.choices());
        Instruction update = assertInstanceOf(Instruction.class, flow.step("update-app").orElseThrow());
        assertEquals("Update the BankID app", update.title());
        assertEquals("restart", update.no());
        assertEquals("<p>Open the <strong>App Store</strong> and tap <a href=\"https://apps.apple.com/\">Update</a>.\n"
                + "Still stuck? <a href=\"contact.md#chat\">Write to us</a>.</p>\n",
                HtmlRenderer.builder().build().render(update.body()));
        Instruction restart = assertInstanceOf(Instruction.class, flow.step("restart").orElseThrow());
        assertEquals(FlowSpec.CONTACT, restart.no());
        assertEquals("", HtmlRenderer.builder().build().render(restart.body()), "body is optional");
        assertEquals(List.of("contact"), restart.targets());
        assertEquals(Optional.of("contact.md"), flow.tellUs());
        // Links resolve like the page's own; external ones are left as written.
        assertEquals(Map.of("contact.md", "help/contact/", "contact.md#chat", "help/contact/#chat"), flow.links());
        assertEquals(4, flow.line());
    }

    @Test
    void twoFlowsOnOnePageGetTwoIds() {
        Problems problems = new Problems();
        String second = """
                ```cx-troubleshoot
                steps:
                  router:
                    title: Restart the router
                    no: contact
                ```
                """;
        List<FlowSpec> flows = flows("-- content/help/bankid.md --\n" + BANKID + "\n" + second, "bankid", problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("flow-bankid", "flow-bankid-2"), flows.stream().map(FlowSpec::id).toList());
        assertEquals("router", flows.get(1).start(), "without start: the first step");
        assertEquals(Optional.empty(), flows.get(1).tellUs());
    }

    @Test
    void aFlowIsNotAReportBlock() {
        Problems problems = new Problems();
        // A report block on a public page is an error; a flow belongs there.
        flows("-- content/help/bankid.md --\n" + BANKID, "bankid", problems);
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aMisspeltFlowBlockSuggestsTheRightName() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/help/typo.md --
                ---
                title: Typo
                ---
                ```cx-troubleshot
                ```
                """);
        List<String> errors = site.build().problems().stream().map(Problem::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/help/typo.md:4:1: error: unknown block 'cx-troubleshot' (did you"
                + " mean 'cx-troubleshoot'?)"), errors.get(0));
    }

    @Test
    @Timeout(60) // a guard against exponential path search, not a benchmark
    void aLongFlowWithLoopsIsCheckedQuickly() {
        StringBuilder yaml = new StringBuilder("---\ntitle: Long\n---\n```cx-troubleshoot\nsteps:\n");
        int steps = 2000;
        for (int i = 0; i < steps; i++) {
            yaml.append("  s").append(i).append(":\n    question: Step ").append(i).append("?\n    choices:\n")
                    .append("      Next: s").append((i + 1) % steps).append('\n')
                    .append("      Give up: contact\n");
            if (i > 0) {
                yaml.append("      Start over: s0\n");
            }
        }
        yaml.append("```\n");
        Problems problems = new Problems();
        List<FlowSpec> flows = flows("-- content/help/long.md --\n" + yaml, "long", problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(steps, flows.get(0).steps().size());
    }
}
