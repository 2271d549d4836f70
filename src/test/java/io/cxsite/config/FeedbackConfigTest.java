package io.cxsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's timeZone and feedback rules: read when right, an error at the line when wrong. */
class FeedbackConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        TestSite.write(dir, "-- site.yaml --\n" + yaml);
        return ConfigLoader.load(dir, problems);
    }

    @Test
    void withoutEitherKeyTheDayIsStockholmsAndNothingIsOverridden() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("title: T\nbaseUrl: https://x.example/\n", problems);
        assertEquals(ZoneId.of("Europe/Stockholm"), config.feedback().timeZone());
        assertEquals(List.of(), config.feedback().rules());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aRuleOverridesDetectionForTheFilesItMatches() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("""
                title: T
                baseUrl: https://x.example/
                timeZone: Europe/Oslo
                feedback:
                  - files: "crm/*.csv"
                    format: csv
                    delimiter: "|"
                    encoding: windows-1252
                    headerRows: 2
                    dateFormat: "dd/MM/yyyy HH:mm"
                    timeZone: UTC
                    columns: {date: Skapad, score: "NPS 0-10"}
                    defaults: {channel: email}
                """, problems);
        assertEquals(List.of(), problems.sorted());
        FeedbackConfig feedback = config.feedback();
        assertEquals(ZoneId.of("Europe/Oslo"), feedback.timeZone());
        FeedbackConfig.Rule rule = feedback.ruleFor("crm/october.csv").orElseThrow();
        assertEquals(Optional.of("csv"), rule.format());
        assertEquals(Optional.of('|'), rule.delimiter());
        assertEquals(Optional.of(java.nio.charset.Charset.forName("windows-1252")), rule.encoding());
        assertEquals(2, rule.headerRows());
        assertEquals(Optional.of("dd/MM/yyyy HH:mm"), rule.dateFormat());
        assertEquals(Optional.of(ZoneId.of("UTC")), rule.timeZone());
        assertEquals(Map.of("date", "Skapad", "score", "NPS 0-10"), rule.columns());
        assertEquals(Map.of("channel", "email"), rule.defaults());
        assertEquals(5, rule.line());
        assertEquals(Optional.empty(), feedback.ruleFor("qualtrics.csv"), "other files are detected as usual");
    }

    @Test
    void everyMistakeIsAnErrorAtItsOwnLine() throws Exception {
        Problems problems = new Problems();
        load("""
                title: T
                baseUrl: https://x.example/
                timeZone: Europe/Stokholm
                feedback:
                  - files: "*.csv"
                    format: qualtrix
                    delimiter: ";;"
                    encoding: klingon-8
                    dateFormat: "dd/MM/yyyy qqqqq{"
                    columns: {scor: Rating, date: [a, b]}
                    colums: {}
                  - format: csv
                """, problems);
        List<String> errors = problems.sorted().stream().map(Problem::format).toList();
        assertContains(errors, "site.yaml:3:11: error: unknown time zone 'Europe/Stokholm'");
        assertContains(errors, "site.yaml:6:13: error: unknown format 'qualtrix'");
        assertContains(errors, "site.yaml:7:16: error: a delimiter is one character");
        assertContains(errors, "site.yaml:8:15: error: unknown encoding 'klingon-8'");
        assertContains(errors, "site.yaml:9:17: error: not a date pattern");
        assertContains(errors, "site.yaml:10:15: error: unknown role 'scor' (did you mean 'score'?)");
        assertContains(errors, "site.yaml:10:35: error: 'date' takes one name");
        assertContains(errors, "site.yaml:11:5: error: unknown feedback rule key 'colums' (did you mean 'columns'?)");
        assertContains(errors, "site.yaml:12:5: error: a feedback rule needs 'files:'");
        assertEquals(9, errors.size(), String.join("\n", errors));
    }

    @Test
    void aFilePatternThatCannotBeReadIsAnErrorAtItsValueNotAnException() throws Exception {
        Problems problems = new Problems();
        SiteConfig config = load("title: T\nbaseUrl: https://x.example/\nfeedback:\n  - files: \"crm-{a.csv\"\n", problems);
        assertEquals(List.of(), config.feedback().rules());
        List<String> lines = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("site.yaml:4:12: error: 'crm-{a.csv' is not a file pattern"), lines.get(0));
    }

    @Test
    void examplesInMessagesStayOnTheProblemsLine() throws Exception {
        Problems problems = new Problems();
        load("title: T\nbaseUrl: https://x.example/\nfeedback: 3\ncontact: 4\n", problems);
        List<String> lines = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(2, lines.size(), lines.toString());
        lines.forEach(line -> assertEquals(1, line.lines().count(), line));
    }

    private static void assertContains(List<String> lines, String start) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(start)), "no line starting with\n  " + start + "\nin\n  "
                + String.join("\n  ", lines));
    }
}
