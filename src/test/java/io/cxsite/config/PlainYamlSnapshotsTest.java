package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.MetricsLoader;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots read end to end, through the plain reader and through the full parser: the same
 * snapshot and the same problems (file, line, column, message, did-you-mean) for the sample site's
 * snapshots with mistakes put in: unknown keys, wrong values, broken syntax.
 */
class PlainYamlSnapshotsTest {
    /**
     * A comment line holding '*' sends a text to the full parser and, at the end, moves nothing:
     * every problem of the text before it keeps its place.
     */
    private static final String FULL_PARSER = "\n# *\n";
    private static final List<String> VALUES = List.of("12", "-3", "0.5", "1.7", "84%", "yes", "~", "3m", "abc",
            "2026-11", "1e400", ".nan", "SEK", "sek", "{value: 5.1, n: 10}", "{value: 0.8, n: 0, sd: 1}", "{}",
            "99999999999999999999", "4.5h", "'4'", "-1s");

    @TempDir
    Path dir;

    @Test
    void mistakesInSnapshotsGiveTheSameProblemsThroughBothReaders() throws IOException {
        Random random = new Random(14);
        int read = 0;
        int withProblems = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("content/metrics"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file);
            for (int i = 0; i < 150; i++) {
                String mutant = i == 0 ? text : i % 2 == 0 ? RandomYaml.mutate(text, random, 1) : misspell(text, random);
                if (PlainYamlReader.read(mutant).isEmpty()) {
                    continue;
                }
                read++;
                List<String> problems = sameThroughBoth(name, mutant);
                withProblems += problems.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(read > 2000 && withProblems > read / 4, "read " + read + ", with problems " + withProblems);
    }

    private List<String> sameThroughBoth(String name, String text) throws IOException {
        Problems plain = new Problems();
        Problems full = new Problems();
        Optional<Snapshot> viaPlain = read(name, text, plain);
        Optional<Snapshot> viaFull = read(name, text + FULL_PARSER, full);
        List<String> expected = full.sorted().stream().map(Problem::format).toList();
        assertEquals(expected, plain.sorted().stream().map(Problem::format).toList(), text);
        assertEquals(viaFull, viaPlain, text);
        return expected;
    }

    private Optional<Snapshot> read(String name, String text, Problems problems) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        String stem = name.substring(0, name.length() - ".yaml".length());
        int dot = stem.indexOf('.');
        Period period = Period.parse(dot < 0 ? stem : stem.substring(0, dot)).orElseThrow();
        Optional<String> segment = dot < 0 ? Optional.empty() : Optional.of(stem.substring(dot + 1));
        return MetricsLoader.readFile(file, "content/metrics/" + name, period, segment, problems);
    }

    /** {@code text} with one key misspelt or one value replaced, on a random 'key: value' line. */
    private static String misspell(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int at = random.nextInt(lines.length);
        String line = lines[at];
        int colon = line.indexOf(": ");
        if (colon < 0 || line.trim().startsWith("#")) {
            return text;
        }
        if (random.nextBoolean()) {
            int cut = line.length() - line.stripLeading().length() + random.nextInt(colon - (line.length()
                    - line.stripLeading().length()));
            lines[at] = line.substring(0, cut) + line.substring(cut + 1);
        } else {
            lines[at] = line.substring(0, colon + 2) + VALUES.get(random.nextInt(VALUES.size()));
        }
        return String.join("\n", lines);
    }
}
