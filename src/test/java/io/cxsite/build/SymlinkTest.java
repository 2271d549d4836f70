package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Severity;
import io.cxsite.serve.IncrementalBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not the author's never reach public/: a symbolic link from any folder the build
 * reads to a file or folder outside the site is an error at the link, and nothing is published.
 * Links that stay inside the site are followed.
 */
class SymlinkTest {
    private static final String SECRET = "CI_TOKEN=do-not-publish";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private Path secretFile;
    private Path secretFolder;

    static final String SITE = """
            -- site.yaml --
            title: Links
            baseUrl: https://acme.example/
            -- content/_index.md --
            ---
            title: Home
            ---
            See [help](help/_index.md).
            -- content/help/_index.md --
            ---
            title: Help
            ---
            ![Logo](logo.png) and [the shared notes](shared/notes.txt).
            -- shared/logo.png --
            PNG
            -- shared/notes/notes.txt --
            notes kept outside content/ but inside the site
            """;

    @BeforeEach
    void outside() throws IOException {
        secretFile = Files.writeString(elsewhere.resolve("environ"), SECRET);
        secretFolder = Files.createDirectories(elsewhere.resolve("folder"));
        Files.writeString(secretFolder.resolve("hostname.txt"), SECRET);
        Files.writeString(secretFolder.resolve("page.md"), "---\ntitle: Stolen\n---\n" + SECRET + "\n");
    }

    @Test
    void aLinkToAFileOutsideTheSiteIsAnErrorAtTheLinkAndNothingIsPublished() throws IOException {
        TestSite site = siteWithLinks();
        link("content/help/environ.txt", secretFile);

        BuildResult result = site.build();

        assertEquals(List.of(outside("content/help/environ.txt", "file")), errors(result));
        assertFalse(Files.exists(site.output()), "a failed build publishes nothing");
        assertNoSecretIn(site.output());
    }

    @Test
    void aLinkedFolderOutsideTheSiteIsAnErrorAtTheLinkAndItsPagesAreNotRead() throws IOException {
        TestSite site = siteWithLinks();
        link("content/help/more", secretFolder);

        BuildResult result = site.build();

        assertEquals(List.of(outside("content/help/more", "folder")), errors(result));
        assertNoSecretIn(site.output());
    }

    @Test
    void linksThatStayInsideTheSiteAreFollowed() throws IOException {
        TestSite site = siteWithLinks();

        BuildResult result = site.build();

        assertEquals(List.of(), errors(result));
        assertEquals("PNG\n", site.read("help/logo.png"));
        assertEquals("notes kept outside content/ but inside the site\n", site.read("help/shared/notes.txt"));
    }

    @Test
    void aLinkThatLoopsBackIsAnErrorAtTheLink() throws IOException {
        TestSite site = siteWithLinks();
        link("content/help/again", dir.resolve("content"));

        BuildResult result = site.build();

        assertEquals(1, errors(result).size(), result.problems().toString());
        Problem loop = errors(result).get(0);
        assertEquals("content/help/again", loop.path());
        assertTrue(loop.message().contains("loops back"), loop.message());
    }

    @Test
    @Timeout(20)
    void twoFoldersLinkedToEachOtherEndInALoopError() throws IOException {
        TestSite site = siteWithLinks();
        Files.createDirectories(dir.resolve("content/help/a"));
        Files.createDirectories(dir.resolve("content/help/b"));
        link("content/help/a/to-b", dir.resolve("content/help/b"));
        link("content/help/b/to-a", dir.resolve("content/help/a"));

        BuildResult result = site.build();

        assertEquals(List.of("content/help/a/to-b/to-a/to-b", "content/help/b/to-a/to-b/to-a"),
                errors(result).stream().map(Problem::path).toList());
        assertTrue(errors(result).get(0).message().contains("loops back to content/help/b"));
    }

    @Test
    void checkRefusesALinkOutOfTheSiteToo() throws IOException {
        TestSite site = siteWithLinks();
        link("content/help/environ.txt", secretFile);

        BuildResult result = site.build(new BuildRequest(dir, Optional.empty(), Optional.empty(),
                Optional.of(AudienceScope.PUBLIC), false, false));

        assertEquals(List.of(outside("content/help/environ.txt", "file")), errors(result));
    }

    /** serve's rebuilds read the same files: a link added while it runs is refused, and removing it clears the error. */
    @Test
    void anIncrementalRebuildRefusesALinkAddedWhileServing() throws IOException {
        siteWithLinks();
        IncrementalBuild build = IncrementalBuild.of(BuildRequest.of(dir), new ReentrantLock());
        assertEquals(List.of(), errors(build.rebuild().result()));

        Path folderLink = link("content/help/more", secretFolder);
        assertEquals(List.of(outside("content/help/more", "folder")),
                errors(build.rebuild(List.of(folderLink)).result()));
        Path fileLink = link("content/help/environ.txt", secretFile);
        assertEquals(List.of(outside("content/help/environ.txt", "file"), outside("content/help/more", "folder")),
                errors(build.rebuild(List.of(fileLink)).result()));

        Files.delete(folderLink);
        Files.delete(fileLink);
        assertEquals(List.of(), errors(build.rebuild(List.of(folderLink, fileLink)).result()));
        assertNoSecretIn(dir.resolve("public"));
    }

    /** Every input folder and file the build reads refuses a link out of the site in the same way. */
    @ParameterizedTest
    @ValueSource(strings = {"content/help/page.md", "content/metrics/2026-10.yaml", "content/feedback/export.csv",
            "content/topics.yaml", "static/robots-extra.txt", "templates/page.peb", "i18n/en.yaml",
            "themes/default/static/css/extra.css", "themes/default/templates/extra.peb", "themes/default/i18n/sv.yaml",
            "site.yaml"})
    void everyInputRefusesALinkOutOfTheSite(String path) throws IOException {
        TestSite site = siteWithLinks();
        copyTheme();
        Files.writeString(dir.resolve("site.yaml"), "title: Links\nbaseUrl: https://acme.example/\ntheme: default\n");
        Files.deleteIfExists(dir.resolve(path));
        link(path, secretFile);

        BuildResult result = site.build();

        assertTrue(errors(result).contains(outside(path, "file")), result.problems().toString());
        assertNoSecretIn(site.output());
    }

    /**
     * A link that stays inside the site but leads into a hidden file or folder: a CI checkout keeps its
     * token in .git/config, and .env holds secrets; a link in a pull request is easy to miss.
     */
    @ParameterizedTest
    @ValueSource(strings = {".git/config", ".env", ".secrets/token.txt", "shared/.private/key.txt"})
    void aLinkIntoAHiddenFileOfTheSiteIsAnErrorAtTheLink(String hidden) throws IOException {
        TestSite site = siteWithLinks();
        Path file = dir.resolve(hidden);
        Files.createDirectories(file.getParent());
        Files.writeString(file, SECRET);
        Path fileLink = link("content/help/notes.txt", file);

        BuildResult result = site.build();

        List<Problem> errors = errors(result);
        assertEquals(List.of("content/help/notes.txt"), errors.stream().map(Problem::path).toList(),
                result.problems().toString());
        assertTrue(errors.get(0).message().contains("leads into the hidden file " + hidden), errors.get(0).message());
        assertNoSecretIn(site.output());

        Files.delete(fileLink);
        link("static/notes", file.getParent());
        BuildResult folder = site.build();
        assertEquals(List.of("static/notes"), errors(folder).stream().map(Problem::path).toList(),
                folder.problems().toString());
        assertNoSecretIn(site.output());
    }

    @Test
    void theContentFolderItselfMayNotLinkOutOfTheSite() throws IOException {
        TestSite site = siteWithLinks();
        Path content = Files.createDirectories(elsewhere.resolve("content"));
        Files.writeString(content.resolve("_index.md"), "---\ntitle: Home\n---\n" + SECRET + "\n");
        deleteTree(dir.resolve("content"));
        link("content", content);

        BuildResult result = site.build();

        assertEquals(List.of(outside("content", "folder")), errors(result));
        assertNoSecretIn(site.output());
    }

    private TestSite siteWithLinks() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        link("content/help/logo.png", dir.resolve("shared/logo.png"));
        link("content/help/shared", dir.resolve("shared/notes"));
        return site;
    }

    private Path link(String path, Path target) throws IOException {
        Path link = dir.resolve(path);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    private void copyTheme() throws IOException {
        Path from = TestSite.REPO.resolve("themes/default");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = dir.resolve("themes/default").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Problem outside(String path, String what) {
        Path target = path.equals("content") ? elsewhere.resolve("content")
                : what.equals("file") ? secretFile : secretFolder;
        return Problem.error(path, 0, 0, "a symbolic link to " + target + ", outside the site folder; cxsite"
                + " never follows a link out of the site, so that no file but the author's is published:"
                + " replace the link by a copy of the " + what);
    }

    private static List<Problem> errors(BuildResult result) {
        return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    private static void assertNoSecretIn(Path output) {
        for (Map.Entry<String, byte[]> file : TestSite.snapshot(output).entrySet()) {
            assertFalse(new String(file.getValue(), StandardCharsets.UTF_8).contains(SECRET), file.getKey());
        }
    }
}
