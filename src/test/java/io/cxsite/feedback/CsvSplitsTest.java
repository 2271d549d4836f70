package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cuts of a large export are guessed near their targets without reading the bytes before them:
 * every guess is a record start (never a line break inside a quoted comment, right after the LF of
 * CR LF), and the parts that start there count their lines from 1 and are moved on afterwards, so
 * that a bad row in a later part is reported at its file:line.
 */
class CsvSplitsTest {
    private static final String SOURCE = "content/feedback/export.csv";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Topics TOPICS = new Topics(List.of(
            new Topics.Topic("billing", Map.of("en", "Bills"), Map.of("en", List.of("invoice*", "bill")), false),
            new Topics.Topic("outage", Map.of("en", "Outage"), Map.of("en", List.of("no signal", "outage*")), true)));

    @TempDir
    Path dir;

    @Test
    void everyGuessIsARecordStartThoughQuotedLineBreaksSurroundTheTargets() throws IOException {
        for (int seed = 0; seed < 12; seed++) {
            String newline = seed % 2 == 0 ? "\r\n" : "\n";
            byte[] bytes = export(new Random(seed), 2000, newline, seed % 3 == 0 ? 12 : 2).getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve("export-" + seed + ".csv");
            Files.write(file, bytes);
            Set<Long> starts = recordStarts(bytes);
            for (int parts = 2; parts <= 8; parts++) {
                List<Long> cuts = CsvSplits.guess(file, 0, parts, (byte) ',');
                assertEquals(parts - 1, cuts.size(), "seed " + seed + ": a cut near every target, " + parts + " parts");
                for (long cut : cuts) {
                    assertTrue(starts.contains(cut), "seed " + seed + ": the cut at byte " + cut + " starts a record");
                    assertEquals('\n', bytes[(int) cut - 1], "a cut follows the LF (of CR LF)");
                }
            }
        }
    }

    @Test
    void aLineBreakInsideAQuotedCommentAtTheTargetIsNotACut() throws IOException {
        String header = "date,score,comment,channel,language\n";
        String row = "2026-11-02,9,bill,web,en\n";
        // The target (the middle of the file) falls inside a comment of many short quoted lines.
        String quoted = "2026-11-03,2,\"" + "outage, again\n".repeat(400) + "\",phone,en\n";
        String text = header + row.repeat(200) + quoted + row.repeat(200);
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, text);
        List<Long> cuts = CsvSplits.guess(file, 0, 2, (byte) ',');
        assertEquals(List.of((long) (header + row.repeat(200) + quoted).length()), cuts,
                "the cut is after the record that holds the quoted line breaks");
    }

    @Test
    void aBadRowInALaterPartIsReportedAtItsLineAndEveryPartIsReadFromBytes() throws IOException {
        StringBuilder text = new StringBuilder("date,score,comment,channel,language\r\n");
        int answers = 0;
        for (int row = 0; row < 600; row++) {
            text.append("2026-11-").append(10 + row % 20).append(',').append(row % 11)
                    .append(",\"no signal\r\nsince Monday, bill\",phone,en\r\n");
            answers++;
            if (row == 170 || row == 470) {
                text.append("2026-11-05,7\r\n"); // too few fields: a bad row, after many quoted line breaks
            }
        }
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, text.toString());
        Problems wholeProblems = new Problems();
        FeedbackCollector whole = new FeedbackCollector(TOPICS, TODAY, wholeProblems);
        ExportReader.read(file, SOURCE, ZoneId.of("UTC"), Optional.empty(), whole, wholeProblems);
        FeedbackData expected = whole.finish();
        List<String> expectedProblems = messages(wholeProblems);
        assertTrue(expectedProblems.stream().anyMatch(p -> p.contains(":945:")),
                "the second bad row is on line 945 (2 lines a row, header and the first bad row before it): " + expectedProblems);
        long inOnePart = -1; // the first rows are read as text while they may still be header rows
        for (int parts = 1; parts <= 6; parts++) {
            Problems problems = new Problems();
            FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
            assertTrue(ExportReader.readInParts(file, SOURCE, ZoneId.of("UTC"), Optional.empty(), collector,
                    problems, parts, 0));
            inOnePart = parts == 1 ? collector.answersFromBytes() : inOnePart;
            assertTrue(inOnePart > answers - 5, "nearly every answer is read from bytes: " + inOnePart);
            assertEquals(inOnePart, collector.answersFromBytes(), parts + " parts: no part fell back to the CSV parser");
            assertEquals(expectedProblems, messages(problems), parts + " parts");
            assertEquals(expected, collector.finish(), parts + " parts");
        }
    }

    @Test
    void aFileWithoutAPlainRecordNearATargetIsCutFewerTimes() throws IOException {
        // One quoted field of many lines fills the file: no line break in it passes the probe.
        String text = "date,score,comment\n2026-11-02,3,\"" + "a,b\n".repeat(5000) + "\"\n";
        Path file = dir.resolve("one.csv");
        Files.writeString(file, text);
        List<Long> cuts = CsvSplits.guess(file, 0, 4, (byte) ',');
        assertFalse(cuts.stream().anyMatch(cut -> cut < text.length() - 2), "no cut inside the quoted field: " + cuts);
    }

    /** The offsets where records start, by counting quotes from the first byte. */
    private static Set<Long> recordStarts(byte[] bytes) {
        Set<Long> starts = new HashSet<>();
        boolean quoted = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quoted = !quoted;
            } else if (bytes[i] == '\n' && !quoted) {
                starts.add((long) i + 1);
            }
        }
        return starts;
    }

    /** Rows whose comments hold quoted line breaks, delimiters and doubled quotes; {@code breaks} line breaks at most. */
    private static String export(Random random, int rows, String newline, int breaks) {
        StringBuilder text = new StringBuilder("date,score,comment,channel,language").append(newline);
        for (int row = 0; row < rows; row++) {
            StringBuilder comment = new StringBuilder("\"");
            for (int line = random.nextInt(breaks + 1); line > 0; line--) {
                comment.append(random.nextBoolean() ? "bill, \"\"late\"\"" : "no signal").append(newline);
            }
            comment.append("end\"");
            text.append("2026-11-").append(10 + random.nextInt(18)).append(',').append(random.nextInt(11)).append(',')
                    .append(comment).append(",phone,en").append(newline);
        }
        return text.toString();
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
