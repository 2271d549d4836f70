package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aggregated exports (.agg.csv): counts that add to raw answers, and every bad row an error at its place. */
class AggregateExportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String TOPICS = """
            topics:
              - id: billing
                label: {en: Bills}
                keywords: {en: [bill*]}
              - id: waiting
                label: {en: Waiting}
                keywords: {en: [wait*]}
            """;

    @TempDir
    Path dir;

    private FeedbackData load(Problems problems, String... files) throws IOException {
        write("content/topics.yaml", TOPICS);
        for (int i = 0; i < files.length; i += 2) {
            write("content/feedback/" + files[i], files[i + 1]);
        }
        return FeedbackLoader.load(dir, FeedbackConfig.DEFAULTS, TODAY, problems);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static Cell cell(String day, String channel) {
        return Cell.of(LocalDate.parse(day), channel, "", "en");
    }

    @Test
    void aggregatesAddToRawAnswersCellByCell() throws IOException {
        Problems problems = new Problems();
        FeedbackData data = load(problems,
                "raw.csv", """
                        date,score,comment,channel,language
                        2026-10-05T10:00:00+02:00,10,The bill was clear,phone,en
                        2026-10-05T11:00:00+02:00,3,Waited for ages,phone,en
                        """,
                "warehouse.agg.csv", """
                        day,channel,segment,language,topic,score,count
                        2026-10-05,phone,,en,,10,40
                        2026-10-05,phone,,en,,2,15
                        2026-10-05,phone,,en,billing,2,12
                        2026-10-05,Telefon,,EN,waiting,2,3
                        2026-10-06,"chat",,en,,8,7
                        """);

        assertEquals(List.of(), problems.sorted());
        assertEquals(new Counts(41, 0, 16, 0, 0, 0, 0, 0), data.counts().get(cell("2026-10-05", "phone")),
                "one raw promoter and detractor added to 40 and 15");
        assertEquals(new Counts(1, 0, 12, 0, 0, 0, 0, 0), data.counts().get(cell("2026-10-05", "phone").about("billing")));
        assertEquals(new Counts(0, 0, 4, 0, 0, 0, 0, 0), data.counts().get(cell("2026-10-05", "phone").about("waiting")),
                "'Telefon' and 'EN' are read as the codes phone and en, as in raw exports");
        assertEquals(Counts.of(8, 7), data.counts().get(cell("2026-10-06", "chat")));
        assertEquals(2 + 40 + 15 + 7, data.responses());
        assertTrue(data.sources().contains("content/feedback/warehouse.agg.csv"));
        assertTrue(data.verbatims().values().stream().flatMap(List::stream)
                .allMatch(c -> c.source().equals("content/feedback/raw.csv")), "verbatims come from raw answers only");
    }

    @Test
    void everyBadRowIsAnErrorAtItsLineAndColumnAndTheFileAddsNothing() throws IOException {
        Problems problems = new Problems();
        FeedbackData data = load(problems, "bad.agg.csv", """
                day,channel,segment,language,topic,score,count
                2026-10-05,phone,,en,,10,40
                2026-13-01,phone,,en,,10,1
                2026-10-05,phone,,en,biling,10,1
                2026-10-05,phone,,en,,11,1
                2026-10-05,phone,,en,,9,-4
                2026-12-01,phone,,en,,9,4
                2026-10-05,phone,,en,,9
                2026-10-05,phone,,en,,9,99999999999999999999
                1999-12-31,phone,,en,,9,1
                """);

        List<String> messages = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/feedback/bad.agg.csv:3:1: error: day '2026-13-01' is not a date; write it as yyyy-mm-dd,"
                        + " the day in the site's time zone (Europe/Stockholm)",
                "content/feedback/bad.agg.csv:4:22: error: unknown topic 'biling' (did you mean 'billing'?); use an id"
                        + " from content/topics.yaml (billing, waiting), or leave it empty for all answers",
                "content/feedback/bad.agg.csv:5:23: error: score '11' is not a whole number from 0 to 10",
                "content/feedback/bad.agg.csv:6:25: error: count '-4' is not a whole number of answers from 0 to "
                        + Long.MAX_VALUE,
                "content/feedback/bad.agg.csv:7:1: error: day 2026-12-01 is after today (2026-11-30 in"
                        + " Europe/Stockholm); leave days after today out of the query",
                "content/feedback/bad.agg.csv:8:1: error: expected 7 values (day,channel,segment,language,topic,"
                        + "score,count), found 6",
                "content/feedback/bad.agg.csv:9:25: error: count '99999999999999999999' is not a whole number of"
                        + " answers from 0 to " + Long.MAX_VALUE,
                "content/feedback/bad.agg.csv:10:1: error: day 1999-12-31 is before 2000-01-01, a placeholder or a"
                        + " lost century; leave such answers out of the query"), messages);
        assertTrue(data.isEmpty(), "a file with errors adds nothing, not even its good row");
    }

    @Test
    void aKeyTwiceInOneFileIsAnErrorButAddsUpAcrossFiles() throws IOException {
        String row = "2026-10-05,phone,,en,,10,40\n";
        String header = "day,channel,segment,language,topic,score,count\n";
        Problems twice = new Problems();
        load(twice, "a.agg.csv", header + row + "2026-10-05,chat,,en,,10,1\n" + row);
        assertEquals(List.of("content/feedback/a.agg.csv:4:1: error: the same day, channel, segment, language, topic"
                + " and score as line 2; a key comes once per file (the query's GROUP BY makes it so): remove one,"
                + " or add them up"), twice.sorted().stream().map(Problem::format).toList());

        Files.delete(dir.resolve("content/feedback/a.agg.csv"));
        Problems problems = new Problems();
        FeedbackData data = load(problems, "2025.agg.csv", header + row, "2026.agg.csv", header + row);
        assertEquals(List.of(), problems.sorted());
        assertEquals(Counts.of(10, 80), data.counts().get(cell("2026-10-05", "phone")));
    }

    @Test
    void aTopicCannotHaveMoreAnswersThanAllAnswers() throws IOException {
        Problems problems = new Problems();
        load(problems, "t.agg.csv", """
                day,channel,segment,language,topic,score,count
                2026-10-05,phone,,en,,10,4
                2026-10-05,phone,,en,billing,10,5
                2026-10-05,phone,,en,waiting,3,1
                """);
        assertEquals(List.of(
                "content/feedback/t.agg.csv:3:7: error: 5 answers about topic 'billing' but 4 answers in all with this"
                        + " day, channel, segment, language and score (line 2); a row with a topic counts some of the"
                        + " answers that the row with an empty topic counts",
                "content/feedback/t.agg.csv:4:7: error: 1 answers about topic 'waiting' but 0 answers in all with this"
                        + " day, channel, segment, language and score (no row with an empty topic); a row with a topic"
                        + " counts some of the answers that the row with an empty topic counts"),
                problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void aWrongHeaderIsOneErrorAtLineOne() throws IOException {
        Problems problems = new Problems();
        FeedbackData data = load(problems, "h.agg.csv", "date,score,count\n2026-10-05,10,4\n");
        assertFalse(problems.sorted().isEmpty());
        assertEquals("content/feedback/h.agg.csv:1:1: error: expected the header day,channel,segment,language,topic,"
                + "score,count, found 'date,score,count'; an aggregated export (.agg.csv) has exactly these columns in"
                + " this order", problems.sorted().get(0).format());
        assertTrue(data.isEmpty());
    }

    @Test
    void aVerbatimsFileGivesRedactedQuotesButCountsNowhere() throws IOException {
        Problems problems = new Problems();
        FeedbackData data = load(problems,
                "w.agg.csv", "day,channel,segment,language,topic,score,count\n2026-10-05,phone,,en,,2,15\n"
                        + "2026-10-05,phone,,en,billing,2,12\n",
                "w.verbatims.jsonl", """
                        {"date":"2026-10-05T08:00:00Z","score":2,"comment":"The bill is wrong, mail me at a.b@example.com","channel":"phone","segment":"","language":"en"}
                        {"date":"2026-10-05T09:00:00Z","score":8,"comment":"bill ok","channel":"phone","segment":"","language":"en"}
                        """);
        assertEquals(List.of(), problems.sorted());
        assertEquals(15, data.responses(), "the aggregate's answers only");
        assertEquals(Counts.of(2, 15), data.counts().get(cell("2026-10-05", "phone")));
        List<FeedbackData.Comment> quotes = data.verbatims().get(new FeedbackData.VerbatimKey("billing",
                NpsGroup.DETRACTOR));
        assertEquals(1, quotes.size());
        assertFalse(quotes.get(0).text().contains("a.b@example.com"), "redacted as any comment: " + quotes.get(0));
        assertTrue(quotes.get(0).text().startsWith("The bill is wrong"));
    }
}
