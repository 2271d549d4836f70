package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.config.FeedbackConfig;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which tool wrote an export, how many header rows it has, and which column holds what, from the
 * header rows alone. Rows are written here with {@code |} between cells.
 */
class ExportLayoutTest {

    @Test
    void qualtricsHasThreeHeaderRowsTheNpsColumnBesideItsGroupAndTheZoneOfItsDates() {
        ExportLayout layout = detect(
                "StartDate|EndDate|Status|Progress|Finished|RecordedDate|ResponseId|UserLanguage|Q1|Q1_NPS_GROUP|Q2"
                        + "|Channel|Segment",
                "Start Date|End Date|Response Type|Progress|Finished|Recorded Date|Response ID|User Language"
                        + "|How likely are you to recommend us?|How likely are you to recommend us? - Group"
                        + "|What is the most important reason for your score?|Channel|Segment",
                "{\"ImportId\":\"startDate\",\"timeZone\":\"America/Denver\"}|{\"ImportId\":\"endDate\"}"
                        + "|{\"ImportId\":\"status\"}|{\"ImportId\":\"progress\"}|{\"ImportId\":\"finished\"}"
                        + "|{\"ImportId\":\"recordedDate\",\"timeZone\":\"Europe/Oslo\"}|{\"ImportId\":\"_recordId\"}"
                        + "|{\"ImportId\":\"userLanguage\"}|{\"ImportId\":\"QID1\"}|{\"ImportId\":\"QID1_NPS_GROUP\"}"
                        + "|{\"ImportId\":\"QID2_TEXT\"}|{\"ImportId\":\"Channel\"}|{\"ImportId\":\"Segment\"}");

        assertEquals("qualtrics", layout.format());
        assertEquals(3, layout.headerRows());
        assertEquals(Map.of("date", "RecordedDate", "score", "Q1", "comment", "Q2", "channel", "Channel",
                "segment", "Segment", "language", "UserLanguage"), roles(layout));
        assertEquals(4, layout.finished());
        assertEquals(Optional.of(ZoneId.of("Europe/Oslo")), layout.zone(), "the date column's zone, not the first's");
    }

    @Test
    void anOlderQualtricsExportWithoutImportIdsHasTwoHeaderRows() {
        ExportLayout layout = detect(
                "ResponseId|RecordedDate|Finished|Q1|Q1_NPS_GROUP|Q2",
                "Response ID|Recorded Date|Finished|Hur sannolikt är det att du skulle rekommendera oss?"
                        + "|Hur sannolikt är det att du skulle rekommendera oss? - Group|Varför gav du det betyget?",
                "R_1|2026-10-05 10:00:00|1|9|3|Bra");

        assertEquals("qualtrics", layout.format());
        assertEquals(2, layout.headerRows());
        assertEquals(Map.of("date", "RecordedDate", "score", "Q1", "comment", "Q2"), roles(layout));
        assertEquals(Optional.empty(), layout.zone());
    }

    @Test
    void surveyMonkeyFindsItsQuestionsByTheirWording() {
        ExportLayout layout = detect(
                "Respondent ID|Collector ID|Start Date|End Date|IP Address|Email Address|First Name|Last Name"
                        + "|How likely is it that you would recommend us to a friend or colleague?"
                        + "|What is the main reason for your score?",
                "||||||||Response|Open-Ended Response",
                "1|2|10/05/2026 02:09:51 PM|10/05/2026 02:14:36 PM|192.0.2.1||||9|Fine");

        assertEquals("surveymonkey", layout.format());
        assertEquals(2, layout.headerRows());
        assertEquals(Map.of("date", "End Date", "score", "How likely is it that you would recommend us to a friend or"
                + " colleague?", "comment", "What is the main reason for your score?"), roles(layout));
    }

    @Test
    void surveyMonkeyFallsBackOnTheOpenEndedResponseColumnForTheComment() {
        ExportLayout layout = detect(
                "Respondent ID|Collector ID|End Date|Hur troligt är det att du skulle rekommendera oss till en vän?"
                        + "|Något mer du vill säga?",
                "|||Response|Open-Ended Response");

        assertEquals(Map.of("date", "End Date", "score", "Hur troligt är det att du skulle rekommendera oss till en"
                + " vän?", "comment", "Något mer du vill säga?"), roles(layout));
    }

    @Test
    void delightedIsKnownByItsPermalink() {
        ExportLayout layout = detect("Response ID|Person ID|Name|Email|Score|Comment|Permalink|Created At|Updated At"
                + "|Notes|Tags|Channel|Customer Type|Locale");

        assertEquals("delighted", layout.format());
        assertEquals(1, layout.headerRows());
        assertEquals(Map.of("date", "Created At", "score", "Score", "comment", "Comment", "channel", "Channel",
                "segment", "Customer Type", "language", "Locale"), roles(layout));
        assertEquals(Optional.empty(), layout.zone(), "its times carry their own Z");
    }

    @Test
    void typeformIsKnownByItsHashColumnAndWritesUtc() {
        ExportLayout layout = detect("#|How likely are you to recommend us to a friend?"
                + "|What's the main reason for your score?|channel|segment|lang|Start Date (UTC)|Submit Date (UTC)"
                + "|Network ID|Tags");

        assertEquals("typeform", layout.format());
        assertEquals(Map.of("date", "Submit Date (UTC)", "score", "How likely are you to recommend us to a friend?",
                "comment", "What's the main reason for your score?", "channel", "channel", "segment", "segment",
                "language", "lang"), roles(layout));
        assertEquals(Optional.of(ZoneOffset.UTC), layout.zone());
    }

    @Test
    void namedColumnsAreFoundInSwedishNorwegianAndEnglish() {
        assertEquals(Map.of("date", "Datum", "score", "Betyg", "comment", "Kommentar", "channel", "Kanal",
                "segment", "Kundsegment", "language", "Språk"),
                roles(detect("Datum|Betyg|Kommentar|Kanal|Kundsegment|Språk")));
        assertEquals(Map.of("date", "Tidspunkt", "score", "Anbefaling", "comment", "Tilbakemelding", "channel",
                "Kanal", "segment", "Kundegruppe", "language", "Språk"),
                roles(detect("Tidspunkt|Anbefaling|Tilbakemelding|Kanal|Kundegruppe|Språk")));
        assertEquals(Map.of("date", "Dato", "score", "Karakter", "comment", "Begrunnelse", "segment", "Kundetype",
                "csat", "Tilfredshet"), roles(detect("Dato|Karakter|Begrunnelse|Kundetype|Tilfredshet")));
        assertEquals(Map.of("date", "Submitted At", "score", "Rating", "comment", "Feedback", "channel", "Touchpoint",
                "segment", "Customer Type", "language", "Locale", "csat", "CSAT", "ces", "Effort"),
                roles(detect("Submitted At|Rating|Feedback|Touchpoint|Customer Type|Locale|CSAT|Effort")));
        assertEquals("csv", detect("Datum|Betyg").format());
    }

    @Test
    void namesAreComparedWithoutCaseMarksSpacesOrPunctuation() {
        assertEquals("sprak", ExportLayout.key(" SPRÅK "));
        assertEquals("submitdateutc", ExportLayout.key("Submit Date (UTC)"));
        assertEquals("npsscore", ExportLayout.key("NPS-score"));
        assertEquals("kundnojdhet", ExportLayout.key("Kundnöjdhet"));
        assertEquals("tilfredshet", ExportLayout.key("Tilfredshet"));
    }

    @Test
    void jsonKeysAreReadByTheSameNames() {
        assertEquals(ExportLayout.DATE, ExportLayout.roleOfKey("created_at"));
        assertEquals(ExportLayout.SCORE, ExportLayout.roleOfKey("nps"));
        assertEquals(ExportLayout.COMMENT, ExportLayout.roleOfKey("text"));
        assertEquals(ExportLayout.LANGUAGE, ExportLayout.roleOfKey("Locale"));
        assertEquals(-1, ExportLayout.roleOfKey("permalink"));
    }

    @Test
    void aRuleSetsTheFormatHeaderRowsAndColumns() {
        FeedbackConfig.Rule rule = new FeedbackConfig.Rule("crm-*.csv", Optional.of("csv"), Optional.empty(),
                Optional.empty(), 2, Optional.empty(), Optional.empty(), Map.of(), Map.of(), 4);
        ExportLayout layout = ExportLayout.detect(rows("ResponseId|RecordedDate|Finished|Score|NPS-svar|Stängd",
                "(exported by CRM 7.2)"), Optional.of(rule));

        assertEquals("csv", layout.format(), "not Qualtrics, although its columns say so");
        assertEquals(2, layout.headerRows());
        List<String> missing = layout.applyColumns(Map.of("score", "nps-svar", "date", "Stängd", "comment", "Notes"));

        assertEquals(List.of("comment: Notes"), missing);
        assertEquals(Map.of("date", "Stängd", "score", "NPS-svar"), roles(layout),
                "the columns site.yaml names replace the ones found by name");
    }

    private static ExportLayout detect(String... rows) {
        return ExportLayout.detect(rows(rows), Optional.empty());
    }

    private static List<String[]> rows(String... rows) {
        return Arrays.stream(rows).map(row -> row.split("\\|", -1)).toList();
    }

    /** Role to column name, for the roles a column was found for. */
    private static Map<String, String> roles(ExportLayout layout) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (int role = 0; role < FeedbackConfig.ROLES.size(); role++) {
            if (layout.column(role) >= 0) {
                roles.put(FeedbackConfig.ROLES.get(role), layout.names().get(layout.column(role)));
            }
        }
        return roles;
    }
}
