package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxsite new}: each kind of page, created in a started site, builds without a warning. */
class NewCommandTest {
    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void startSite() {
        site = dir.resolve("site");
        assertEquals(Cxsite.OK, InitCommandTest.init(site.toString()).code());
    }

    CxsiteTest.Run newPage(String... args) {
        return CxsiteTest.run(InitCommandTest.DAY,
                Stream.concat(Stream.of("new", "-s", site.toString()), Stream.of(args)).toArray(String[]::new));
    }

    /** Builds the site: no problem at all, and the page is in the output. */
    void buildsWithoutAWarning(String output) {
        CxsiteTest.Run build = CxsiteTest.run(Map.of(), "build", "-s", site.toString());
        assertEquals(Cxsite.OK, build.code(), build.err());
        assertEquals("", build.err());
        assertTrue(Files.isRegularFile(site.resolve("public").resolve(output)), output);
    }

    @Test
    void helpArticleWithAFlowSkeleton() throws IOException {
        CxsiteTest.Run run = newPage("help", "Router", "lights", "blink");
        assertEquals(Cxsite.OK, run.code(), run.err());
        Path page = site.resolve("content/help/router-lights-blink.md");
        assertEquals("created " + page + "\n", run.out());
        String text = Files.readString(page);
        assertTrue(text.contains("title: \"Router lights blink\"") && text.contains("```cx-troubleshoot"), text);
        assertFalse(text.contains("draft:"));
        buildsWithoutAWarning("help/router-lights-blink/index.html");
        assertTrue(Files.readString(site.resolve("public/help/router-lights-blink/index.html")).contains("class=\"flow\""));
    }

    @Test
    void helpArticleInAnotherLanguage() {
        assertEquals(Cxsite.OK, newPage("help", "--lang", "sv", "Routern blinkar").code());
        assertTrue(Files.isRegularFile(site.resolve("content/sv/help/routern-blinkar.md")));
        buildsWithoutAWarning("sv/help/routern-blinkar/index.html");
    }

    @Test
    void reportWithKpiCardsAChartAndDrivers() throws IOException {
        assertEquals(Cxsite.OK, newPage("report", "Q4 review").code());
        buildsWithoutAWarning("reports/q4-review/index.html");
        String report = Files.readString(site.resolve("public/reports/q4-review/index.html"));
        assertTrue(report.contains("class=\"kpi-cards\"") && report.contains("<figure class=\"cx-figure\"")
                && report.contains("class=\"cx-drivers "), report);
    }

    @Test
    void changeDatedToday() {
        assertEquals(Cxsite.OK, newPage("change", "Longer chat hours").code());
        assertTrue(Files.isRegularFile(site.resolve("content/changes/2026-11-15-longer-chat-hours.md")));
        buildsWithoutAWarning("changes/2026-11-15-longer-chat-hours/index.html");
    }

    @Test
    void guide() {
        assertEquals(Cxsite.OK, newPage("guide", "Closing the loop").code());
        buildsWithoutAWarning("guides/closing-the-loop/index.html");
    }

    /** A title longer than a file name may be (255 bytes) still makes a page: its file name is cut at a word. */
    @Test
    void aVeryLongTitleMakesAShortFileNameCutAtAWord() throws IOException {
        String title = "Why customers who call about their invoice ".repeat(12).strip();
        CxsiteTest.Run run = newPage("guide", title);
        assertEquals(Cxsite.OK, run.code(), run.err());
        String name = "why-customers-who-call-about-their-invoice-why-customers-who-call-about-their";
        Path page = site.resolve("content/guides/" + name + ".md");
        assertEquals("created " + page + "\n", run.out());
        assertTrue(Files.readString(page).contains("title: \"" + title + "\""));
        buildsWithoutAWarning("guides/" + name + "/index.html");
    }

    @Test
    void snapshotOfThisMonthOrAGivenPeriod() throws IOException {
        assertEquals(Cxsite.OK, newPage("snapshot").code());
        assertTrue(Files.readString(site.resolve("content/metrics/2026-11.yaml")).contains("\nperiod: 2026-11\n"));
        assertEquals(Cxsite.OK, newPage("snapshot", "2026-Q3").code());
        assertTrue(Files.isRegularFile(site.resolve("content/metrics/2026-Q3.yaml")));
        buildsWithoutAWarning("reports/periods/2026-11/index.html");
        CxsiteTest.Run again = newPage("snapshot", "2026-11");
        assertEquals(Cxsite.USAGE, again.code());
        assertTrue(again.err().contains("exists already; choose another period"), again.err());
        assertEquals(Cxsite.USAGE, newPage("snapshot", "November").code());
    }

    @Test
    void draftOnlyWhenAsked() throws IOException {
        CxsiteTest.Run run = newPage("guide", "--draft", "Not yet");
        assertEquals(Cxsite.OK, run.code(), run.err());
        assertTrue(Files.readString(site.resolve("content/guides/not-yet.md")).contains("\ndraft: true\n"));
        assertTrue(run.out().contains("a draft"));
        CxsiteTest.Run build = CxsiteTest.run(Map.of(), "build", "-s", site.toString());
        assertEquals("", build.err());
        assertFalse(Files.exists(site.resolve("public/guides/not-yet")));
    }

    @Test
    void refusesALanguageTheSiteDoesNotHave() {
        CxsiteTest.Run run = newPage("help", "--lang", "nb", "Ruteren");
        assertEquals(Cxsite.USAGE, run.code());
        assertTrue(run.err().startsWith("--lang nb is not one of site.yaml's languages [en, sv]"), run.err());
        assertFalse(Files.exists(site.resolve("content/nb")));
    }

    @Test
    void inAFolderWithoutSiteYamlSaysHowToStart() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CxsiteTest.Run run = CxsiteTest.run(Map.of(), "new", "-s", empty.toString(), "guide", "Hello");
        assertEquals(Cxsite.USAGE, run.code());
        assertEquals("error: no site.yaml in " + empty + "; start a site with 'cxsite init DIR', or pass -s DIR to name"
                + " the site folder\n", run.err());
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(0, files.count());
        }
    }
}
