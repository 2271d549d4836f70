package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.metrics.MetricsTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PNG copy of every chart on report pages: linked from each figure, the same bytes however it
 * was made, kept in the site's chart cache, reused by the next build and dropped when its data changes.
 */
class ChartPngTest {
    @TempDir
    Path dir;

    @TempDir
    Path outside;

    // No reports index: the dashboard is generated; the metrics give period pages too.
    private static final String SITE = """
            -- site.yaml --
            title: Charts
            baseUrl: https://acme.example/
            audience: all
            -- content/_index.md --
            ---
            title: Home
            ---
            """ + MetricsTest.QUARTER;

    private static final Path CACHE = Path.of(PngCache.FOLDER);
    private static final Pattern FIGURE = Pattern.compile("<figure class=\"cx-figure\">.*?</figure>", Pattern.DOTALL);
    private static final Pattern PNG_LINK = Pattern.compile("<a href=\"/charts/([A-Za-z0-9_-]+)\\.png\" download>PNG</a>");

    @Test
    void everyFigureOnTheDashboardAndThePeriodPagesLinksItsPng() {
        TestSite site = built();
        for (String page : List.of("reports/index.html", "reports/periods/2026-09/index.html",
                "reports/periods/2026-Q3/index.html")) {
            String html = site.read(page);
            Matcher figure = FIGURE.matcher(html);
            int figures = 0;
            while (figure.find()) {
                figures++;
                Matcher link = PNG_LINK.matcher(figure.group());
                assertTrue(link.find(), page + ": " + figure.group());
                assertTrue(figure.group().contains("id=\"" + link.group(1) + "\""), "the PNG of this figure's chart");
                assertTrue(site.exists("charts/" + link.group(1) + ".png"), page + " links " + link.group(1));
            }
            assertTrue(figures > 0, page + " has charts");
        }
    }

    @Test
    void theSecondBuildDrawsNoPngAndADataChangeRedrawsOnlyItsCharts() throws IOException {
        TestSite site = built();
        Set<String> first = entries();
        assertFalse(first.isEmpty(), "the build kept its PNGs");
        assertEquals(pngs(site).size(), first.size(), "one entry per published PNG");

        long before = PngFiles.drawn();
        site.build();
        assertEquals(before, PngFiles.drawn(), "a new build (a new renderer, nothing in memory) draws no PNG");
        assertEquals(first, entries());

        Path september = dir.resolve("content/metrics/2026-09.yaml");
        // Not the change ReportPagesTest makes: its charts would be in the process's SVG cache already.
        Files.writeString(september, Files.readString(september).replace("promoters: 150", "promoters: 157"));
        site.build();
        long redrawn = PngFiles.drawn() - before;
        assertTrue(redrawn > 0 && redrawn < first.size(), "only the charts that show September's NPS: " + redrawn);
        Set<String> second = entries();
        Set<String> gone = new TreeSet<>(first);
        gone.removeAll(second);
        assertEquals(redrawn, gone.size(), "the entries of the old charts are pruned: " + gone);
        assertEquals(pngs(site).size(), second.size());
    }

    @Test
    void pngsAreTheSameBytesDrawnOrTakenFromTheCache() throws IOException {
        TestSite site = built();
        Map<String, byte[]> drawn = pngs(site);
        site.build();
        Map<String, byte[]> cached = pngs(site);
        deleteTree(dir.resolve(".cxsite"));
        site.build();
        Map<String, byte[]> drawnAgain = pngs(site);
        assertEquals(drawn.keySet(), cached.keySet());
        assertEquals(drawn.keySet(), drawnAgain.keySet());
        drawn.forEach((path, bytes) -> {
            assertArrayEquals(bytes, cached.get(path), path);
            assertArrayEquals(bytes, drawnAgain.get(path), path);
        });
    }

    @Test
    void theCacheNeverLeavesTheSiteFolder() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Files.writeString(outside.resolve("keep.png"), "not cxsite's");
        Files.writeString(outside.resolve("0123456789abcdef-nps-trend-0123456789.png"), "named like an entry");
        Files.createSymbolicLink(dir.resolve(".cxsite"), outside);
        assertEquals(List.of(), errors(site));
        assertFalse(pngs(site).isEmpty(), "the PNGs are published all the same");
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of("0123456789abcdef-nps-trend-0123456789.png", "keep.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written or deleted outside");
        }
    }

    @Test
    void pruningDeletesOnlyEntriesAndACheckWritesNoCache() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        site.build(new BuildRequest(dir, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), false, false));
        assertFalse(Files.exists(dir.resolve(".cxsite/cache")), "cxsite check writes nothing");
        Files.createDirectories(dir.resolve(CACHE));
        Files.writeString(dir.resolve(CACHE).resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(CACHE).resolve("0123456789abcdef-gone-0123456789.png"), "an old chart");
        assertEquals(List.of(), errors(site));
        assertTrue(Files.exists(dir.resolve(CACHE).resolve("notes.txt")), "a file cxsite did not make stays");
        Set<String> full = entries();
        assertEquals(List.of(), site.build(io.cxsite.config.AudienceScope.PUBLIC).problems().stream()
                .filter(Problem::isError).map(Problem::format).toList());
        assertEquals(full, entries(), "a public build, which shows no report chart, keeps them for the next full one");
        assertFalse(Files.exists(dir.resolve(CACHE).resolve("0123456789abcdef-gone-0123456789.png")),
                "an entry no page uses is pruned");
    }

    private TestSite built() {
        TestSite site = TestSite.write(dir, SITE);
        assertEquals(List.of(), errors(site));
        return site;
    }

    private static List<String> errors(TestSite site) {
        return site.build().problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    private Set<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(CACHE))) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Map<String, byte[]> pngs(TestSite site) {
        Map<String, byte[]> pngs = new TreeMap<>(TestSite.snapshot(site.output()));
        pngs.keySet().removeIf(path -> !path.endsWith(".png"));
        return pngs;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
