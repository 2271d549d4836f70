package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.publish.OutputRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md's output-folder rule at the command line: every folder a build must not replace is
 * refused with exit 2 and not a byte changes, however the folder is spelled.
 */
class OutputFolderTest {
    @TempDir
    Path dir;
    Path site;
    Path home;
    String realHome;

    @BeforeEach
    void site() throws IOException {
        // Absolute paths only: a relative one would name the repository this test runs in.
        site = dir.resolve("work/site");
        TestSite.write(site, """
                -- site.yaml --
                title: Safe
                baseUrl: https://acme.example/
                -- content/a.md --
                ---
                title: A
                ---
                -- content/guides/_index.md --
                ---
                title: Guides
                ---
                -- .git/HEAD --
                ref: refs/heads/main
                -- themes/own/README --
                a theme
                -- templates/README --
                overrides
                -- static/logo.txt --
                logo
                """);
        Files.writeString(dir.resolve("work/notes.txt"), "the user's own notes");
        home = Files.createDirectories(dir.resolve("home"));
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", realHome);
    }

    @Test
    void refusesEveryFolderThatHoldsOrFeedsTheSite() throws IOException {
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("elsewhere/to-content"), site.resolve("content"));
        Files.createSymbolicLink(dir.resolve("elsewhere/to-guides"), site.resolve("content/guides"));
        Files.createDirectories(dir.resolve("work/mine"));
        Files.writeString(dir.resolve("work/mine/report.docx"), "not made by cxsite");
        List<String> refused = List.of(
                site.toString(), site + "/.", site + "/content", site + "/content/public",
                site + "/..", site + "/../..", home.toString(), "/",
                dir + "/elsewhere/to-content", dir + "/elsewhere/to-guides/../fresh",
                site + "/themes/out", site + "/templates/out", site + "/static/out", site + "/i18n",
                dir + "/work/mine", site + "/site.yaml");
        Map<String, byte[]> before = TestSite.snapshot(dir);
        for (String output : refused) {
            CxsiteTest.Run run = CxsiteTest.run(Map.of(), "build", "-s", site.toString(), "-o", output);
            assertEquals(Cxsite.USAGE, run.code(), output + ": " + run.err());
            assertTrue(run.err().startsWith("error: refusing to build into "), output + ": " + run.err());
            assertTrue(run.err().contains("Nothing was deleted"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertSame(before, TestSite.snapshot(dir), output);
        }
    }

    @Test
    void buildsIntoANewAnEmptyOrItsOwnFolder() throws IOException {
        Path fresh = dir.resolve("out/new");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (Path output : List.of(fresh, empty, fresh)) {
            CxsiteTest.Run run = CxsiteTest.run(Map.of(), "build", "-s", site.toString(), "-o", output.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(Files.exists(output.resolve("a/index.html")));
            assertTrue(Files.exists(output.resolve(OutputRule.MARKER)), "the next build may replace it");
        }
    }

    @Test
    void rebuildsAPublicFolderAnEarlierVersionMadeWithoutTheMarker() throws IOException {
        Path output = site.resolve("public");
        Files.createDirectories(output);
        for (String name : List.of("sitemap.xml", "robots.txt", "feed.xml", "search-index.json", "stale.html")) {
            Files.writeString(output.resolve(name), "from an earlier cxsite");
        }
        CxsiteTest.Run run = CxsiteTest.run(Map.of(), "build", "-s", site.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(output.resolve("stale.html")));
        assertTrue(Files.exists(output.resolve(OutputRule.MARKER)));
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String output) {
        assertEquals(expected.keySet(), actual.keySet(), "-o " + output + " changed the files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
