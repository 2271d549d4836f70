package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxsite check --built FOLDER}: the guard a public deploy runs on exactly the folder it uploads. */
class CheckBuiltTest {
    private static final String URL = "https://acme.github.io/cx/";
    private static final String SITE = """
            -- site.yaml --
            title: CX
            baseUrl: https://acme.github.io/cx/
            -- content/_index.md --
            ---
            title: Home
            ---
            Start with [help](help/_index.md).
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/reports/_index.md --
            ---
            title: Reports
            audience: internal
            ---
            -- content/reports/q3.md --
            ---
            title: Q3 for the board
            ---
            Churn is up.
            """;

    @TempDir
    Path dir;

    private CxsiteTest.Run cxsite(String... args) {
        return CxsiteTest.run(Map.of(), args);
    }

    @Test
    void aFolderBuiltForEveryoneFailsThePublicGuard() {
        TestSite.write(dir, SITE);
        String out = dir.resolve("out").toString();
        assertEquals(0, cxsite("build", "-s", dir.toString(), "-o", out, "--audience", "all").code());
        CxsiteTest.Run check = cxsite("check", "-s", dir.toString(), "--audience", "public", "--built", out,
                "--base-url", URL);
        assertEquals(Cxsite.CONTENT_ERRORS, check.code(), check.err());
        assertTrue(check.err().contains("error: internal page /cx/reports/q3/ in a public build"), check.err());
    }

    @Test
    void aPublicFolderPassesIt() {
        TestSite.write(dir, SITE);
        String out = dir.resolve("out").toString();
        assertEquals(0, cxsite("build", "-s", dir.toString(), "-o", out, "--audience", "public").code());
        CxsiteTest.Run check = cxsite("check", "-s", dir.toString(), "--audience", "public", "--built", out,
                "--base-url", URL);
        assertEquals(Cxsite.OK, check.code(), check.err());
        assertTrue(check.out().startsWith("checked 2 pages (Markdown pages and sections) in " + out), check.out());
    }

    @Test
    void aFolderThatIsNotThereIsAUsageError() {
        TestSite.write(dir, SITE);
        CxsiteTest.Run check = cxsite("check", "-s", dir.toString(), "--built", dir.resolve("nothing").toString());
        assertEquals(Cxsite.USAGE, check.code());
        assertTrue(check.err().startsWith("error: --built " + dir.resolve("nothing") + ": no such folder"), check.err());
    }
}
