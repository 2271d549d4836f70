package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain reader against the full YAML parser: on every YAML text in the repository, on
 * thousands of generated documents and on mutations of real snapshots, {@link YamlNode#parse}
 * (which tries the plain reader first) must give the same tree, with the same positions and kinds,
 * and the same problems as the full parser alone; and the plain reader must really read the
 * snapshots it exists for.
 */
class PlainYamlReaderTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void readsEverySampleSnapshotItselfAsTheFullParserDoes() throws IOException {
        List<Path> snapshots = yamlFiles(ROOT.resolve("content/metrics"));
        assertTrue(snapshots.size() >= 20, "the sample site's snapshots: " + snapshots);
        for (Path file : snapshots) {
            String text = Files.readString(file);
            assertTrue(PlainYamlReader.read(text).isPresent(), "the plain reader declined " + file);
            assertSame(text, file.toString());
        }
    }

    @Test
    void agreesOnEveryYamlTextInTheRepository() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : yamlFiles(ROOT)) {
            texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        for (Path file : javaFiles(ROOT.resolve("src/test/java"))) {
            texts.addAll(TextBlockYaml.of(Files.readString(file)));
        }
        assertTrue(texts.size() > 200, "found " + texts.size() + " YAML texts");
        int read = 0;
        for (String text : texts) {
            read += assertSame(text, text) ? 1 : 0;
        }
        assertTrue(read > texts.size() / 3, "the plain reader read " + read + " of " + texts.size());
    }

    @Test
    void agreesOnGeneratedDocuments() {
        Random random = new Random(20261207);
        int read = 0;
        int documents = 20_000;
        for (int i = 0; i < documents; i++) {
            String text = RandomYaml.document(random);
            read += assertSame(text, text) ? 1 : 0;
        }
        // Both sides must be exercised: documents the plain reader reads, and documents it declines.
        assertTrue(read > documents / 5 && read < documents * 4 / 5, "read " + read + " of " + documents);
    }

    @Test
    void agreesOnMutatedSnapshots() throws IOException {
        Random random = new Random(7);
        int read = 0;
        int mutants = 0;
        for (Path file : yamlFiles(ROOT.resolve("content/metrics"))) {
            String text = Files.readString(file);
            for (int i = 0; i < 400; i++) {
                String mutant = RandomYaml.mutate(text, random, 1 + random.nextInt(3));
                read += assertSame(mutant, file + " mutated") ? 1 : 0;
                mutants++;
            }
        }
        assertTrue(read > mutants / 10, "read " + read + " of " + mutants);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\na: 2\n",                       // duplicate key
        "a: 1\n  b: 2\n",                     // continuation of a plain scalar that holds a key
        "a:\n  b: 1\n c: 2\n",                // indented between two levels
        "a: {b: 1\n",                         // flow mapping left open
        "a: {b: 1,}\n",                       // trailing comma
        "a: {b: 1} x\n",                      // text after a flow mapping
        "a: 'x\n",                            // quote left open
        "a: \"x\" y\n",                       // text after a quoted scalar
        "a: b: c\n",                          // a mapping on one line
        "a: &x 1\nb: *x\n",                   // anchor and alias
        "a:\tb\n",                            // tab
        "- a\n- b\n",                         // a list
        "a: [1, 2\n",                         // flow list left open
        "a: 1\n---\nb: 2\n",                  // second document
        "a: !!int x\n",                       // tag
        "a: |\n  x\n",                        // block scalar
        "a: 'it''s'\n",                       // escaped quote
        "a: \"\\u0041\"\n",                   // escape
        "a: x #c\n  #d\n  y\n",               // continuation after a comment
        "a: 0x1F\nb: 0o17\nc: 1_000\nd: 1:30\n",
        "a: 12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901\n",
        "key without colon\n",
        "a:b\n",
        ":\n",
        "a :\n",
        "? a\n: b\n",
        "# only a comment\n",
        "\n\n   \n",
        "  a: 1\n  b: 2\n",                    // a whole document indented
        "a:\n    b: 1\n    c: {d: x, e: 'y'}\nf: \"z\"  # q\n",
        "a: b#c\nd: e #\nf: 'g' # h\ni: \"j\"#k\n",  // '#' inside a value, after a quote, bare
        "a: {b: c: d}\n",                    // a mapping inside a flow value
        "a: {b: {c: 1}}\n",                   // nested flow mappings
        "a: {b}\n",                           // a flow key without a value
        "a: {b: 1, b: 2}\n",                  // a key twice in a flow mapping
        "a: -\nb: - c\nc: -1\nd: --x\n",      // dashes
        "a: @x\n",                            // reserved indicators
        "a: `x`\n",
        "a: %x\n",
        "a: ?x\nb: :x\nc: ,x\nd: ]\ne: }\n",  // indicators that may or may not start a plain value
        "a: >x\nb: |x\nc: !x\n",
        "\"a\": 1\n'b': 2\n",                 // quoted keys
        "a b: 1\n-a: 2\na#b: 3\nc:: 4\n",    // keys with blanks, dashes, '#', two colons
        "1: x\ntrue: y\n~: z\n",              // keys that read as numbers, booleans, null
        "a: 1   \nb: x  \n",                  // trailing blanks
        "a: 1\n\n\n   \nb:\n  c: 2\n\n",      // blank lines in and after a nesting
        "a: \u00a0x\nb: x\u00a0\n",           // no-break spaces
        "a: x\u0085y\n",                      // NEL, a line break to YAML 1.1
        "a:\n  b:\n    c:\n      d: 1\n  e: 2\n",  // deep nesting and back
        "a: 1\n b: 2\n",                      // the next key indented by one
        "a: 2026-10-01T12:00:00Z\nb: 2026-10-01 12:00\nc: 12:30:15\n",  // times
        "a: 0.\nb: 00\nc: 010\nd: 1.2.3\ne: 1e\nf: +.5\ng: -.inf\nh: .NaN\ni: 0b101\n",  // number-like
        "a: [x, 'y z', \"w\", 1, yes, ~, .inf]\nb: []\nc: [ ]\n",  // flow lists of scalars
        "a: [x, [y]]\nb: [x,]\nc: [x y]\nd: [x: y]\n",  // nested, trailing comma, blanks, a mapping
        "a:\n- x\n- 'y'\nb:\n  - 1\n  # c\n\n  - ~ # d\n",  // block lists at and below the key's indentation
        "a:\n  - x\n - y\n",                   // items at two indentations
        "a:\n  - x\n    y\n",                  // a continued item
        "a:\n  -\n  - - y\n  - {b: 1}\n  - c: d\n",  // empty, nested, flow and block mappings as items
        "a:\n  b:\n  - x\n  c: 1\n",           // a nested key's list
        "a: 'it''s'\nb: \"say \\\"hi\\\" \\\\ \"\nc: \"\\n\"\n",  // the escapes read, and one declined
    })
    void edgeCasesGiveTheFullParsersTreeAndProblems(String text) {
        assertSame(text, text);
        assertSame("# comment\n" + text, text);
        assertSame(text.replace("\n", "\r\n"), text);
    }

    @Test
    void typesScalarsAsTheFullParserDoes() {
        String text = String.join("\n", "a: yes", "b: No", "c: y", "d: ~", "e: null", "f: 1.5", "g: .inf", "h: -0",
                "i: +5", "j: 2026-10-01", "k: 0.24", "l: 3m", "m: 'yes'", "n: \"1\"", "o: 1e3", "p: .5", "q: NULL",
                "r: On", "s: offf", "t: 2010-03", "x: 1e-3", "y: 3h", "z: 2026-Q3", "u: Å-hus", "v: x  y   # z", "w: {a: yes, b: ~, c: -1.5, d: 1.0e+3}", "");
        assertTrue(PlainYamlReader.read(text).isPresent());
        assertSame(text, "scalars");
    }

    /** True when the plain reader read {@code text}; fails when parse and the full parser disagree. */
    private static boolean assertSame(String text, String what) {
        Problems viaParse = new Problems();
        Problems full = new Problems();
        Optional<YamlNode> parsed = YamlNode.parse("f.yaml", text, viaParse);
        Optional<YamlNode> expected = YamlStream.tooLong(text) == null
                ? YamlNode.parseFully("f.yaml", text, full) : parsed;
        Optional<YamlNode> plain = PlainYamlReader.read(text);
        assertEquals(format(full), format(viaParse), () -> what + ":\n" + text);
        assertEquals(expected.map(PlainYamlReaderTest::tree), parsed.map(PlainYamlReaderTest::tree),
                () -> what + ":\n" + text);
        if (plain.isPresent()) {
            assertEquals(expected.map(PlainYamlReaderTest::tree), plain.map(PlainYamlReaderTest::tree),
                    () -> what + ":\n" + text);
            assertEquals(List.of(), full.sorted(), () -> what + ":\n" + text);
        }
        return plain.isPresent();
    }

    private static List<String> format(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    /** Everything a reader of the tree can see: kinds, texts, positions, keys and order. */
    static String tree(YamlNode node) {
        StringBuilder out = new StringBuilder();
        tree(node, out);
        return out.toString();
    }

    private static void tree(YamlNode node, StringBuilder out) {
        out.append(node.kind()).append('@').append(node.line()).append(':').append(node.column())
                .append('[').append(node.text()).append(']');
        if (node.kind() == YamlNode.Kind.MAPPING) {
            out.append('{');
            for (Map.Entry<String, YamlNode.Entry> e : node.entries().entrySet()) {
                YamlNode.Entry entry = e.getValue();
                out.append(e.getKey()).append('=').append(entry.key()).append('@').append(entry.line()).append(':')
                        .append(entry.column()).append("->");
                tree(entry.value(), out);
                out.append(';');
            }
            out.append('}');
        }
        if (node.kind() == YamlNode.Kind.SEQUENCE) {
            out.append('(');
            node.items().forEach(item -> {
                tree(item, out);
                out.append(',');
            });
            out.append(')');
        }
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !ROOT.relativize(p).startsWith("target") && Files.isRegularFile(p))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
