package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: exit codes and the printed problem format. */
class CxsiteTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cxsite.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Run(code, out.toString(), err.toString());
    }

    static final String BROKEN = """
            -- site.yaml --
            title: Broken
            baseUrl: https://acme.example/
            -- content/a.md --
            ---
            title: A
            weight: heavy
            ---
            [b](b.md)
            -- content/c.md --
            ---
            titel: C
            ---
            """;

    @Test
    void buildPrintsAllProblemsAsPathLineColumnAndExitsOne() {
        TestSite.write(dir, BROKEN);
        Run run = run(Map.of(), "build", "-s", dir.toString());
        assertEquals(Cxsite.CONTENT_ERRORS, run.code());
        assertEquals("""
                content/a.md:3:9: error: 'weight' must be a whole number, found 'heavy'
                content/c.md:1:1: error: missing 'title:' in front matter; every page needs a title
                content/c.md:2:1: warning: unknown front-matter key 'titel' (did you mean 'title'?)
                2 errors, 1 warning; nothing was written
                """, run.err());
        assertTrue(Files.notExists(dir.resolve("public")));
    }

    @Test
    void linkErrorsComeAfterFrontMatterIsFixed() {
        TestSite.write(dir, BROKEN + """
                -- content/c.md --
                ---
                title: C
                ---
                -- content/a.md --
                ---
                title: A
                ---
                text
                [b](b.md)
                """);
        Run run = run(Map.of(), "check", "-s", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("content/a.md:5:1: error: link 'b.md' points to content/b.md, which does not exist\n"),
                run.err());
    }

    @Test
    void underGitHubActionsProblemsAreAlsoAnnotations() {
        TestSite.write(dir, BROKEN);
        Run run = run(Map.of("GITHUB_ACTIONS", "true"), "build", "-s", dir.toString());
        assertTrue(run.out().contains(
                "::error file=content/a.md,line=3,col=9::'weight' must be a whole number, found 'heavy'\n"), run.out());
        assertTrue(run.out().contains("::warning file=content/c.md,line=2,col=1::"), run.out());
    }

    @Test
    void buildSucceedsWithExitZeroAndSaysWhatItWrote() {
        TestSite.write(dir, """
                -- site.yaml --
                title: Fine
                baseUrl: https://acme.example/
                -- content/a.md --
                ---
                title: A
                ---
                """);
        Run run = run(Map.of(), "build", "-s", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("built 2 pages (Markdown pages and sections), "), run.out());
        assertTrue(Files.exists(dir.resolve("public/a/index.html")));
    }

    @Test
    void checksTheSiteInTheWorkingFolderByDefault() {
        // The working folder is the repository root, the sample site; '.' once hid the theme's templates.
        Run run = run(Map.of(), "check");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("checked \\d+ pages \\(Markdown pages and sections\\): no errors\\R"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(Cxsite.USAGE, run(Map.of(), "build", "--no-such-option").code());
        assertEquals(Cxsite.USAGE, run(Map.of(), "build", "--audience", "everyone", "-s", dir.toString()).code());
        assertEquals(Cxsite.USAGE, run(Map.of(), "build", "--base-url", "not a url", "-s", dir.toString()).code());
        assertEquals(Cxsite.USAGE, run(Map.of(), "frobnicate").code());
        assertEquals(Cxsite.USAGE, run(Map.of(), "new", "poem", "Title").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "check", "serve", "new", "init"}) {
            Run run = run(Map.of(), command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().contains("Usage: cxsite " + command), run.out());
        }
    }

    /** The options build, check and serve share are declared once (SiteOptions, BaseUrlOption); the help stays each command's. */
    @Test
    void sharedOptionsKeepEachCommandsHelp() {
        String build = run(Map.of(), "build", "--help").out();
        String check = run(Map.of(), "check", "--help").out();
        String serve = run(Map.of(), "serve", "--help").out();
        for (String help : List.of(build, check, serve)) {
            assertTrue(help.contains("  -s, --source=DIR") && help.contains("      --strict ")
                    && help.contains("      --drafts ") && help.contains("      --audience=public|all"), help);
        }
        assertTrue(build.contains("--base-url=URL   Absolute URL the site is published at, e.g.\n"
                + "                         https://acme.github.io/cx/ (overrides site.yaml)"), build);
        assertTrue(check.contains("so that links are checked under the path\n                         they will be"
                + " served from"), check);
        assertTrue(serve.contains("--base-url=URL   With --built: the URL the folder was built for"), serve);
        assertTrue(build.contains("-o, --output=DIR") && !check.contains("--output") && !serve.contains("--output"));
    }

    @Test
    void newScaffoldsAPageThatBuilds() throws Exception {
        TestSite.write(dir, """
                -- site.yaml --
                title: New
                baseUrl: https://acme.example/
                """);
        Run run = run(Map.of(), "new", "-s", dir.toString(), "guide", "Reading", "CES", "för", "alla");
        assertEquals(0, run.code(), run.err());
        Path file = dir.resolve("content/guides/reading-ces-for-alla.md");
        assertTrue(Files.readString(file).startsWith("---\ntitle: \"Reading CES för alla\"\n"));
        assertEquals(Cxsite.USAGE, run(Map.of(), "new", "-s", dir.toString(), "guide", "Reading CES för alla").code());
        assertEquals(0, run(Map.of(), "build", "-s", dir.toString()).code());
        assertTrue(Files.isRegularFile(dir.resolve("public/guides/reading-ces-for-alla/index.html")), "not a draft");
    }
}
