package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wherever the cuts fall, a file read in parts gives what one piece gives. {@link ByteRowsTest} and
 * {@link ParallelCsvTest} cut where {@link CsvSplits} guesses; here the cuts are put after line
 * breaks chosen at random, inside quoted fields as often as not, so that each part's proof of the
 * next cut is what keeps the counts right. The exports mix quoted line breaks (LF and CR LF),
 * doubled quotes, records that start with a quote, blank and delimiter-only lines, comments in
 * many scripts with bytes that are not UTF-8, a comment longer than the 1 MiB read buffer, and
 * files that end without a line break, in a CR, inside quotes or after a delimiter.
 */
class CutsAnywhereTest {
    private static final String SOURCE = "content/feedback/export.csv";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Topics TOPICS = new Topics(List.of(
            new Topics.Topic("billing", Map.of("en", "Bills"), Map.of("en", List.of("invoice*", "bill", "e-mail"),
                    "sv", List.of("faktur*", "räkning", "för dyr")), false),
            new Topics.Topic("outage", Map.of("en", "Outage"), Map.of("en", List.of("no signal", "outage*"),
                    "sv", List.of("avbrott*", "ingen täckning")), true),
            new Topics.Topic("abroad", Map.of("en", "Abroad"), Map.of("en", List.of("straße", "istanbul", "οδός",
                    "café*")), true)));
    private static final String[] WORDS = {"bill", "BILL", "invoices", "e-mail", "Fakturan", "RÄKNING", "för, dyr",
        "FÖR DYR", "no signal", "No\u00a0signal", "outage!", "avbrott", "ingen täckning", "STRASSE", "Straße", "İstanbul",
        "ΟΔΟΣ", "cafe\u0301s", "CAFÉ", "😀bill", "ﬁnd", "x", "the", ",", ";", "\"", "'", "-", "\t"};
    private static final String[] DATES = {"2026-10-12T08:02:51Z", "2026-10-25T00:59:59Z", "2026-10-25T01:00:00Z",
        "2026-03-29T00:30:00Z", "2026-10-05 07:56", "2026-10-05T02:00:00+05:45", "2026-10-05t10:00:00z",
        "2026-10-05T23:56:22.123456789-05:45", "05.10.2026 14:02", "2026-02-30", "2026-12-24T08:00Z", ""};
    private static final String[] SCORES = {"9", "10", "0", "6", " 8 ", "09", "+9", "10.0", "9.5", "11", "", "٩"};
    private static final String[] LABELS = {"web", "Web", " web", "WEB ", "Telefon", "ÅTERFÖRSÄLJARE", "", "\"a, b\""};
    private static final String[] LANGUAGES = {"en", "EN", "sv", " sv-SE", "Svenska", "", "xx"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

    @TempDir
    Path dir;

    private record Read(FeedbackData data, List<String> problems) {
    }

    @Test
    void cutsAfterAnyLineBreakGiveWhatOnePieceGives() throws IOException {
        long fromBytes = 0;
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            char d = seed % 4 == 2 ? ';' : seed % 4 == 3 ? '\t' : ',';
            boolean bom = seed % 3 == 1;
            byte[] bytes = export(random, 500 + random.nextInt(400), d, bom, seed == 5, seed % 6);
            Path file = dir.resolve("export-" + seed + ".csv");
            Files.write(file, bytes);
            ZoneId zone = ZoneId.of(seed % 2 == 0 ? "Europe/Stockholm" : "Asia/Kathmandu");
            Read whole = whole(file, zone);
            List<Long> lineStarts = new ArrayList<>();
            for (int i = bom ? 3 : 0; i < bytes.length - 1; i++) {
                if (bytes[i] == '\n') {
                    lineStarts.add(i + 1L);
                }
            }
            for (int trial = 0; trial < (seed == 5 ? 3 : 12); trial++) {
                TreeSet<Long> cuts = new TreeSet<>();
                for (int k = 1 + random.nextInt(6); k > 0; k--) {
                    cuts.add(lineStarts.get(random.nextInt(lineStarts.size())));
                }
                Problems problems = new Problems();
                FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
                collector.startFile(SOURCE);
                ExportFile export = new ExportFile(file, SOURCE, zone, Optional.empty(), collector, problems);
                if (!ParallelCsv.readAt(export, collector, bom ? 3 : 0, d, new ArrayList<>(cuts))) {
                    ExportReader.read(file, SOURCE, zone, Optional.empty(), collector, problems); // as FeedbackLoader does
                }
                fromBytes += collector.answersFromBytes();
                FeedbackData data = collector.finish();
                String what = "seed " + seed + ", cuts " + cuts;
                assertEquals(whole.problems(), messages(problems), what);
                assertEquals(whole.data(), data, what);
            }
        }
        assertTrue(fromBytes > 10_000, "most answers are read from bytes: " + fromBytes);
    }

    private static Read whole(Path file, ZoneId zone) throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
        collector.startFile(SOURCE);
        ExportReader.read(file, SOURCE, zone, Optional.empty(), collector, problems);
        return new Read(collector.finish(), messages(problems));
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    /** An export of the cells above; bytes that are not UTF-8 only after the first 64 KB, which decide the encoding. */
    private static byte[] export(Random random, int rows, char d, boolean bom, boolean longComment, int ending) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(String.join(String.valueOf(d), "date", "score", "comment", "channel", "segment", "language")
                .concat("\r\n").getBytes(StandardCharsets.UTF_8));
        int longRow = longComment ? rows / 2 : -1;
        for (int row = 0; row < rows; row++) {
            String newline = random.nextInt(3) == 0 ? "\r\n" : "\n";
            boolean common = random.nextInt(3) > 0;
            cell(out, common ? DATES[random.nextInt(4)] : pick(random, DATES), d);
            out.write(d);
            cell(out, common ? String.valueOf(random.nextInt(11)) : pick(random, SCORES), d);
            out.write(d);
            byte[] comment = comment(random, row == longRow ? 200_000 : random.nextInt(10), out.size() > 70_000);
            out.writeBytes(needsQuotes(comment, d) || random.nextInt(6) == 0 ? quoted(comment) : comment);
            for (String[] labels : new String[][] {LABELS, LABELS, LANGUAGES}) {
                out.write(d);
                cell(out, pick(random, labels), d);
            }
            out.writeBytes(newline.getBytes(StandardCharsets.UTF_8));
            switch (random.nextInt(40)) {
                case 0 -> out.writeBytes(newline.getBytes(StandardCharsets.UTF_8)); // a blank line
                case 1 -> out.writeBytes((String.valueOf(d).repeat(5) + newline).getBytes(StandardCharsets.UTF_8));
                case 2 -> out.writeBytes(("\"\"" + d + "\"\"" + newline).getBytes(StandardCharsets.UTF_8));
                case 3 -> out.writeBytes(("2026-10-12" + d + "7" + newline).getBytes(StandardCharsets.UTF_8));
                default -> { }
            }
        }
        String last = "2026-10-20" + d + "1" + d;
        String[] endings = {"", last + "bill outage", last + "bill\r", last + "\"bill, outage", last + "bill" + d + "web" + d,
            last + "\"bill\nno signal\""};
        out.writeBytes(endings[ending].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] comment(Random random, int words, boolean notUtf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int w = 0; w < words; w++) {
            int kind = random.nextInt(40);
            if (kind == 0 && notUtf8) {
                out.writeBytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
            } else if (kind <= 2) {
                out.writeBytes((random.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(pick(random, WORDS).getBytes(StandardCharsets.UTF_8));
            }
            out.write(' ');
        }
        return out.toByteArray();
    }

    private static void cell(ByteArrayOutputStream out, String text, char d) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(text.startsWith("\"") || !needsQuotes(b, d) ? b : quoted(b));
    }

    private static boolean needsQuotes(byte[] b, char d) {
        for (byte x : b) {
            if (x == d || x == '"' || x == '\r' || x == '\n') {
                return true;
            }
        }
        return false;
    }

    private static byte[] quoted(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        for (byte x : b) {
            if (x == '"') {
                out.write('"');
            }
            out.write(x);
        }
        out.write('"');
        return out.toByteArray();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
