package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One export per tool and encoding under {@code src/test/resources/feedback/exports/}, read as a site
 * in Stockholm would read it: every answer's line, day, score, channel, segment, language and comment,
 * every unfinished answer and every bad row with its physical line.
 */
class ExportReaderTest {
    private static final ZoneId STOCKHOLM = FeedbackConfig.DEFAULT_ZONE;

    // ---- one export per survey tool ---------------------------------------------------------

    @Test
    void readsQualtricsWithThreeHeaderRowsAndAMultilineComment() {
        Outcome out = read("qualtrics.csv");

        assertEquals(List.of(
                "4 2026-10-01 9 chat privat sv | Snabbt svar i chatten och allt löstes på en gång.",
                "5 2026-10-02 3 phone privat en | The bill was wrong twice.\nSupport promised \"a call back today\","
                        + " and nobody called.\nPlease, just fix the meter reading.",
                "9 2026-10-04 10 web bedrift nb | Kjempefornøyd! Montøren kom presis, og jeg slapp å ta fri fra"
                        + " jobben.",
                "10 2026-10-05 6 email företag sv | ",
                "11 2026-10-06 8 app privat en | Fine overall, but the app keeps logging me out."),
                out.answers());
        assertEquals(List.of(8L), out.unfinished(), "Finished=0 wins over the score the customer gave");
        assertEquals(List.of(), out.badRows());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void qualtricsTimeZoneRowMovesALateAnswerToTheNextDay() {
        Outcome out = read("qualtrics-utc.csv");

        // Row 3 says the times are UTC: 23:30 UTC on 5 October is 01:30 on 6 October in Stockholm.
        assertEquals(List.of(
                "4 2026-10-05 9 sv | Tydlig faktura och vänligt bemötande.",
                "5 2026-10-06 7 sv | Kvällssupporten var bättre än väntat."),
                out.dayScoreLanguageAndComment());
        assertEquals(List.of(6L), out.unfinished(), "Finished=False");
    }

    @Test
    void readsSurveyMonkeyWithItsSecondHeaderRowAndUsDates() {
        Outcome out = read("surveymonkey.csv");

        assertEquals(List.of(
                "3 2026-10-05 9 phone household  | Quick answer, and the technician explained the new meter.",
                "5 2026-10-07 4 phone business  | Waited 40 minutes on hold and then the call dropped.",
                "6 2026-10-07 10 chat household  | Clear prices, no surprises, and the \"green\" plan was easy to"
                        + " pick.",
                "7 2026-10-09 7 email business  | "),
                out.answers());
        assertEquals(List.of(4L), out.unfinished(), "a partial response without a score");
        assertEquals(List.of(), out.badRows());
    }

    @Test
    void readsDelightedInstantsAsStockholmDays() {
        Outcome out = read("delighted.csv");

        assertEquals(List.of(
                "2 2026-10-05 9 chat privat sv | Chatten svarade direkt och var trevlig.",
                // 21:59:30Z is 23:59:30 in Stockholm, 22:00:30Z is half a minute past midnight.
                "3 2026-10-05 6 phone bedrift nb | Teknikeren kom, men måtte tilbake dagen etter for å bytte en del.",
                "4 2026-10-06 10 email privat sv | ",
                "5 2026-10-06 2 email business en | Still no refund after three weeks, and nobody answers my e-mails.",
                // The same 22:30Z is after midnight in summer time (+02:00) and before it in winter time (+01:00).
                "6 2026-10-25 8 web privat sv | Smidig flytt av abonnemanget till nya lägenheten.",
                "7 2026-10-25 7 chat privat sv | Helt okej, inget att klaga på."),
                out.answers());
        assertEquals(List.of(), out.unfinished());
        assertEquals(List.of(), out.badRows());
    }

    @Test
    void readsTypeformDatesAsUtc() {
        Outcome out = read("typeform.csv");

        assertEquals(List.of(
                "2 2026-10-05 9 web household en | Smooth sign-up and the app is easy to use.",
                "3 2026-10-06 5 phone household sv | Jag fick två olika besked från kundtjänst om samma faktura.",
                "4 2026-10-06 10 chat business nb | Alt fungerte på første forsøk, tusen takk!",
                "5 2026-10-06 8 email household sv | "),
                out.answers());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void readsNamedColumnsInEnglishWithOffsetsCsatAndEffort() {
        Outcome out = read("generic-en.csv");

        assertEquals(List.of(
                "2 2026-10-05 8 web consumer en | Good, quick, done.",
                "3 2026-10-05 10 phone smb en | Perfect.",
                "5 2026-10-06 7 email consumer en | "),
                out.answers());
        assertEquals(4.0, out.responses.get(0).csat().getAsDouble());
        assertEquals(2.0, out.responses.get(0).ces().getAsDouble());
        assertTrue(out.responses.get(2).csat().isEmpty(), "an empty CSAT cell is no CSAT answer");
        assertEquals(List.of("4: the CSAT answer '6' is not a number from 1 to 5"), out.badRows());
    }

    // ---- encodings and delimiters -------------------------------------------------------------

    @Test
    void readsSwedishExcelSemicolonsInWindows1252() throws IOException {
        String bytes = new String(Files.readAllBytes(fixture("webbenkat-sv-1252.csv")),
                StandardCharsets.ISO_8859_1);
        assertTrue(bytes.startsWith("Datum;Betyg;Kommentar;Kanal;Kundsegment;Spr\u00E5k\r\n"),
                "å is one byte, lines end in CRLF");
        assertTrue(bytes.contains("49 \u0080 kom"), "the euro sign is 0x80 in Windows-1252");

        Outcome out = read("webbenkat-sv-1252.csv");

        assertEquals(List.of(
                "2 2026-10-05 9 phone privat sv | Snabb hjälp på telefon, tack!",
                "3 2026-10-05 3 email privat sv | Fakturan är fel; ingen ringer tillbaka.",
                "4 2026-10-06 7 chat företag sv | Ärendet löstes till slut, men avgiften på 49 € kom som en"
                        + " överraskning.",
                "5 2026-10-06 10 phone privat nb | Kjempebra service – søknaden gikk fort, og prisen var ærlig.",
                "7 2026-10-07 8 web företag sv | Bra, men \"Mina sidor\" är långsam."),
                out.answers());
        assertEquals(List.of(6L), out.unfinished());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void readsNorwegianTabSeparatedUtf8WithoutBom() {
        Outcome out = read("kundeundersokelse-nb.tsv");

        assertEquals(List.of(
                "2 2026-10-05 9 phone privat nb | Rask og hyggelig hjelp på telefonen.",
                "3 2026-10-05 4 chat privat nb | Måtte vente i over en time, og ingen sa ifra om forsinkelsen.",
                "4 2026-10-06 8 app bedrift nb | Grei pris, men appen henger av og til.",
                "5 2026-10-06 10 email privat nb | Fikk svar på e-post samme kveld. Lærerikt å høre om strømavtalen,"
                        + " og hyggelig tone."),
                out.answers());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void readsExcelUnicodeTextInUtf16WithBom() throws IOException {
        byte[] bytes = Files.readAllBytes(fixture("excel-unicode-utf16.txt"));
        assertEquals("FF FE 44 00", String.format("%02X %02X %02X %02X", bytes[0], bytes[1], bytes[2], bytes[3]),
                "a little-endian byte-order mark, then D");

        Outcome out = read("excel-unicode-utf16.txt");

        assertEquals(List.of(
                "2 2026-10-05 9 chat privat sv | Tack för snabb hjälp, nu fungerar allt på Mina sidor.",
                "3 2026-10-06 2 phone bedrift nn | Eg har ringt fire gonger utan svar. Dårleg, og ærleg talt ikkje"
                        + " greitt.",
                "4 2026-10-06 7 email privat nb | Økt pris, men grei kundeservice."),
                out.answers());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void skipsTheEmptyRowsExcelLeavesAtTheEnd() {
        Outcome out = read("trailing-rows.csv");

        assertEquals(List.of(
                "2 2026-10-08 9 web privat sv | Allt gick bra.",
                "3 2026-10-08 5 phone privat sv | Lång kö i telefon."),
                out.answers());
        assertEquals(List.of(), out.badRows());
        assertEquals(List.of(), out.unfinished());
        assertEquals(List.of(), out.problems());
    }

    // ---- JSON -----------------------------------------------------------------------------------

    @Test
    void readsAJsonArrayOfDelightedAnswers() {
        Outcome out = read("delighted-api.json");

        assertEquals(List.of(
                "2 2026-10-05 9 phone privat sv | Montören var här i tid och förklarade allt.",
                // 22:15Z on 5 October is a quarter past midnight in Stockholm.
                "15 2026-10-06 3 email bedrift nb | ",
                "28 2026-10-06 10 chat  nb | Rask levering.\nGod oppfølging, særlig fra Åse."),
                out.answers());
        assertEquals(List.of("29: expected an answer object {...}, found 'not an answer'",
                "30: the score '12' is not a whole number from 0 to 10"), out.badRows());
        assertEquals(List.of(31L), out.unfinished());
    }

    @Test
    void readsTheAnswersListInsideAJsonObject() {
        Outcome out = read("wrapped.json");

        assertEquals(List.of(
                "5 2026-10-05 8 app privat sv | Lätt att byta elavtal i appen.",
                "6 2026-10-06 0 phone privat sv | Strömavbrott i tre dagar utan besked.",
                "7 2026-10-07 10 chat bedrift nb | Takk for god hjelp på chatten."),
                out.answers());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void readsJsonLinesAndReportsTheBrokenLine() {
        Outcome out = read("answers.jsonl");

        assertEquals(List.of(
                "1 2026-10-05 10 chat privat sv | Bästa supporten jag haft.",
                // 21:45Z is 23:45 in Stockholm: still the 5th.
                "2 2026-10-05 6 phone bedrift nb | Prisen økte uten forvarsel.",
                "4 2026-10-06 8 web privat sv | Okej.",
                "7 2026-10-07 9 email privat nb | Æ e fornøyd med byttet."),
                out.answers());
        assertEquals(1, out.badRows().size(), out.badRows().toString());
        assertTrue(out.badRows().get(0).startsWith("5: invalid JSON: "), out.badRows().toString());
        assertEquals(List.of(6L), out.unfinished());
    }

    @Test
    void invalidJsonIsAnErrorAtItsPositionAndTheAnswersBeforeItCount(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                [
                  {"date": "2026-10-05", "score": 9, "comment": "Bra."},
                  {"date": "2026-10-06", "score": 7,, "comment": "Trasig rad."},
                  {"date": "2026-10-07", "score": 8}
                ]
                """);

        Outcome out = read(file, STOCKHOLM, Optional.empty());

        assertEquals(List.of("2 2026-10-05 9    | Bra."), out.answers());
        assertEquals(1, out.problems().size(), out.problems().toString());
        assertTrue(out.problems().get(0).startsWith("content/feedback/broken.json:3:"), out.problems().toString());
        assertTrue(out.problems().get(0).contains(": error: invalid JSON: Unexpected character (','"),
                out.problems().toString());
    }

    @Test
    void jsonWithoutAListOfAnswersIsAnError(@TempDir Path dir) throws IOException {
        Path object = dir.resolve("object.json");
        Files.writeString(object, "{\"survey\": {\"name\": \"NPS\"}, \"count\": 0}\n");
        Path single = dir.resolve("single.json");
        Files.writeString(single, "{\"date\": \"2026-10-05\", \"score\": 9}\n"
                + "{\"date\": \"2026-10-06\", \"score\": 8}\n");

        assertEquals(List.of("content/feedback/object.json:1:1: error: expected a list of answers, or an object with"
                + " one, such as {\"responses\": [{\"date\": \"2026-10-05\", \"score\": 9, \"comment\": \"...\"}]}"),
                read(object, STOCKHOLM, Optional.empty()).problems());
        assertEquals(1, read(single, STOCKHOLM, Optional.empty()).problems().size(),
                "answers one per line belong in a .jsonl file");
    }

    // ---- bad rows and broken files --------------------------------------------------------------

    @Test
    void reportsEachBadRowAtItsPhysicalLine() {
        Outcome out = read("bad-rows.csv");

        // The first answer's comment spans lines 2 to 4, so the next row starts on line 5.
        assertEquals(List.of(
                "2 2026-10-01 9 phone privat sv | Första raden\nfortsätter här\noch slutar här.",
                "11 2026-10-04 10 web privat sv | Sista raden är hel.",
                "12 2026-10-04 8 web privat sv | Två tomma fält på slutet gör inget."),
                out.answers());
        assertEquals(List.of(
                "5: the score '11' is not a whole number from 0 to 10",
                "6: cannot read the date '32.09.2026 12:00'; dates are read as 2026-10-05, 05.10.2026 (day first) or"
                        + " 10/05/2026 (US, month first), or set dateFormat in site.yaml",
                "7: the row has 7 fields where the header has 6; a comment with an unquoted delimiter or line break?",
                "8: the row has 3 fields where the header has 6; a comment with an unquoted delimiter or line break?",
                "9: the score 'tio' is not a whole number from 0 to 10",
                "10: the answer has no date"),
                out.badRows());
        assertEquals(List.of(), out.unfinished());
        assertEquals(List.of(), out.problems(), "bad rows go to the sink, which reports them");
    }

    @Test
    void badRowsReachTheBuildAsWarningsAtFileAndLine() throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(new Topics(List.of()), java.time.LocalDate.of(2027, 1, 1), problems);
        String source = "content/feedback/bad-rows.csv";
        collector.startFile(source);

        ExportReader.read(fixture("bad-rows.csv"), source, STOCKHOLM, Optional.empty(), collector, problems);
        FeedbackData data = collector.finish();

        assertEquals(3, data.responses());
        assertEquals(6, data.badRows());
        List<String> shown = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(List.of(
                source + ":1:1: warning: 3 more bad rows skipped (6 in all); the first 3 are listed above",
                source + ":5:1: warning: row skipped: the score '11' is not a whole number from 0 to 10; fix the row"
                        + " in the export, or build with --strict to stop on bad rows",
                source + ":6:1: warning: row skipped: cannot read the date '32.09.2026 12:00'; dates are read as"
                        + " 2026-10-05, 05.10.2026 (day first) or 10/05/2026 (US, month first), or set dateFormat in"
                        + " site.yaml; fix the row in the export, or build with --strict to stop on bad rows",
                source + ":7:1: warning: row skipped: the row has 7 fields where the header has 6; a comment with an"
                        + " unquoted delimiter or line break?; fix the row in the export, or build with --strict to"
                        + " stop on bad rows"),
                shown);
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtTheLineWhereItsRowStarts() {
        Outcome out = read("unclosed-quote.csv");

        assertEquals(List.of("content/feedback/unclosed-quote.csv:5:1: error: cannot read the row that starts here:"
                + " Missing closing quote for value; a quoted field is probably never closed. Nothing after this line"
                + " was read: fix the quote, or export the file again"), out.problems());
        assertEquals(List.of(2L, 3L, 4L), out.responses.stream().map(Response::line).toList(),
                "the rows before it are read");
    }

    @Test
    void anUnclosedQuoteAmongTheHeaderRowsKeepsTheRowsBeforeIt(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("early.csv");
        Files.writeString(file, "Date,Score,Comment\n2026-10-01,9,Fine.\n2026-10-02,4,\"Never closed\n"
                + "2026-10-03,8,x\n");

        Outcome out = read(file, STOCKHOLM, Optional.empty());

        assertEquals(List.of("content/feedback/early.csv:3:1"), out.problemPositions());
        assertEquals(List.of(2L), out.responses.stream().map(Response::line).toList());
    }

    @Test
    void columnsThatCannotBeRecognisedAreAnErrorThatSuggestsSiteYaml() {
        Outcome out = read("unknown-columns.csv");

        assertEquals(List.of("content/feedback/unknown-columns.csv:1:1: error: cannot tell which column holds the"
                + " score and the date (read as a csv export with columns Kund, Poängsumma, Anteckning, Handläggare);"
                + " name it in site.yaml, such as feedback: [{files: \"unknown-columns.csv\", columns: {score:"
                + " <column name>}}]"), out.problems());
        assertEquals(List.of(), out.answers());
        assertEquals(List.of(), out.badRows());
    }

    @Test
    void anExportOfOnlyEmptyRowsIsAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "\r\n;;;;;\r\n;;;;;\r\n");

        Outcome out = read(file, STOCKHOLM, Optional.empty());

        assertEquals(List.of("content/feedback/empty.csv:1:1: warning: the export is empty; remove it or export the"
                + " survey again"), out.problems());
    }

    @Test
    void findsTheDelimiterBelowABlankFirstLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blank-first.csv");
        Files.writeString(file, "\r\nDatum;Betyg;Kommentar\r\n05.10.2026;8;Bra, tack.\r\n");

        Outcome out = read(file, STOCKHOLM, Optional.empty());

        assertEquals(List.of("3 2026-10-05 8    | Bra, tack."), out.answers());
        assertEquals(List.of(), out.problems());
    }

    // ---- site.yaml rules ------------------------------------------------------------------------

    private static FeedbackConfig.Rule crmRule(Map<String, String> columns) {
        return new FeedbackConfig.Rule("crm-*.csv", Optional.empty(), Optional.of('|'),
                Optional.of(Charset.forName("IBM850")), 0, Optional.of("d/M/yyyy H:mm"), Optional.of(ZoneOffset.UTC),
                columns, Map.of("channel", "phone", "language", "sv"), 12);
    }

    @Test
    void aSiteYamlRuleMapsColumnsAndSetsDelimiterEncodingDateFormatZoneAndDefaults() {
        Outcome out = read(fixture("crm-export.csv"), STOCKHOLM, Optional.of(crmRule(Map.of("date", "Stängd",
                "score", "NPS-svar", "comment", "Anteckning", "segment", "Nivå"))));

        assertEquals(List.of(
                "2 2026-10-05 9 phone guld sv | Löst på första samtalet.",
                // 23:15 in the CRM's UTC is after midnight in Stockholm.
                "3 2026-10-06 4 phone silver sv | Kunden väntade två dagar på återkoppling.",
                // Day first: 13/10 is 13 October, which the built-in US reading would refuse.
                "4 2026-10-13 7 phone brons sv | "),
                out.answers());
        assertEquals(List.of("5: cannot read the date '31/9/2026 12:00'; dates are read as 2026-10-05, 05.10.2026 (day"
                + " first) or 10/05/2026 (US, month first), or set dateFormat in site.yaml"), out.badRows());
        assertEquals(List.of(6L), out.unfinished());
        assertEquals(List.of(), out.problems());
    }

    @Test
    void aRuleNamingAColumnTheExportLacksIsAnError() {
        Outcome out = read(fixture("crm-export.csv"), STOCKHOLM, Optional.of(crmRule(Map.of("comment", "Remarks"))));

        assertEquals(List.of("content/feedback/crm-export.csv:1:1: error: site.yaml (feedback rule at line 12) names"
                + " columns this export does not have: comment: Remarks; its columns are Ärende, Öppnad, Stängd,"
                + " Score, NPS-svar, Anteckning, Nivå"), out.problems());
        assertEquals(List.of(), out.answers());
    }

    @Test
    void aRuleKeyWinsOverAJsonKeyThatWouldBeReadAsTheSameRole(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("crm.jsonl");
        Files.writeString(file, "{\"created_at\": \"2026-09-28\", \"score\": 55, \"closed_at\": \"2026-10-05\","
                + " \"ltr_answer\": 9}\n");
        FeedbackConfig.Rule rule = new FeedbackConfig.Rule("crm.jsonl", Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Map.of("date", "closed_at", "score", "ltr_answer"), Map.of(), 3);

        Outcome out = read(file, STOCKHOLM, Optional.of(rule));

        assertEquals(List.of("1 2026-10-05 9    | "), out.answers());
        assertEquals(List.of(), out.badRows());
    }

    // ---- the site's zone decides the day ------------------------------------------------------

    @Test
    void aUtcSiteCountsTheSameInstantsOnOtherDays() {
        assertEquals(List.of("2026-10-05", "2026-10-05", "2026-10-05", "2026-10-05", "2026-10-24", "2026-10-25"),
                read(fixture("delighted.csv"), ZoneOffset.UTC, Optional.empty()).days(),
                "the Stockholm days were 5, 5, 6, 6, 25, 25 October");
        assertEquals(List.of("2026-10-01", "2026-10-02", "2026-10-04", "2026-10-05", "2026-10-05"),
                read(fixture("qualtrics.csv"), ZoneOffset.UTC, Optional.empty()).days(),
                "00:50 in Stockholm (the export's zone) is 22:50 UTC the day before");
        assertEquals(List.of("2026-10-05", "2026-10-07", "2026-10-07", "2026-10-09"),
                read(fixture("surveymonkey.csv"), ZoneOffset.UTC, Optional.empty()).days(),
                "times without a zone are read in the site's zone, so their days stay");
        assertEquals(List.of("2026-10-05", "2026-10-05", "2026-10-06", "2026-10-06"),
                read(fixture("typeform.csv"), ZoneOffset.UTC, Optional.empty()).days(),
                "Typeform writes UTC already");
        assertEquals(List.of("2026-10-05", "2026-10-05", "2026-10-05"),
                read(fixture("generic-en.csv"), ZoneOffset.UTC, Optional.empty()).days(),
                "00:20+02:00 is 22:20 UTC the day before");
    }

    // ---- the recording sink -------------------------------------------------------------------

    /** What one export produced: answers, bad rows, unfinished lines, and the problems of the file itself. */
    private static final class Outcome implements ExportSink {
        final List<Response> responses = new ArrayList<>();
        final List<String> badRows = new ArrayList<>();
        final List<Long> unfinished = new ArrayList<>();
        final Problems problems = new Problems();

        @Override
        public void accept(Response response) {
            responses.add(response);
        }

        @Override
        public void badRow(String source, long line, String reason) {
            badRows.add(line + ": " + reason);
        }

        @Override
        public void unfinished(String source, long line) {
            unfinished.add(line);
        }

        @Override
        public void leftOut(String source, long line, String reason) {
            badRows.add(line + ": left out (" + reason + ")");
        }

        /** {@code line day score channel segment language | comment} per answer. */
        List<String> answers() {
            return responses.stream().map(r -> r.line() + " " + r.date() + " " + r.score().getAsInt() + " "
                    + r.channel() + " " + r.segment() + " " + r.language() + " | " + r.comment()).toList();
        }

        List<String> dayScoreLanguageAndComment() {
            return responses.stream().map(r -> r.line() + " " + r.date() + " " + r.score().getAsInt() + " "
                    + r.language() + " | " + r.comment()).toList();
        }

        List<String> days() {
            return responses.stream().map(r -> r.date().toString()).toList();
        }

        List<String> badRows() {
            return badRows;
        }

        List<Long> unfinished() {
            return unfinished;
        }

        List<String> problems() {
            return problems.sorted().stream().map(Problem::format).toList();
        }

        List<String> problemPositions() {
            return problems.sorted().stream().map(p -> p.path() + ":" + p.line() + ":" + p.column()).toList();
        }
    }

    private static Outcome read(String name) {
        return read(fixture(name), STOCKHOLM, Optional.empty());
    }

    private static Outcome read(Path file, ZoneId siteZone, Optional<FeedbackConfig.Rule> rule) {
        Outcome out = new Outcome();
        try {
            ExportReader.read(file, "content/feedback/" + file.getFileName(), siteZone, rule, out, out.problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path fixture(String name) {
        try {
            return Path.of(ExportReaderTest.class.getResource("/feedback/exports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
