package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain way to a {@link YamlMapping} against Jackson's: on every front matter and YAML text in
 * the repository, on thousands of generated front matters and YAML documents, on mutations of real
 * front matter and on edge cases, {@link YamlMapping#parse} (which tries the plain reader first)
 * must give the same fields (keys, order, positions with the line offset, Jackson nodes of the same
 * classes and values, item positions) and the same problems as the full reader alone; and the
 * plain reader must really read the front matter it exists for.
 */
class PlainYamlFieldsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void readsEveryFrontMatterOfTheSampleSiteItselfAsTheFullReaderDoes() throws IOException {
        List<String> frontMatters = new ArrayList<>();
        for (Path file : files(ROOT.resolve("content"), ".md")) {
            frontMatter(Files.readString(file)).ifPresent(frontMatters::add);
        }
        assertTrue(frontMatters.size() > 100, "the sample site's pages: " + frontMatters.size());
        for (String text : frontMatters) {
            assertTrue(assertSame(text, 1, "content front matter"), "the plain reader declined:\n" + text);
        }
    }

    @Test
    void agreesOnEveryFrontMatterAndYamlTextInTheRepository() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : files(ROOT, ".md")) {
            frontMatter(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).ifPresent(texts::add);
        }
        for (Path file : files(ROOT, ".yaml", ".yml")) {
            texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        for (Path file : files(ROOT.resolve("src/test/java"), ".java")) {
            texts.addAll(TextBlockYaml.of(Files.readString(file)));
        }
        assertTrue(texts.size() > 400, "found " + texts.size() + " texts");
        int read = 0;
        for (String text : texts) {
            read += assertSame(text, 1, "repository text") ? 1 : 0;
            assertSame(text, 0, "repository text");
        }
        assertTrue(read > texts.size() / 2, "the plain reader read " + read + " of " + texts.size());
    }

    @Test
    void agreesOnGeneratedFrontMatter() {
        Random random = new Random(20261207);
        int read = 0;
        int documents = 20_000;
        for (int i = 0; i < documents; i++) {
            read += assertSame(RandomFrontMatter.document(random), 1 + random.nextInt(3), "generated") ? 1 : 0;
        }
        // Both sides must be exercised: texts the plain reader reads, and texts it declines.
        assertTrue(read > documents / 5 && read < documents * 4 / 5, "read " + read + " of " + documents);
    }

    @Test
    void agreesOnGeneratedYamlDocuments() {
        Random random = new Random(7);
        int read = 0;
        int documents = 5_000; // PlainYamlReaderTest reads 20,000 of them for the YamlNode view
        for (int i = 0; i < documents; i++) {
            read += assertSame(RandomYaml.document(random), 0, "generated") ? 1 : 0;
        }
        assertTrue(read > documents / 10, "read " + read + " of " + documents);
    }

    @Test
    void agreesOnMutatedFrontMatter() throws IOException {
        Random random = new Random(11);
        int read = 0;
        int mutants = 0;
        for (Path file : files(ROOT.resolve("content"), ".md")) {
            String text = frontMatter(Files.readString(file)).orElse("");
            for (int i = 0; i < 60; i++) {
                String mutant = RandomYaml.mutate(text, random, 1 + random.nextInt(3));
                read += assertSame(mutant, 1, file + " mutated") ? 1 : 0;
                mutants++;
            }
        }
        assertTrue(read > mutants / 10 && read < mutants, "read " + read + " of " + mutants);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tags: [kpis, mobile, accessibility]\n",
        "tags: []\naliases: [ ]\ntopics: [ a ]\n",
        "tags: ['a b', \"c, d\", 'x']\n",            // quotes with blanks and commas
        "tags: ['it''s', \"q\\\"x\"]\n",             // escaped quotes
        "tags: [a, [b, c]]\n",                        // nested brackets
        "tags: [[a]]\n",
        "tags: [a, b,]\n",                            // trailing comma
        "tags: [a,, b]\n",
        "tags: [,]\n",
        "tags: [a, b] # comment\n",
        "tags: [a, b]# comment\n",
        "tags: [a #b]\n",
        "tags: [a, b\n",                              // left open
        "tags: [a, b]]\n",
        "tags: [a, b] x\n",
        "tags: [a: b]\n",                             // a mapping in a list
        "tags: [a:b, c]\n",
        "tags: [1, -1, 1.5, 1e3, yes, Off, ~, null, 3000000000, 99999999999999999999]\n",  // typed items
        "tags: [.inf]\n",                             // numbers Jackson cannot read
        "tags: [.NaN, -.Inf]\n",
        "w: .inf\n",
        "w: 1.5e400\nv: 100000000000000000000000000000.5\nu: 5.\n",
        "tags: [0x1F, 012, 1_000]\n",
        // Jackson types a whole number by its text's length, counting a '+' but not a '-'
        "a: +1000000000\nb: [+2147483647, +999999999, -1000000000, -2147483648, 2147483648]\n",
        "a: {b: +123456789012345678, c: +1234567890123456789, d: -1234567890123456789}\n",
        "a:\n  - +9223372036854775807\n  - -9223372036854775808\n  - 9223372036854775807\n  - 9223372036854775808\n",
        "tags:\n- a\n- b\n",                          // a block list at the key's indentation
        "tags:\n  - a\n  - 'b c'\n  - 1\ntitle: x\n",
        "tags:\n    - a\n    - b\n  - c\n",          // items at two indentations
        "tags:\n  - a\n - b\n",
        "tags:\n  - a\n    b\n",                      // continued item
        "tags:\n  - a\n  c: 1\n",                     // a key among the items
        "tags:\n- a\ntitle: x\n- b\n",
        "tags:\n  -\n  - b\n",                        // an empty item
        "tags:\n  - # c\n  - b\n",
        "tags:\n  -a\n",
        "tags:\n  - - a\n",                           // a list in a list
        "tags:\n  - a: 1\n",                          // a mapping in a list
        "tags:\n  - [a]\n",
        "tags:\n  # c\n\n  - a # c\n  # d\n  - b\n\nx: 1\n",  // comments and blank lines among items
        "tags:\n---\n",
        "a:\n  b:\n  - x\n  c: 1\n",                  // a nested key's list
        "a:\n  b: [x, y]\n  c: {d: 1}\n",
        "title: a\ntitle: b\n",                      // duplicate keys
        "tags: [a]\ntags:\n- b\n",
        "title:\ttab\n",                             // tab
        "tags: [a,\tb]\n",
        "title: x\r\ntags: [a, b]\r\n",               // carriage returns
        "\uFEFFtitle: x\n",                           // byte-order mark
        "title: &a x\nb: *a\n",                       // anchor and alias
        "title: \"Quoted: text\"\ndescription: 'it''s'\n",
        "date: 2025-07-16\nd2: 2026-10-01T09:30:00+02:00\n",
        "draft: true\nweight: 3\nlang: en\n",
        "title:\n",                                   // nothing
        "title: x\n  y\n",
        "- a\n- b\n",                                 // not a mapping
        "just text\n",
        "",
        "# only a comment\n",
        "title: x\n...\n",
        "title: Strømbrudd\ntags: [bredbånd, strøm]\n",
        "baseUrl: https://example.org/\nb: a:b:c\nc: 1:30\nd: 12:30:15\ne: 2026-10-01T09:30:00Z\nf: x::\n",
        "a: b:\n", "a: b: c\n", "a: b:  c\n", "a: [b:c]\n", "a: {b: c:d}\n", "a: -:x\nb: ':'\n",
    })
    void edgeCasesGiveTheFullReadersFieldsAndProblems(String text) {
        for (int offset = 0; offset < 3; offset++) {
            assertSame(text, offset, "edge case");
            assertSame("# comment\n" + text, offset, "edge case");
            assertSame(text.replace("\n", "\r\n"), offset, "edge case");
        }
    }

    @Test
    void readsTypicalFrontMatterItself() {
        String text = String.join("\n", "title: Time culture forum 501",
                "description: Period score metric region survey, culture loyalty",
                "date: 2025-07-16", "tags: [kpis, mobile, accessibility]", "aliases: [/old/p00007/]", "draft: true",
                "weight: 3", "topics:", "  - billing", "  - 'login, fraud'", "");
        assertTrue(assertSame(text, 1, "typical"));
    }

    @Test
    void readsASmallSiteYamlWithItsUrlItself() {
        assertTrue(assertSame("title: Bench\nbaseUrl: https://example.org/cx/ # the host\nlanguage: en\n", 0,
                "site.yaml"));
    }

    /**
     * Jackson picks int, long or big integer by a whole number's length, not its value; every length
     * from 1 to 25 digits, with and without '-' or '+', at the smallest and largest value of that
     * length and at the int and long limits, as a value, a flow list item and a flow mapping value.
     */
    @Test
    void typesWholeNumbersOfEveryLengthAndSignAsTheFullReaderDoes() {
        List<String> numbers = new ArrayList<>(List.of("2147483647", "2147483648", "9223372036854775807",
                "9223372036854775808", "4294967296", "18446744073709551616"));
        for (int digits = 1; digits <= 25; digits++) {
            numbers.add("1" + "0".repeat(digits - 1));
            numbers.add("9".repeat(digits));
        }
        StringBuilder text = new StringBuilder();
        int key = 0;
        for (String number : numbers) {
            for (String sign : List.of("", "-", "+")) {
                String n = sign + number;
                text.append("n").append(key++).append(": ").append(n).append("\nl").append(key).append(": [x, ")
                        .append(n).append("]\nm").append(key).append(": {a: ").append(n).append("}\n");
            }
        }
        assertTrue(assertSame(text.toString(), 1, "whole numbers"), "the plain reader declined the numbers");
    }

    /** True when the plain reader read {@code text}; fails when parse and the full reader disagree. */
    private static boolean assertSame(String text, int lineOffset, String what) {
        Problems viaParse = new Problems();
        Problems full = new Problems();
        YamlMapping parsed = YamlMapping.parse("p.md", text, lineOffset, viaParse);
        YamlMapping expected = YamlMappingReader.readFully("p.md", text, lineOffset, full);
        boolean plain = PlainYamlFields.tryRead("p.md", text, lineOffset, new Problems()).isPresent();
        assertEquals(format(full), format(viaParse), () -> what + ":\n" + text);
        assertEquals(fields(expected), fields(parsed), () -> what + ":\n" + text);
        if (plain) {
            assertEquals(List.of(), full.sorted(), () -> what + ":\n" + text);
        }
        return plain;
    }

    private static List<String> format(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    /** Everything a reader of the mapping can see: validity, keys, order, positions, node classes and values. */
    static String fields(YamlMapping mapping) {
        StringBuilder out = new StringBuilder(mapping.valid() ? "valid" : "invalid").append('\n');
        for (YamlField f : mapping.fields()) {
            out.append(f.key()).append('@').append(f.line()).append(':').append(f.column()).append(" value@")
                    .append(f.valueLine()).append(':').append(f.valueColumn()).append(" items").append(f.items())
                    .append(" = ");
            node(f.value(), out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void node(JsonNode node, StringBuilder out) {
        out.append(node.getClass().getSimpleName());
        if (node.isObject()) {
            out.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(e.getKey()).append('=');
                node(e.getValue(), out);
                out.append(';');
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('(');
            node.forEach(item -> {
                node(item, out);
                out.append(',');
            });
            out.append(')');
        } else {
            out.append('<').append(node).append('>');
        }
    }

    /** The front matter of a page's text as the page reader splits it off, if it has one. */
    private static java.util.Optional<String> frontMatter(String text) {
        String plain = text.startsWith("\uFEFF") ? text.substring(1) : text;
        plain = plain.replace("\r\n", "\n");
        if (!plain.startsWith("---\n")) {
            return java.util.Optional.empty();
        }
        int close = plain.indexOf("\n---\n", 3);
        int dots = plain.indexOf("\n...\n", 3);
        int end = close < 0 ? dots : dots < 0 ? close : Math.min(close, dots);
        return end < 0 ? java.util.Optional.empty() : java.util.Optional.of(plain.substring(4, end + 1));
    }

    private static List<Path> files(Path dir, String... endings) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !ROOT.relativize(p).startsWith("target") && Files.isRegularFile(p))
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
        }
    }
}
