package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.metrics.MetricsTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key property of serve's incremental build: after any edit its folder holds byte for byte
 * what a full build of the same sources writes. Each test edits a small site several ways and
 * compares after every edit.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Incremental
            baseUrl: https://acme.example/cx/
            audience: all
            -- content/_index.md --
            ---
            title: Home
            ---
            Welcome.
            -- content/guides/_index.md --
            ---
            title: Guides
            description: How we work.
            ---
            -- content/guides/alpha.md --
            ---
            title: Alpha
            description: The first guide.
            date: 2026-01-10
            tags: [nps, survey]
            ---
            ## First step

            Read [beta](beta.md#details) first, then [the help](../help/gamma.md).

            ## Second step

            Done.
            -- content/guides/beta.md --
            ---
            title: Beta
            date: 2026-02-10
            tags: [nps]
            ---
            ## Details

            Some text.
            -- content/help/_index.md --
            ---
            title: Help
            ---
            -- content/help/gamma.md --
            ---
            title: Gamma
            tags: [help]
            ---
            Help with a picture: ![logo](logo.svg)
            -- content/help/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/reports/q3.md --
            ---
            title: Q3
            ---
            ```cx-kpi nps period=2026-09
            ```

            ```cx-chart nps-trend
            ```
            """ + MetricsTest.QUARTER;

    private Path site;
    private IncrementalBuild build;

    private void start(String files) throws IOException {
        site = dir.resolve("site");
        TestSite.write(site, files);
        build = IncrementalBuild.of(BuildRequest.of(site), new ReentrantLock());
        IncrementalBuild.Outcome first = build.rebuild();
        assertEquals(List.of(), errors(first));
        assertSameAsFullBuild();
    }

    private IncrementalBuild.Outcome edit(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return build.rebuild(List.of(file));
    }

    private IncrementalBuild.Outcome replace(String path, String from, String to) throws IOException {
        String text = Files.readString(site.resolve(path));
        assertTrue(text.contains(from), path + " has no '" + from + "'");
        return edit(path, text.replace(from, to));
    }

    private IncrementalBuild.Outcome delete(String path) throws IOException {
        Files.delete(site.resolve(path));
        return build.rebuild(List.of(site.resolve(path)));
    }

    private static List<String> errors(IncrementalBuild.Outcome outcome) {
        return outcome.result().problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    /** The incremental output equals a full build's, file for file; a difference shows as a text diff. */
    private void assertSameAsFullBuild() {
        Path full = dir.resolve("full");
        BuildResult result;
        try {
            result = SiteBuild.run(new BuildRequest(site, Optional.of(full), Optional.empty(), Optional.empty(),
                    false, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), result.problems().stream().filter(Problem::isError).toList());
        Map<String, byte[]> expected = TestSite.snapshot(full);
        Map<String, byte[]> actual = TestSite.snapshot(site.resolve("public"));
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differ = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, actual.get(path))) {
                differ.add(path);
            }
        });
        if (!differ.isEmpty()) {
            String path = differ.get(0);
            assertEquals(new String(expected.get(path), StandardCharsets.UTF_8),
                    new String(actual.get(path), StandardCharsets.UTF_8), differ + " differ; the first");
        }
        assertEquals(List.of(), emptyFolders(site.resolve("public")), "a full build leaves no empty folders");
    }

    private static List<Path> emptyFolders(Path root) {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).filter(d -> {
                try (var list = Files.list(d)) {
                    return list.findAny().isEmpty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBodyEditRendersThatPageAloneWithoutAssemblingTheSite() throws IOException {
        start(SITE);
        IncrementalBuild.Outcome outcome = replace("content/guides/alpha.md", "Done.", "Done, and checked twice.");
        assertEquals(List.of(), errors(outcome));
        assertFalse(outcome.assembled(), "only the body changed");
        assertEquals(1, outcome.rendered(), "the page itself; its section, tags and neighbours show no body");
        assertTrue(Files.readString(site.resolve("public/guides/alpha/index.html")).contains("checked twice"));
        assertSameAsFullBuild();

        // Text before a link moves the link but not where it leads.
        outcome = replace("content/guides/alpha.md", "Read [beta]", "First read [beta]");
        assertFalse(outcome.assembled());
        assertSameAsFullBuild();
    }

    @Test
    void editsOfEveryKindGiveWhatAFullBuildGives() throws IOException {
        start(SITE);
        replace("content/guides/beta.md", "title: Beta", "title: Aardvark");  // section lists, prev/next, tag pages
        assertSameAsFullBuild();
        replace("content/guides/alpha.md", "tags: [nps, survey]", "tags: [nps, churn]");  // a tag page goes, one comes
        assertSameAsFullBuild();
        assertTrue(Files.exists(site.resolve("public/tags/churn/index.html")));
        assertFalse(Files.exists(site.resolve("public/tags/survey")));
        edit("content/guides/delta.md", """
                ---
                title: Delta
                weight: 1
                ---
                A new page, [linking back](alpha.md#second-step).
                """);
        assertSameAsFullBuild();
        IncrementalBuild.Outcome deleted = delete("content/help/gamma.md");
        assertEquals(List.of("content/guides/alpha.md:9:42: error: link '../help/gamma.md' points to"
                + " content/help/gamma.md, which does not exist"), errors(deleted));
        replace("content/guides/alpha.md", ", then [the help](../help/gamma.md)", "");
        assertSameAsFullBuild();
        assertFalse(Files.exists(site.resolve("public/help/gamma")), "the deleted page's folder is gone");
        IncrementalBuild.Outcome snapshot = replace("content/metrics/2026-09.yaml", "promoters: 150", "promoters: 180");
        assertSameAsFullBuild();  // KPI cards, charts, period pages
        assertTrue(snapshot.rendered() <= 8, "report pages only, not " + snapshot.rendered());
        assertFalse(snapshot.assembled(), "new figures for the same report blocks: the last site takes them");
        edit("content/metrics/2026-10.yaml", """
                period: 2026-10
                nps: {promoters: 90, passives: 40, detractors: 30}
                """);
        assertSameAsFullBuild();
        edit("content/help/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>\n");
        assertSameAsFullBuild();
        edit("templates/partials/footer.peb", "<footer>{{ site.title }} and {{ t.allTags }}</footer>\n");
        assertSameAsFullBuild();
        replace("content/guides/alpha.md", "Done.", "Done with the new footer.");  // pages only, new templates
        assertSameAsFullBuild();
        edit("static/css/extra.css", "body { margin: 0 }\n");
        assertSameAsFullBuild();
        edit("site.yaml", Files.readString(site.resolve("site.yaml")) + "footer: Made with care.\n");
        assertSameAsFullBuild();
    }

    @Test
    void aBrokenEditLeavesTheOutputAsItWasUntilItIsFixed() throws IOException {
        start(SITE);
        Map<String, byte[]> before = TestSite.snapshot(site.resolve("public"));
        String good = Files.readString(site.resolve("content/guides/beta.md"));
        IncrementalBuild.Outcome broken = edit("content/guides/beta.md", good.replace("tags: [nps]\n---", "tags: [nps]\n"));
        assertEquals(List.of("content/guides/beta.md:1:1: error: front matter opened with '---' is never closed;"
                + " add a '---' line after it"), errors(broken));
        assertEquals(0, broken.written());
        assertEquals(before.keySet(), TestSite.snapshot(site.resolve("public")).keySet());
        assertTrue(Files.readString(site.resolve("public/guides/beta/index.html")).contains("Some text."));

        edit("content/guides/beta.md", good.replace("Some text.", "Some better text."));
        assertSameAsFullBuild();
    }

    @Test
    void aSnapshotEditThatBreaksAReportBlockIsCheckedAsAFullBuildChecksIt() throws IOException {
        start(SITE);
        String september = Files.readString(site.resolve("content/metrics/2026-09.yaml"));
        IncrementalBuild.Outcome removed = delete("content/metrics/2026-09.yaml");
        List<String> errors = errors(removed);
        assertFalse(errors.isEmpty(), "the block's period has no snapshot any more");
        assertTrue(errors.stream().allMatch(e -> e.startsWith("content/reports/q3.md:")), errors.toString());
        assertEquals(errors, SiteBuild.run(new BuildRequest(site, Optional.empty(), Optional.empty(), Optional.empty(),
                false, false)).problems().stream().filter(Problem::isError).map(Problem::format).toList());
        IncrementalBuild.Outcome back = edit("content/metrics/2026-09.yaml", september);
        assertEquals(List.of(), errors(back));
        assertSameAsFullBuild();
    }

    /** Starts the site and updates alpha with a new word, without finishing: the search indexes lack it. */
    private void updateAlphaWithZebra() throws IOException {
        start(SITE);
        Path alpha = site.resolve("content/guides/alpha.md");
        Files.writeString(alpha, Files.readString(alpha).replace("Done.", "Done: zebra."));
        assertEquals(List.of(), errors(build.update(List.of(alpha))));
    }

    @Test
    void searchIndexesLeftByOneUpdateComeWithTheNext() throws IOException {
        updateAlphaWithZebra();
        assertTrue(Files.readString(site.resolve("public/guides/alpha/index.html")).contains("zebra"));
        assertFalse(Files.readString(site.resolve("public/search-index.json")).contains("zebra"), "not yet");
        Path beta = site.resolve("content/guides/beta.md");
        Files.writeString(beta, Files.readString(beta).replace("title: Beta", "title: Better"));
        assertEquals(List.of(), errors(build.update(List.of(beta))));
        build.finish();
        assertTrue(Files.readString(site.resolve("public/search-index.json")).contains("zebra"));
        assertSameAsFullBuild();
        assertEquals(0, build.finish().written(), "nothing left to do");
    }

    @Test
    void aFinishToldToStopWritesNothingAndTheNextOneDoesItAll() throws IOException {
        updateAlphaWithZebra();
        for (int stopAt = 1; stopAt <= 3; stopAt++) {
            int[] asked = {0};
            int at = stopAt;
            IncrementalBuild.Outcome stopped = build.finish(() -> ++asked[0] >= at);
            assertEquals(at, asked[0], "stops when told, at its " + at + ". look");
            assertEquals(0, stopped.written());
            assertFalse(build.finished());
            assertFalse(Files.readString(site.resolve("public/search-index.json")).contains("zebra"));
        }
        IncrementalBuild.Outcome done = build.finish(() -> false);
        assertTrue(done.written() > 0);
        assertTrue(build.finished());
        assertTrue(Files.readString(site.resolve("public/search-index.json")).contains("zebra"));
        assertSameAsFullBuild();
    }

    @Test
    void anEditThatChangesNoOutputWritesNothing() throws IOException {
        start(SITE);
        IncrementalBuild.Outcome outcome = edit("content/guides/beta.md",
                Files.readString(site.resolve("content/guides/beta.md")));
        assertEquals(0, outcome.written());
        assertEquals(0, outcome.deleted());
        assertEquals(0, outcome.rendered());
    }

    @Test
    void theSampleSiteStaysEqualToAFullBuildThroughEdits() throws IOException {
        site = dir.resolve("sample");
        for (String part : List.of("site.yaml", "content", "themes")) {
            TestSite.copyTree(TestSite.REPO.resolve(part), site.resolve(part));
        }
        build = IncrementalBuild.of(BuildRequest.of(site), new ReentrantLock());
        assertEquals(List.of(), errors(build.rebuild()));
        assertSameAsFullBuild();
        replace("content/guides/what-is-cx.md", "customer", "client");
        assertSameAsFullBuild();
        String snapshot = Files.readString(site.resolve("content/metrics/2026-10.yaml"));
        edit("content/metrics/2026-10.yaml", snapshot.replaceFirst("promoters: (\\d+)", "promoters: 1$1"));
        assertSameAsFullBuild();
        Path export = Files.list(site.resolve("content/feedback")).sorted().findFirst().orElseThrow();
        String csv = Files.readString(export);
        edit(site.relativize(export).toString(), csv + csv.lines().skip(csv.lines().count() - 1).findFirst()
                .orElseThrow() + "\n");
        assertSameAsFullBuild();
    }

}
