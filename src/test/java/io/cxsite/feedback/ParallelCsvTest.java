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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an export in parts at the same time gives exactly what reading it in one piece gives:
 * the same counts, kept comments, bad rows and file:line messages, for every number of parts from
 * 1 to 8, with quoted line breaks, CR LF, a byte-order mark and quotes where the parts meet.
 */
class ParallelCsvTest {
    private static final String SOURCE = "content/feedback/export.csv";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Topics TOPICS = new Topics(List.of(
            new Topics.Topic("billing", Map.of("en", "Bills"), Map.of("en", List.of("invoice*", "bill"),
                    "sv", List.of("faktur*")), false),
            new Topics.Topic("outage", Map.of("en", "Outage"), Map.of("en", List.of("no signal", "outage*")), true)));

    @TempDir
    Path dir;

    /** What reading a file gives: the collector's result and every problem, as the user reads them. */
    private record Read(FeedbackData data, List<String> problems) {
    }

    @Test
    void partsGiveWhatOnePieceGivesForGeneratedExports() throws IOException {
        for (int seed = 0; seed < 24; seed++) {
            Random random = new Random(seed);
            String newline = seed % 3 == 0 ? "\r\n" : "\n";
            boolean bom = seed % 4 == 1;
            char delimiter = seed % 5 == 2 ? ';' : ',';
            String text = export(random, 150 + random.nextInt(250), newline, delimiter);
            Path file = write("export-" + seed + ".csv", text, bom);
            Read whole = whole(file);
            for (int parts = 1; parts <= 8; parts++) {
                Read read = parts(file, parts);
                assertTrue(cut, "seed " + seed + ": a file in plain CSV is read from bytes in " + parts + " parts");
                assertEquals(whole.problems(), read.problems(), "seed " + seed + ", " + parts + " parts");
                assertEquals(whole.data(), read.data(), "seed " + seed + ", " + parts + " parts");
            }
        }
    }

    @Test
    void aQuotedFieldAcrossEveryCutIsReadAsOne() throws IOException {
        StringBuilder text = new StringBuilder("date,score,comment,channel,language\r\n");
        for (int row = 0; row < 60; row++) {
            // Long quoted comments full of line breaks, quotes and delimiters: most cut targets fall inside one.
            text.append("2026-11-").append(10 + row % 20).append(',').append(row % 11).append(",\"Outage\r\n\"\"again\"\","
                    + "\r\n,,\nno signal, bill\r\n\"\"\",phone,en\r\n");
            if (row % 7 == 3) {
                text.append("2026-11-05,11,bill,web,en\r\n"); // a bad row at a line after quoted line breaks
            }
        }
        Path file = write("quoted.csv", text.toString(), true);
        assertSameForEveryPartCount(file);
    }

    /**
     * Customers paste rows into comments: quoted comments of many lines that read exactly like
     * records, so a cut is guessed inside one, and the comment's closing quote starts a line, so
     * the part after that cut reads it as a field that never closes. The part before then cannot
     * prove the cut, the CSV parser reads on from its start, and the result is one piece's.
     */
    @Test
    void pastedRecordsInsideCommentsAtTheCutsGiveWhatOnePieceGives() throws IOException {
        for (int seed = 0; seed < 8; seed++) {
            Random random = new Random(seed);
            String newline = seed % 2 == 0 ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder("date,score,comment,channel,language").append(newline);
            for (int row = 0; row < 150; row++) {
                String day = "2026-11-" + (10 + random.nextInt(18));
                if (random.nextInt(6) == 0) {
                    text.append(day).append(',').append(random.nextInt(11)).append(",\"pasted from our sheet:");
                    for (int line = 0, lines = 9 + random.nextInt(12); line < lines; line++) {
                        text.append(newline).append("2026-11-0").append(1 + random.nextInt(9)).append(",3,bill,web,en");
                    }
                    text.append(newline).append("\",phone,en").append(newline);
                } else if (random.nextInt(25) == 0) {
                    text.append(day).append(",7").append(newline); // a row with fields missing
                } else {
                    text.append(day).append(',').append(random.nextInt(11)).append(",no signal again,chat,sv")
                            .append(newline);
                }
            }
            Path file = write("pasted-" + seed + ".csv", text.toString(), seed % 3 == 0);
            Read whole = whole(file);
            for (int parts = 1; parts <= 12; parts++) {
                assertEquals(whole, parts(file, parts), "seed " + seed + ", " + parts + " parts");
            }
        }
    }

    @Test
    void oddFilesAreReadInOnePieceWithTheSameResult() throws IOException {
        String header = "date,score,comment,channel,language\n";
        Map<String, String> odd = Map.of(
                "a CR alone", header + "2026-11-02,9,fine\rbill,web,en\n".repeat(40),
                "a quote inside a plain field", header + "2026-11-02,3,my \"bill\" is wrong,web,en\n".repeat(40),
                "text after a closing quote", header + "2026-11-02,3,\"bill\" again,web,en\n".repeat(40),
                "a quote never closed", header + "2026-11-02,3,bill,web,en\n".repeat(30)
                        + "2026-11-03,2,\"outage since,web,en\n" + "2026-11-04,1,bill,web,en\n".repeat(30),
                "header rows only", "date,score,comment\n\n\n\n",
                "one answer", header + "2026-11-02,9,bill,web,en\n");
        for (Map.Entry<String, String> e : odd.entrySet()) {
            Path file = write("odd.csv", e.getValue(), false);
            assertSameForEveryPartCount(file);
        }
    }

    private void assertSameForEveryPartCount(Path file) throws IOException {
        Read whole = whole(file);
        for (int parts = 1; parts <= 8; parts++) {
            assertEquals(whole, parts(file, parts), file.getFileName() + ", " + parts + " parts");
        }
    }

    @Test
    void aBrokenRowInAnEarlyPartStopsTheFileThereAsInOnePiece() throws IOException {
        // The Jackson error comes from a quoted field that is closed and followed by more text, which
        // the cut finder refuses, so the file is read in one piece: the error and what came before count.
        String header = "date,score,comment,channel,language\n";
        String text = header + "2026-11-02,9,bill,web,en\n".repeat(200) + "2026-11-03,2,\"x\"\"y,web,en\n";
        Path file = write("broken.csv", text, false);
        Read whole = whole(file);
        assertFalse(whole.problems().isEmpty(), "the row that cannot be read is reported");
        assertEquals(whole, parts(file, 4));
    }

    @Test
    void readsTheFileInPartsWhenItCan() throws IOException {
        Path file = write("plain.csv", export(new Random(7), 400, "\n", ','), false);
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, new Problems());
        assertTrue(ExportReader.readInParts(file, SOURCE, ZoneId.of("UTC"), Optional.empty(), collector,
                new Problems(), 3, 0));
        assertFalse(ExportReader.readInParts(file, SOURCE, ZoneId.of("UTC"), Optional.empty(), collector,
                new Problems(), 3, Files.size(file) + 1), "a file under the size limit is read in one piece");
    }

    private Read whole(Path file) throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
        collector.startFile(SOURCE);
        ExportReader.read(file, SOURCE, ZoneId.of("Europe/Stockholm"), Optional.empty(), collector, problems);
        return new Read(collector.finish(), messages(problems));
    }

    /** Whether the last {@link #parts} call read the file in parts. */
    private boolean cut;

    private Read parts(Path file, int parts) throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
        collector.startFile(SOURCE);
        cut = ExportReader.readInParts(file, SOURCE, ZoneId.of("Europe/Stockholm"), Optional.empty(), collector,
                problems, parts, 0);
        if (!cut) {
            ExportReader.read(file, SOURCE, ZoneId.of("Europe/Stockholm"), Optional.empty(), collector, problems);
        }
        return new Read(collector.finish(), messages(problems));
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private Path write(String name, String text, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bytes.length + (bom ? 3 : 0)];
        if (bom) {
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
        }
        System.arraycopy(bytes, 0, all, bom ? 3 : 0, bytes.length);
        Files.write(file, all);
        return file;
    }

    /** An export with answers, bad rows, unfinished answers and comments quoted in every way CSV allows. */
    private static String export(Random random, int rows, String newline, char d) {
        String[] comments = {"", "bill was fine", "\"Outage, again\"", "\"no signal" + newline + "since Monday\"",
            "\"the \"\"invoice\"\" doubled\"", "Fakturan kom sent", "\"" + newline + "\"", "\"a;b,c\"", "räkning ok",
            "\"call me on 070-123 45 67, bill\""};
        String[] channels = {"phone", "chat", "Web", "e-post", ""};
        String[] languages = {"en", "sv", "EN", ""};
        StringBuilder text = new StringBuilder("date" + d + "score" + d + "comment" + d + "channel" + d + "language")
                .append(newline);
        for (int row = 0; row < rows; row++) {
            String score = random.nextInt(40) == 0 ? "" : random.nextInt(60) == 0 ? "eleven"
                    : String.valueOf(random.nextInt(11));
            String date = random.nextInt(80) == 0 ? "31/31/2026" : random.nextInt(90) == 0 ? "2027-01-01"
                    : "2026-" + (9 + random.nextInt(3)) + "-" + (10 + random.nextInt(18))
                            + (random.nextBoolean() ? " 23:30:00" : "");
            text.append(date).append(d).append(score).append(d).append(comments[random.nextInt(comments.length)])
                    .append(d).append(channels[random.nextInt(channels.length)]).append(d)
                    .append(languages[random.nextInt(languages.length)]).append(newline);
            if (random.nextInt(50) == 0) {
                text.append(newline); // a blank line
            }
            if (random.nextInt(70) == 0) {
                text.append("2026-10-12").append(d).append("7").append(newline); // too few fields
            }
        }
        return text.toString();
    }
}
