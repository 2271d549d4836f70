package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.ByteArrayOutputStream;
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
 * An export read from its bytes, in one part or more ({@link CsvRecords}, {@link ByteRows}) gives exactly what
 * the CSV parser gives reading it in one piece: counts, kept comments (redacted), bad rows at
 * their file:line, unfinished answers. Generated exports mix every kind of cell that the byte path
 * reads itself with those it leaves to the text path (odd scores and dates, fields too many or
 * too few, non-ASCII, bytes that are not UTF-8, site.yaml defaults, zones and date patterns), and
 * bytes outside plain CSV late in the file, which send a part back to the CSV parser.
 */
class ByteRowsTest {
    private static final String SOURCE = "content/feedback/export.csv";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Topics TOPICS = new Topics(List.of(
            new Topics.Topic("billing", Map.of("en", "Bills"), Map.of("en", List.of("invoice*", "bill"),
                    "sv", List.of("faktur*", "räkning")), false),
            new Topics.Topic("outage", Map.of("en", "Outage"), Map.of("en", List.of("no signal", "outage*"),
                    "sv", List.of("avbrott*", "ingen täckning")), true),
            new Topics.Topic("staff", Map.of("en", "Staff"), Map.of("nb", List.of("hyggelig*", "ansatt")), false)));
    private static final String[] SCORES = {"9", "10", "0", "6", "7", " 8 ", "9.0", "10 (Extremely likely)",
        "9 - Very likely", "\"3\"", "11", "", "  ", "eleven", "９", "9\u2003", "\u20039", "-1", "1,0", "100"};
    private static final String[] DATES = {"2026-10-12T08:02:51Z", "2026-10-31T23:30:00Z", "2026-10-25T00:59:59Z",
        "2026-10-25T01:00:00Z", "2026-03-28T23:00:00Z", "2026-09-30 23:59:59 +02:00", "2026-09-30T22:00:00-0400",
        "2026-10-05", "2026-10-05 07:56", "2026-10-05 23:56:22.517", " 2026-10-06 ", "05.10.2026 14:02",
        "10/05/2026 02:14 PM", "1790000000", "2026-7-1", "2026-02-30", "2026-10-05T25:00Z", "2026-12-24T08:00Z",
        "1999-12-31T23:30:00Z", "2026-10-05 UTC", "", "\"2026-10-07\"", "2026-10-05T10:00:00+05:30",
        "2026-11-30T23:30:00Z"};
    private static final String[] COMMENTS = {"", "bill was fine", "\"Outage, again\"", "\"no signal\nsince Monday\"",
        "\"the \"\"invoice\"\" doubled\"", "Fakturan kom sent", "\"\n\"", "\"a;b,c\"", "räkning ok", "RÄKNING!",
        "\"call me on 070-123 45 67, bill\"", "mail me at anna@example.se about the invoice", "ingen tackning 😀",
        "a\u0308vbrott igen", "Hyggelig ansatt", "Très bien, no signal", "\"\t\"", "avbrott\u00a0idag"};
    private static final String[] CHANNELS = {"phone", "chat", "Web", "e-post", "", " Telefon ", "\"sociala medier\"",
        "anna@example.se", "ÅTERFÖRSÄLJARE", "\"a \"\"b\"\"\""};
    private static final String[] SEGMENTS = {"household", "Business", "", " SMB "};
    private static final String[] LANGUAGES = {"en", "sv", "EN", "", "sv-SE", "Svenska", "nb", "no", "Norsk"};

    @TempDir
    Path dir;

    private record Read(FeedbackData data, List<String> problems) {
    }

    /** What the parts read from bytes, with how many answers they read without the text path. */
    private long fromBytes;

    @Test
    void partsReadFromBytesGiveWhatTheCsvParserGives() throws IOException {
        String[] zones = {"Europe/Stockholm", "UTC", "America/New_York", "Asia/Kolkata"};
        for (int seed = 0; seed < 24; seed++) {
            Random random = new Random(seed);
            String newline = seed % 3 == 0 ? "\r\n" : "\n";
            char delimiter = seed % 5 == 2 ? ';' : seed % 7 == 3 ? '\t' : ',';
            Path file = write("export-" + seed + ".csv", export(random, 300 + random.nextInt(300), newline, delimiter),
                    seed % 4 == 1);
            ZoneId zone = ZoneId.of(zones[seed % zones.length]);
            assertSame(file, zone, Optional.empty(), "seed " + seed);
            assertTrue(fromBytes > 100, "seed " + seed + ": most answers are read from bytes, " + fromBytes);
        }
    }

    @Test
    void siteYamlRulesGiveWhatTheCsvParserGives() throws IOException {
        Path file = write("rules.csv", export(new Random(99), 500, "\n", ','), false);
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        List<FeedbackConfig.Rule> rules = List.of(
                rule(Optional.empty(), Optional.empty(), Map.of("channel", "web", "language", "sv", "segment", "b2b")),
                rule(Optional.empty(), Optional.of(ZoneId.of("America/Los_Angeles")), Map.of()),
                rule(Optional.of("yyyy-MM-dd['T'HH:mm:ssX]"), Optional.empty(), Map.of()),
                rule(Optional.empty(), Optional.empty(), Map.of("score", "9", "date", "2026-10-01")));
        for (FeedbackConfig.Rule rule : rules) {
            assertSame(file, stockholm, Optional.of(rule), rule.toString());
        }
        // A rule that names columns: the export's comment column is read as the segment, and no comment is left.
        String renamed = "date,score,comment,channel,language\n" + "2026-10-05,9,Business,phone,en\n".repeat(200)
                + "2026-10-06,3,SMB,chat,sv\n".repeat(200);
        FeedbackConfig.Rule columns = new FeedbackConfig.Rule("*.csv", Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Optional.empty(), Optional.empty(), Map.of("segment", "comment"), Map.of(), 1);
        assertSame(write("columns.csv", renamed, false), stockholm, Optional.of(columns), "columns");
    }

    @Test
    void layoutsTheBytePathLeavesAreReadAsText() throws IOException {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder("date,score,comment,channel,language,csat,effort\n");
        for (int row = 0; row < 400; row++) {
            text.append(DATES[random.nextInt(8)]).append(',').append(random.nextInt(11)).append(",bill,phone,en,")
                    .append(random.nextInt(7)).append(',').append(random.nextInt(9)).append('\n');
        }
        assertSame(write("csat.csv", text.toString(), false), ZoneId.of("Europe/Stockholm"), Optional.empty(), "csat");
        assertEquals(0, fromBytes, "answers with CSAT and CES are read as text");
    }

    @Test
    void bytesOutsidePlainCsvLateInTheFileSendThePartToTheCsvParser() throws IOException {
        String header = "date,score,comment,channel,language\n";
        String rows = "2026-10-12T08:02:51Z,9,bill,web,en\n2026-10-13,2,\"no signal\",phone,sv\n".repeat(300);
        Map<String, String> late = Map.of(
                "a CR alone", "2026-10-14,3,fine\rbill,web,en\n",
                "a quote inside a plain field", "2026-10-14,3,my \"bill\" is wrong,web,en\n",
                "text after a closing quote", "2026-10-14,3,\"bill\" again,web,en\n",
                "a quote never closed", "2026-10-14,3,\"outage since,web,en\n" + "2026-10-15,1,bill,web,en\n".repeat(3));
        for (Map.Entry<String, String> e : late.entrySet()) {
            // the odd row comes last, after the cuts, so that only the part that holds it meets it
            Path file = write("late.csv", header + rows + e.getValue(), false);
            assertSame(file, ZoneId.of("Europe/Stockholm"), Optional.empty(), e.getKey());
        }
    }

    @Test
    void aStrayQuoteMidFileThatMisleadsTheCutsIsReadAsTheCsvParserReadsIt() throws IOException {
        // One quote in a plain field turns the quote count around: later cuts may fall inside quoted
        // line breaks. The part holding the stray quote, and every part after it, are the CSV parser's.
        String header = "date,score,comment,channel,language\n";
        String quoted = "2026-10-12T08:02:51Z,9,\"bill\nno signal\n\nagain\",web,en\n2026-10-13,2,outage,phone,sv\n";
        for (int at : new int[] {10, 150, 290}) {
            String text = header + quoted.repeat(at) + "2026-10-14,3,a 5\" screen,web,en\n" + quoted.repeat(300 - at);
            assertSame(write("stray.csv", text, false), ZoneId.of("Europe/Stockholm"), Optional.empty(), "at " + at);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsTheDecoderReadsThem() throws IOException {
        // 64 KB of clean UTF-8 first, so that the file is taken as UTF-8 and read in parts
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(export(new Random(3), 1500, "\n", ',').getBytes(StandardCharsets.UTF_8));
        byte[][] broken = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}};
        for (int row = 0; row < 200; row++) {
            byte[] odd = broken[row % broken.length];
            out.writeBytes("2026-10-12,3,faktur".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(odd);
            out.writeBytes("an avbrott,".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(row % 3 == 0 ? odd : "web".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(",sv\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("latin.csv");
        Files.write(file, out.toByteArray());
        assertSame(file, ZoneId.of("Europe/Stockholm"), Optional.empty(), "not UTF-8");
    }

    private void assertSame(Path file, ZoneId zone, Optional<FeedbackConfig.Rule> rule, String what) throws IOException {
        Read whole = whole(file, zone, rule);
        for (int parts = 1; parts <= 5; parts++) { // one part: a machine with one core
            Read read = parts(file, zone, rule, parts);
            assertEquals(whole.problems(), read.problems(), what + ", " + parts + " parts");
            assertEquals(whole.data(), read.data(), what + ", " + parts + " parts");
        }
    }

    private static FeedbackConfig.Rule rule(Optional<String> dateFormat, Optional<ZoneId> zone,
            Map<String, String> defaults) {
        return new FeedbackConfig.Rule("*.csv", Optional.empty(), Optional.empty(), Optional.empty(), 0, dateFormat,
                zone, Map.of(), defaults, 1);
    }

    private Read whole(Path file, ZoneId zone, Optional<FeedbackConfig.Rule> rule) throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
        collector.startFile(SOURCE);
        ExportReader.read(file, SOURCE, zone, rule, collector, problems);
        assertEquals(0, collector.answersFromBytes());
        return new Read(collector.finish(), messages(problems));
    }

    private Read parts(Path file, ZoneId zone, Optional<FeedbackConfig.Rule> rule, int parts) throws IOException {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, TODAY, problems);
        collector.startFile(SOURCE);
        assertTrue(ExportReader.readInParts(file, SOURCE, zone, rule, collector, problems, parts, 0),
                "read in parts");
        fromBytes = collector.answersFromBytes();
        return new Read(collector.finish(), messages(problems));
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private Path write(String name, String text, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        Files.write(file, out.toByteArray());
        return file;
    }

    /** Answers with every kind of cell above, blank lines, rows of blanks and rows with a field too many or too few. */
    private static String export(Random random, int rows, String newline, char d) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(d), "date", "score", "comment", "channel",
                "segment", "language")).append(newline);
        for (int row = 0; row < rows; row++) {
            boolean common = random.nextInt(3) > 0;
            String score = common ? String.valueOf(random.nextInt(11)) : pick(random, SCORES);
            String date = common ? DATES[random.nextInt(6)] : pick(random, DATES);
            String comment = pick(random, COMMENTS).replace("\n", newline);
            String[] cells = {date, score, d == ',' ? comment : comment.replace(',', ' '), pick(random, CHANNELS),
                pick(random, SEGMENTS), pick(random, LANGUAGES)};
            text.append(String.join(String.valueOf(d), cells));
            if (random.nextInt(60) == 0) {
                text.append(d).append(random.nextBoolean() ? "" : " extra"); // a field too many, blank or not
            }
            text.append(newline);
            switch (random.nextInt(80)) {
                case 0 -> text.append(newline); // a blank line
                case 1 -> text.append(String.valueOf(d).repeat(5)).append(newline); // a row of blank fields
                case 2 -> text.append("2026-10-12").append(d).append("7").append(newline); // too few fields
                case 3 -> text.append("  \t").append(newline);
                default -> { }
            }
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
