package io.cxsite.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, the accessibility rules engine, injected into the page under test and run there. Every
 * violation found is appended to {@code target/browser-screenshots/axe-violations.txt}, and tests fail
 * on every one, whatever its impact: the sample site has none, minor and moderate ones included.
 */
final class Axe {
    /** The script as the axe-core npm package ships it, from the test classpath. */
    private static final String RESOURCE = "axe.min.js";

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done(result.violations.map(function (v) {
                return {rule: v.id, impact: v.impact || 'minor', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return {target: n.target.map(String).join(' '), html: n.html, summary: n.failureSummary || ''};
                  })};
              }));
            }, function (error) {
              done('axe failed: ' + error);
            });
            """;

    /** One element a rule failed on. */
    record Node(String target, String html, String summary) {
    }

    /** One rule failed on a page. */
    record Violation(String page, String rule, String impact, String help, String helpUrl, List<Node> nodes) {

        String format() {
            StringBuilder text = new StringBuilder()
                    .append(impact).append(' ').append(rule).append(" on ").append(page).append(": ").append(help)
                    .append(" (").append(helpUrl).append(")\n");
            for (Node node : nodes) {
                text.append("    ").append(node.target()).append("  ").append(shorten(node.html())).append('\n');
                for (String line : node.summary().split("\n")) {
                    if (!line.isBlank()) {
                        text.append("      ").append(line.strip()).append('\n');
                    }
                }
            }
            return text.toString();
        }
    }

    private final String source;
    private final Path report;
    private boolean preloaded;

    private Axe(String source, Path report) {
        this.source = source;
        this.report = report;
    }

    static Axe load(Path report) throws IOException {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the test classpath (com.deque.html.axe-core:selenium in pom.xml)");
            }
            Files.deleteIfExists(report);
            return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8), report);
        }
    }

    /** Every violation on the page the browser shows now, {@code label} naming it in the report. */
    List<Violation> check(Browser browser, String label) {
        if (!preloaded) {
            // From now on Chromium evaluates axe in every new page itself: the 550 kB script crosses
            // the WebDriver connection once, not once per page.
            browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
            preloaded = true;
        }
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(source);
        }
        Object result = browser.asyncScript(RUN);
        if (!(result instanceof List<?> list)) {
            throw new AssertionError("axe did not run on " + label + ": " + result);
        }
        List<Violation> violations = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> v = (Map<?, ?>) item;
            List<Node> nodes = ((List<?>) v.get("nodes")).stream().map(n -> (Map<?, ?>) n)
                    .map(n -> new Node(String.valueOf(n.get("target")), String.valueOf(n.get("html")),
                            String.valueOf(n.get("summary"))))
                    .toList();
            violations.add(new Violation(label, String.valueOf(v.get("rule")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), String.valueOf(v.get("helpUrl")), nodes));
        }
        record(violations);
        return violations;
    }

    /** Fails with every violation axe finds on the page, listing them all. */
    void assertNoViolations(Browser browser, String label) {
        List<Violation> violations = check(browser, label);
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) on " + label + ":\n"
                    + violations.stream().map(Violation::format).collect(Collectors.joining()));
        }
    }

    private synchronized void record(List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        try {
            Files.writeString(report, violations.stream().map(Violation::format).collect(Collectors.joining()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shorten(String html) {
        String line = html.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
