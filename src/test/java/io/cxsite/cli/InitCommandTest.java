package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxsite init}: a starter site that builds and checks clean, in the languages asked for, in a new folder only. */
class InitCommandTest {
    /** 2026-11-15: the starter's data covers August to October 2026. */
    static final Map<String, String> DAY = Map.of("SOURCE_DATE_EPOCH",
            Long.toString(LocalDate.of(2026, 11, 15).atStartOfDay().toEpochSecond(ZoneOffset.UTC)));

    @TempDir
    Path dir;

    static CxsiteTest.Run init(String... args) {
        return CxsiteTest.run(DAY, Stream.concat(Stream.of("init"), Stream.of(args)).toArray(String[]::new));
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void startsASiteThatBuildsWithHelpFlowSearchReportChartsAndDriversWithoutAWarning() throws IOException {
        Path site = dir.resolve("my-cx");
        CxsiteTest.Run made = init(site.toString());
        assertEquals(Cxsite.OK, made.code(), made.err());
        assertEquals("", made.err());

        CxsiteTest.Run build = CxsiteTest.run(Map.of(), "build", "-s", site.toString());
        assertEquals(Cxsite.OK, build.code(), build.err());
        assertEquals("", build.err(), "no warnings");
        Path out = site.resolve("public");
        assertTrue(read(out.resolve("help/index.html")).contains("href=\"/cx/help/account/\""), "help home lists categories");
        String article = read(out.resolve("help/account/sign-in/index.html"));
        assertTrue(article.contains("class=\"flow\""), "the sign-in article has a troubleshooting flow");
        assertTrue(article.contains("Shorter phone queues") || read(out.resolve("help/billing/your-invoice/index.html"))
                .contains("Was this article helpful?"), "help articles end with the help blocks");
        assertTrue(Files.isRegularFile(out.resolve("search/en/index.json")) && Files.isRegularFile(out.resolve("search/sv/index.json")),
                "a search index per language");
        assertTrue(Files.isRegularFile(out.resolve("sv/help/account/sign-in/index.html")), "the Swedish version");
        String report = read(out.resolve("reports/monthly-review/index.html"));
        assertTrue(report.contains("class=\"kpi-cards\""), "KPI cards");
        assertTrue(report.split("<figure class=\"cx-figure\"").length > 4, "charts");
        assertTrue(report.contains("class=\"cx-drivers ") && report.contains("What drives detractors, October 2026")
                && report.contains("Waiting times"), "feedback drivers of the newest month");
        assertTrue(report.contains("kpi-card__name\">FCR</h2>\n<p class=\"kpi-card__value\">74.0 %</p>"),
                "a card for the site's own KPI, declared under kpis: in site.yaml: " + report);
        assertTrue(report.contains("<p class=\"kpi-card__benchmark\">Benchmark +20.0 · Example Industry Index 2026</p>"),
                "site.yaml's benchmark named on the NPS card");
        assertTrue(report.contains("<line class=\"cx-reference\"") && report.contains("id=\"fcr-trend-"),
                "the benchmark's line on the NPS trend and the own KPI's trend chart");
    }

    @Test
    void theStarterPassesThePagesWorkflowsStrictPublicCheck() {
        Path site = dir.resolve("site");
        assertEquals(Cxsite.OK, init(site.toString()).code());
        CxsiteTest.Run check = CxsiteTest.run(Map.of(), "check", "-s", site.toString(), "--strict", "--audience", "public");
        assertEquals(Cxsite.OK, check.code(), check.err());
        assertEquals("", check.err());
    }

    @Test
    void langPicksTheLanguagesAndTheFirstIsTheDefault() throws IOException {
        Path site = dir.resolve("sv-first");
        assertEquals(Cxsite.OK, init("--lang", "sv,en", site.toString()).code());
        String config = read(site.resolve("site.yaml"));
        assertTrue(config.contains("\nlanguage: sv\n") && config.contains("\nlanguages: [sv, en]\n"), config);
        assertTrue(read(site.resolve("content/help/account/sign-in.md")).contains("title: När du inte kan logga in"));
        assertTrue(read(site.resolve("content/en/help/account/sign-in.md")).contains("title: When you can't sign in"));
        assertTrue(read(site.resolve("content/reports/monthly-review.md")).contains("title: Månadsgenomgång"),
                "team pages are in the first language");
        assertFalse(Files.exists(site.resolve("content/en/reports")), "team pages only once");
        CxsiteTest.Run build = CxsiteTest.run(Map.of(), "build", "-s", site.toString());
        assertEquals(Cxsite.OK, build.code(), build.err());
        assertEquals("", build.err());
        assertTrue(Files.isRegularFile(site.resolve("public/en/help/account/sign-in/index.html")));
    }

    @Test
    void oneLanguageMakesAOneLanguageSite() throws IOException {
        Path site = dir.resolve("en-only");
        assertEquals(Cxsite.OK, init("--lang", "en", site.toString()).code());
        assertTrue(read(site.resolve("site.yaml")).contains("\nlanguages: [en]\n"));
        assertFalse(Files.exists(site.resolve("content/sv")));
        CxsiteTest.Run build = CxsiteTest.run(Map.of(), "build", "-s", site.toString());
        assertEquals(Cxsite.OK, build.code(), build.err());
        assertEquals("", build.err());
    }

    @Test
    void sampleDataCoversTheThreeMonthsBeforeTheDay() throws IOException {
        Path site = dir.resolve("site");
        CxsiteTest.Run made = CxsiteTest.run(Map.of("SOURCE_DATE_EPOCH", "1772928000"), "init", "--lang", "en",
                site.toString()); // 2026-03-08
        assertEquals(Cxsite.OK, made.code(), made.err());
        try (Stream<Path> files = Files.list(site.resolve("content/metrics"))) {
            assertEquals(List.of("2025-12.yaml", "2026-01.yaml", "2026-02.yaml"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String export = read(site.resolve("content/feedback/survey.csv"));
        assertTrue(export.contains("\n2025-12-") && export.contains("\n2026-02-") && !export.contains("{{"), export);
        assertTrue(Files.isRegularFile(site.resolve("content/changes/2026-02-shorter-queues.md")));
    }

    @Test
    void writesTheWrapperPinnedToTheRunningCxsiteAndTheWorkflow() throws IOException {
        Path site = dir.resolve("site");
        CxsiteTest.Run made = init(site.toString());
        assertTrue(Files.isExecutable(site.resolve("cxsitew")));
        String pin = read(site.resolve(".cxsite/wrapper.properties"));
        assertTrue(pin.contains("\nversion=development\n") && pin.contains("\nsha256=\n"), pin);
        assertTrue(made.out().contains("note: this cxsite (development) is not a release"), made.out());
        assertTrue(Files.isRegularFile(site.resolve(".cxsite/Wrapper.java")));
        String workflow = read(site.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.contains("./cxsitew build --audience public"), workflow);
        assertTrue(workflow.contains("${{ steps.pages.outputs.base_url }}"), "workflow expressions are left alone");
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWritesNothing() throws IOException {
        Path site = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        CxsiteTest.Run run = init(site.toString());
        assertEquals(Cxsite.USAGE, run.code());
        assertEquals("error: " + site + " is not an empty folder; init writes a new site into a new or empty folder and"
                + " changes nothing else\n", run.err());
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(2, files.count(), "the folder and notes.txt only");
        }
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(Cxsite.USAGE, init(file.toString()).code());
        assertEquals("x", read(file));
    }

    @Test
    void writesIntoAnEmptyFolder() {
        assertEquals(Cxsite.OK, init(dir.toString()).code());
        assertTrue(Files.isRegularFile(dir.resolve("site.yaml")));
    }

    @Test
    void refusesALanguageWithoutStarterPagesAndWritesNothing() {
        Path site = dir.resolve("de");
        for (String lang : List.of("de", "en,en", "en,../x")) {
            CxsiteTest.Run run = init("--lang", lang, site.toString());
            assertEquals(Cxsite.USAGE, run.code(), lang);
            assertTrue(run.err().startsWith("--lang"), run.err());
            assertFalse(Files.exists(site));
        }
    }

    /** A resource added under starter/ without its line in files.txt would silently be left out of new sites. */
    @Test
    void everyStarterResourceIsListed() throws Exception {
        Path folder = Path.of(StarterFile.class.getResource(StarterFile.FOLDER).toURI());
        List<String> listed = StarterFile.list().stream()
                .flatMap(f -> f.perLanguage() ? Stream.of("en", "sv").map(l -> f.resource().replace("{lang}", l))
                        : Stream.of(f.resource()))
                .sorted().toList();
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> present = files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("files.txt") && !name.startsWith("new/")).sorted().toList();
            assertEquals(present, listed);
        }
    }

    @Test
    void everyStarterFileStaysInsideTheSiteAndHasEveryPlaceholderFilled() {
        List<Starter.Output> files = new Starter(List.of("sv", "en"), LocalDate.of(2026, 1, 5),
                WrapperPin.of("1.2.3", "https://example.com/releases", "ab".repeat(32))).files();
        for (Starter.Output file : files) {
            Path path = Path.of(file.path());
            assertFalse(path.isAbsolute() || path.normalize().startsWith(".."), file.path());
            assertFalse(file.text().matches("(?s).*\\{\\{[A-Za-z0-9]+}}.*"), file.path());
        }
        String pin = files.stream().filter(f -> f.path().equals(".cxsite/wrapper.properties")).findFirst().orElseThrow().text();
        assertTrue(pin.contains("\nversion=1.2.3\nurl=https://example.com/releases/v1.2.3/cxsite.jar\nsha256=" + "ab".repeat(32)),
                pin);
    }
}
