package io.cxsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cxsite.cli.Cxsite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A whole tiny site ({@code -- path --} lines start its files), built by {@code cxsite build} as a
 * user runs it: the build exits 0 and writes public/, or exits 1, writes nothing, and prints only
 * located problems and the closing count. Never a bare "error:" (an exception caught by the CLI).
 */
class BuildFuzzTest {
    private static final FuzzSite SITE = FuzzSite.create();
    private static final Pattern PROBLEM = Pattern.compile("[^\\s:][^:]*:[1-9][0-9]*:[1-9][0-9]*: (error|warning): .+");
    private static final Pattern CLOSING = Pattern.compile("[0-9]+ errors?, [0-9]+ warnings?; nothing was written");

    @FuzzTest
    void build(byte[] input) throws Exception {
        SITE.write(FuzzSite.site(input));
        Path output = SITE.dir().resolve("public");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = new int[1];
        Invariants.quietly(() -> code[0] = Cxsite.run(new String[] {"build", "-s", SITE.dir().toString()},
                new PrintWriter(out), new PrintWriter(err), Map.of("SOURCE_DATE_EPOCH", "1790000000")));
        String printed = err.toString();
        if (code[0] == Cxsite.OK) {
            assertTrue(Files.isRegularFile(output.resolve("index.html")) || Files.isDirectory(output),
                    "exit 0 without public/");
        } else {
            assertEquals(Cxsite.CONTENT_ERRORS, code[0], "exit code; printed:\n" + printed);
            assertTrue(Files.notExists(output), "a failed build wrote public/");
        }
        for (String line : printed.split("\n")) {
            assertTrue(line.isEmpty() || PROBLEM.matcher(line).matches() || CLOSING.matcher(line).matches(),
                    "printed a line that is not a located problem: " + line);
            if (PROBLEM.matcher(line).matches()) {
                Invariants.message(line.substring(line.indexOf(": ", line.indexOf(": ") + 1) + 2), line, SITE.files());
            }
        }
    }
}
