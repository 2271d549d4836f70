package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plain build skips picocli; every other form of the arguments still goes to picocli, which words the errors. */
class QuickBuildTest {
    private final Cxsite root = new Cxsite(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            Map.of());

    @Test
    void plainBuildArgumentsAreReadAsPicocliReadsThem() {
        BuildCommand build = QuickBuild.of(root, "build", "--strict", "-s", "site", "--output", "out",
                "--audience", "ALL", "--base-url", "https://acme.example/cx/", "--drafts").orElseThrow();
        assertEquals(Path.of("site"), build.site.source);
        assertEquals(Path.of("out"), build.output);
        assertEquals("ALL", build.site.audience);
        assertEquals("https://acme.example/cx/", build.baseUrl.given);
        assertTrue(build.site.strict && build.site.drafts);
        BuildCommand plain = QuickBuild.of(root, "build").orElseThrow();
        assertEquals(Path.of("."), plain.site.source);
        assertEquals(null, plain.output);
        assertTrue(!plain.site.strict && !plain.site.drafts && plain.site.audience == null && plain.baseUrl.given == null);
    }

    @Test
    void everyOtherFormIsLeftToPicocli() {
        List<List<String>> others = List.of(
                List.of(), List.of("check"), List.of("help", "build"), List.of("build", "--help"), List.of("build", "-h"),
                List.of("build", "-V"), List.of("build", "--source=site"), List.of("build", "-ssite"),
                List.of("build", "-s"), List.of("build", "-s", "--strict"), List.of("build", "-s", "-"),
                List.of("build", "-s", ""), List.of("build", "-s", "check"), List.of("build", "@args.txt"),
                List.of("build", "-s", "@site"), List.of("build", "-s", "a", "--source", "b"),
                List.of("build", "--strict", "--strict"), List.of("build", "site"), List.of("build", "--"),
                List.of("build", "--audience", "everyone"), List.of("build", "--base-url", "not a url"),
                List.of("build", "--drafts=true"), List.of("build", "-s", "bad\0path"), List.of("build", "--sou", "x"));
        for (List<String> args : others) {
            assertEquals(Optional.empty(), QuickBuild.of(root, args.toArray(String[]::new)).map(b -> "quick"),
                    String.join(" ", args));
        }
    }
}
