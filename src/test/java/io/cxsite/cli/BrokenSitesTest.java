package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cxsite.build.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariant of every broken site: {@code build} and {@code check} exit 1, and every line they print
 * is a problem at {@code path:line:col} (or the closing count), never an exception's text or a stack
 * trace. The corpus is {@code src/test/resources/broken-sites/<case>.site} (a {@link TestSite}, where
 * {NUL} and {ESC} stand for those characters) with the problems expected in {@code <case>.expected};
 * inputs too big for a file there are made below.
 */
class BrokenSitesTest {
    private static final Path CORPUS = Path.of("src/test/resources/broken-sites");
    private static final Pattern LOCATED = Pattern.compile("[^\\s:][^:]*:\\d+:\\d+: (error|warning): .+");
    private static final Pattern SUMMARY = Pattern.compile("\\d+ errors?, \\d+ warnings?; nothing was written");
    private static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "Exception|Error\\b|java\\.|\\bat io\\.cxsite|No value present|\\bnull\\b|^\\s+at ");

    record Case(String name, Consumer<Path> writer, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(60)
    void everyMessageHasALocationAndNoExceptionText(Case broken) {
        broken.writer().accept(dir);
        for (String command : List.of("build", "check")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cxsite.run(new String[] {command, "-s", dir.toString()}, new PrintWriter(out),
                    new PrintWriter(err), Map.of());
            String printed = out + err.toString();
            assertEquals(Cxsite.CONTENT_ERRORS, code, command + " of " + broken + " printed:\n" + printed);
            for (String line : err.toString().lines().toList()) {
                assertTrue(LOCATED.matcher(line).matches() || SUMMARY.matcher(line).matches(),
                        command + " printed a line without path:line:col: " + line);
                assertFalse(EXCEPTION_TEXT.matcher(line).find(), command + " printed an exception's text: " + line);
            }
            for (String expected : broken.expected()) {
                assertTrue(err.toString().lines().anyMatch(expected::equals),
                        command + " of " + broken + " should print\n" + expected + "\nbut printed:\n" + err);
            }
            assertFalse(Files.exists(dir.resolve("public")), "a failed build writes nothing");
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path site : files.filter(p -> p.toString().endsWith(".site")).sorted().toList()) {
                String name = site.getFileName().toString().replace(".site", "");
                String text = Files.readString(site).replace("{NUL}", "\0").replace("{ESC}", "\u001B");
                List<String> expected = Files.readAllLines(CORPUS.resolve(name + ".expected"));
                cases.add(new Case(name, d -> TestSite.write(d, text), expected));
            }
        }
        if (cases.size() < 10) {
            fail("the broken-site corpus was not found at " + CORPUS.toAbsolutePath());
        }
        cases.addAll(big());
        return cases.stream();
    }

    private static final String SITE = """
            -- site.yaml --
            title: Big
            baseUrl: https://acme.example/
            -- content/a.md --
            ---
            title: A
            ---
            Hello.
            """;

    /** Inputs too large to keep in the corpus: each must fail fast, at its file, with the limit named. */
    private static List<Case> big() {
        return List.of(
                new Case("page-50-mb", d -> withFile(d, "content/big.md", "---\ntitle: Big\n---\n"
                        + "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n".repeat(900_000)),
                        List.of("content/big.md:1:1: error: page is 49.8 MB, and the most cxsite reads is 4 MB;"
                                + " split it into several pages")),
                new Case("front-matter-100-kb", d -> withFile(d, "content/big.md", "---\ntitle: Big\ndescription: \""
                        + "x".repeat(100_000) + "\"\n---\nBody.\n"),
                        List.of("content/big.md:2:1: error: front matter is 97.7 KB, and the most cxsite reads is 64 KB;"
                                + " keep long text in the page body")),
                new Case("table-too-many-cells", d -> withFile(d, "content/big.md", "---\ntitle: Big\n---\nIntro.\n\n"
                        + "|h".repeat(400) + "|\n" + "|-".repeat(400) + "|\n" + ("|c".repeat(400) + "|\n").repeat(300)),
                        List.of("content/big.md:6:1: error: table has more than 100000 cells, the most the Markdown"
                                + " parser reads; split it into smaller tables or link to a CSV file")),
                new Case("topics-2-mb", d -> withFile(d, "content/topics.yaml", "topics:\n"
                        + "  - {id: x, label: {en: X}, keywords: {en: [x]}}\n".repeat(45_000)),
                        List.of("content/topics.yaml:1:1: error: file is 2.1 MB, and the most cxsite reads is 1 MB;"
                                + " split it into smaller files")));
    }

    private static void withFile(Path dir, String path, String text) {
        TestSite.write(dir, SITE);
        try {
            Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
