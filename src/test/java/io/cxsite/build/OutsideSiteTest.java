package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.InputFiles;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.diagnostics.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing outside the site folder is read, whatever a setting names: a {@code theme:} that is a path
 * out of {@code themes/} (up with {@code ..}, or absolute) is an error at its value, and no template
 * or static file of that folder reaches the output.
 */
class OutsideSiteTest {
    private static final String SECRET = "BEGIN OPENSSH PRIVATE KEY do-not-publish";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private Path outsideTheme;

    @BeforeEach
    void aThemeOutsideTheSite() throws IOException {
        outsideTheme = elsewhere.resolve("theme");
        TestSite.copyTree(TestSite.REPO.resolve("themes/default"), outsideTheme);
        Files.writeString(outsideTheme.resolve("static/id_rsa"), SECRET);
        Files.writeString(outsideTheme.resolve("templates/page.peb"), SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative", "absolute", "through-default", "dot", "backslash"})
    void aThemeThatIsAPathOutOfThemesIsAnErrorAtItsValue(String spelling) throws IOException {
        Files.createDirectories(dir.resolve("themes/default"));
        String up = dir.resolve("themes").relativize(outsideTheme).toString();
        String theme = switch (spelling) {
            case "relative" -> up;
            case "absolute" -> outsideTheme.toString();
            case "through-default" -> "default/../" + up;
            case "dot" -> ".";
            default -> up.replace('/', '\\');
        };
        TestSite site = site(theme);

        BuildResult result = site.build();

        List<Problem> errors = errors(result);
        assertEquals(1, errors.size(), result.problems().toString());
        Problem error = errors.get(0);
        assertEquals(List.of("site.yaml", 3, 8), List.of(error.path(), error.line(), error.column()));
        assertTrue(error.message().contains("'theme' must be the name of a folder under themes/"), error.message());
        assertFalse(Files.exists(site.output()), "a failed build publishes nothing");
    }

    @Test
    void aThemeOfTheSiteWithAPlainNameStillBuilds() throws IOException {
        TestSite.copyTree(TestSite.REPO.resolve("themes/default"), dir.resolve("themes/house-style_2"));
        TestSite site = site("house-style_2");

        BuildResult result = site.build();

        assertEquals(List.of(), errors(result));
        assertTrue(Files.isRegularFile(site.output().resolve("index.html")));
    }

    @Test
    void noFileOfAnOutsideThemeReachesTheOutput() throws IOException {
        Files.createDirectories(dir.resolve("themes"));
        TestSite site = site(dir.resolve("themes").relativize(outsideTheme).toString());

        site.build();

        for (Map.Entry<String, byte[]> file : TestSite.snapshot(site.output()).entrySet()) {
            assertFalse(new String(file.getValue(), StandardCharsets.UTF_8).contains(SECRET), file.getKey());
        }
    }

    /** The last guard, whatever a later setting builds a path from: a path up and out of the site is never read. */
    @Test
    void thePathGuardRefusesAPathThatClimbsOutOfTheSite() throws IOException {
        Files.createDirectories(dir.resolve("themes"));
        Problems problems = new Problems();

        Path up = dir.resolve("themes").resolve(dir.resolve("themes").relativize(outsideTheme.resolve("static/id_rsa")));
        assertTrue(Files.exists(up));
        assertFalse(InputFiles.inside(dir, up, problems));
        assertFalse(InputFiles.inside(dir, outsideTheme.resolve("static/id_rsa"), problems));
        assertTrue(InputFiles.walk(dir, "themes/" + dir.resolve("themes").relativize(outsideTheme), InputFiles.ALL,
                (path, folder) -> false, problems).isEmpty());
        assertTrue(problems.sorted().stream().allMatch(p -> p.isError()
                && p.message().startsWith("a path that leaves the site folder")), problems.sorted().toString());
        assertTrue(InputFiles.inside(dir, dir.resolve("themes"), new Problems()));
    }

    private TestSite site(String theme) {
        return TestSite.write(dir, """
                -- site.yaml --
                title: Outside
                baseUrl: https://acme.example/
                theme: "%s"
                -- content/_index.md --
                ---
                title: Home
                ---
                Hello.
                """.formatted(theme.replace("\\", "\\\\")));
    }

    private static List<Problem> errors(BuildResult result) {
        return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

}
