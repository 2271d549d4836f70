package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports in UTF-16 and UTF-32 without a byte-order mark are read as their answers, not skipped row by
 * row; no message ever prints a raw NUL or control character; a workbook fails the build at its file.
 */
class ExportEncodingsTest {
    private static final String CSV = "Date\tScore\tComment\n2026-10-05\t9\tSnabb hjälp – tack, Øystein!\n"
            + "2026-10-06\t3\tIngen ringde tillbaka.\n2026-10-07\tnio\tFel skala.\n";

    @TempDir
    Path dir;

    @Test
    void utf16AndUtf32WithoutAMarkAreReadAsTheirAnswers() throws IOException {
        for (Charset wide : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, ExportText.UTF_32LE,
                ExportText.UTF_32BE)) {
            Problems problems = new Problems();
            FeedbackData data = read(CSV.getBytes(wide), problems);
            assertEquals(2, data.responses(), wide.name());
            assertEquals(1, data.badRows(), wide.name());
            assertEquals(List.of("content/feedback/x.txt:4:1: warning: row skipped: the score 'nio' is not a whole"
                    + " number from 0 to 10; fix the row in the export, or build with --strict to stop on bad rows"),
                    messages(problems), wide.name());
        }
    }

    @Test
    void noMessagePrintsARawNulOrControlCharacter() throws IOException {
        // Read with the wrong encoding forced by site.yaml, every cell is full of NUL bytes.
        Problems problems = new Problems();
        FeedbackConfig.Rule utf8 = new FeedbackConfig.Rule("*.txt", Optional.empty(), Optional.of('\t'),
                Optional.of(StandardCharsets.UTF_8), 0, Optional.empty(), Optional.empty(), java.util.Map.of(),
                java.util.Map.of(), 3);
        read(CSV.getBytes(StandardCharsets.UTF_16BE), Optional.of(utf8), problems);
        read(("Date,Score\n2026-10-05\u0000\u001b[2J,9\n").getBytes(StandardCharsets.UTF_8), Optional.empty(),
                problems);
        List<String> shown = messages(problems);
        assertTrue(shown.size() >= 2, shown.toString());
        for (String message : shown) {
            assertTrue(message.chars().noneMatch(c -> c < 0x20), message);
        }
        assertTrue(shown.stream().anyMatch(m -> m.contains("'2026-10-05\\u0000\\u001B[2J'")), shown.toString());
    }

    @Test
    void aWorkbookSavedAsCsvIsAnErrorAtTheFile() throws IOException {
        Problems problems = new Problems();
        // Its header's NUL bytes fall where UTF-16's would: the workbook must be seen first.
        read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0, 'j', 'u', 'n', 'k'}, problems);
        assertEquals(List.of("content/feedback/x.txt:1:1: error: this is a spreadsheet workbook (or another zip or"
                + " Office file), not a text export; save it as CSV UTF-8 (or export the survey as CSV) and replace"
                + " the file"), messages(problems));
        assertTrue(problems.hasErrors());
    }

    private FeedbackData read(byte[] bytes, Problems problems) throws IOException {
        return read(bytes, Optional.empty(), problems);
    }

    private FeedbackData read(byte[] bytes, Optional<FeedbackConfig.Rule> rule, Problems problems) throws IOException {
        Path file = dir.resolve("x.txt");
        Files.write(file, bytes);
        FeedbackCollector collector = new FeedbackCollector(Topics.NONE, LocalDate.of(2027, 1, 1), problems);
        String source = "content/feedback/x.txt";
        collector.startFile(source);
        ExportReader.read(file, source, FeedbackConfig.DEFAULT_ZONE, rule, collector, problems);
        return collector.finish();
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
