package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row's file:line is the file's real line however long its quoted comments are: a comment of
 * many CR LF lines (written on Windows) once made the CSV parser count a line twice wherever a CR
 * filled a segment of its text buffer, so every later row's line was off in a file read in one
 * piece, and unlike the same file read from its bytes in parts.
 */
class ExportLinesTest {
    private static final String SOURCE = "content/feedback/export.csv";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Topics TOPICS = new Topics(List.of(new Topics.Topic("billing", Map.of("en", "Bills"),
            Map.of("en", List.of("bill")), true)));

    @TempDir
    Path dir;

    @Test
    void rowsAfterLongCommentsOfCrLfLinesAreAtTheirRealLine() throws IOException {
        for (String line : List.of("a\r\n", "bill\r\n", "a\n", "a\r", "\"\"\r\n")) {
            for (int lines : new int[] {2_000, 100_000}) {
                String text = "date,score,comment\n2026-10-05,9,\"" + line.repeat(lines) + "end\"\n2026-10-05,11,x\n";
                List<String> messages = readWhole(write("long.csv", text)).problems();
                int real = 3 + lines; // the header, the row of the long comment, and its line breaks
                assertEquals(List.of(SOURCE + ":" + real + ":1: warning: row skipped: the score '11' is not a whole"
                        + " number from 0 to 10; fix the row in the export, or build with --strict to stop on bad rows"),
                        messages, printable(line) + " x " + lines);
            }
        }
    }

    @Test
    void lineStartsCountLfCrLfAndCrAloneWhereverTheReadsEnd() throws IOException {
        String text = "a\nb\r\nc\rd\r\r\ne\r";
        // a=0 \n b=2 \r\n c=5 \r d=7 \r \r\n e=11 \r (the end: a line of its own starts at 13)
        long[] expected = {1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7};
        for (int chunk = 1; chunk <= text.length(); chunk++) {
            int most = chunk;
            LineStarts lines = new LineStarts(new StringReader(text) {
                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    return super.read(buffer, offset, Math.min(length, most)); // reads that end anywhere, a CR's LF in the next
                }
            });
            char[] all = new char[32];
            int n = 0;
            for (int read; (read = lines.read(all, n, all.length - n)) > 0; ) {
                n += read;
            }
            assertEquals(text.length(), n);
            for (int offset = 0; offset < expected.length; offset++) {
                assertEquals(expected[offset], lines.lineOf(offset), "reads of " + chunk + ", offset " + offset);
            }
        }
    }

    @Test
    void partsGiveTheOnePieceLinesAfterLongCommentsOfCrLfLines() throws IOException {
        StringBuilder text = new StringBuilder("date,score,comment,channel,language\r\n");
        for (int row = 0; row < 12; row++) {
            text.append("2026-10-").append(10 + row % 20).append(',').append(row % 11).append(",\"")
                    .append("bill\r\n".repeat(3_000 + 1_499 * row)).append("\",web,en\r\n");
            text.append("2026-10-05,").append(row % 3 == 0 ? "11" : "3").append(",bill ").append(row).append(",web,en\r\n");
        }
        Path file = write("parts.csv", text.toString());
        Read whole = readWhole(file);
        // the first bad row follows the first long comment: the header, its row and its 3,000 line breaks before it
        assertTrue(whole.problems().get(1).startsWith(SOURCE + ":" + (2 + 3_000 + 1) + ":1: warning: row skipped"),
                whole.problems().get(1));
        for (int parts = 1; parts <= 4; parts++) {
            Problems problems = new Problems();
            FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
            collector.startFile(SOURCE);
            assertTrue(ExportReader.readInParts(file, SOURCE, ZoneId.of("UTC"), Optional.empty(), collector, problems,
                    parts, 0), "read in parts");
            FeedbackData data = collector.finish();
            assertEquals(whole.problems(), messages(problems), parts + " parts");
            assertEquals(whole.data(), data, parts + " parts");
        }
    }

    private record Read(FeedbackData data, List<String> problems) {
    }

    private Read readWhole(Path file) throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
        collector.startFile(SOURCE);
        ExportReader.read(file, SOURCE, ZoneId.of("UTC"), Optional.empty(), collector, problems);
        return new Read(collector.finish(), messages(problems));
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
