package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An export's bytes as text, the way a spreadsheet would guess its encoding. */
class ExportTextTest {
    private static final String WORDS = "Språk;Kommentar\r\nsv;Det gick fort – tack, Øystein och Mæja!\r\n";

    @Test
    void aByteOrderMarkNamesTheEncodingAndIsDropped() throws IOException {
        assertEquals(WORDS, text(concat(bytes(0xEF, 0xBB, 0xBF), WORDS.getBytes(StandardCharsets.UTF_8))));
        assertEquals(WORDS, text(concat(bytes(0xFF, 0xFE), WORDS.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(WORDS, text(concat(bytes(0xFE, 0xFF), WORDS.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void withoutAMarkValidUtf8IsUtf8AndAnythingElseIsExcelsWindows1252() throws IOException {
        assertEquals(WORDS, text(WORDS.getBytes(StandardCharsets.UTF_8)));
        assertEquals(WORDS, text(WORDS.getBytes(ExportText.WINDOWS_1252)));
    }

    @Test
    void aLetterCutInTwoByTheEndOfTheSniffedWindowIsStillUtf8() throws IOException {
        // 65,535 ASCII bytes, then "å" (C3 A5): the window of 65,536 bytes ends inside the letter.
        String text = "x".repeat((1 << 16) - 1) + "å och ö";
        assertEquals(text, text(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aForcedEncodingWinsButTheMarkIsStillDropped() throws IOException {
        byte[] dos = "Nivå;Ärende\n".getBytes(Charset.forName("IBM850"));
        assertEquals("Nivå;Ärende\n", text(dos, Charset.forName("IBM850")));
        assertEquals("Språk\n", text(concat(bytes(0xEF, 0xBB, 0xBF), "Språk\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    @Test
    void withoutAMarkUtf16AndUtf32AreToldByWhereTheirNulBytesFall() throws IOException {
        for (Charset wide : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, ExportText.UTF_32LE,
                ExportText.UTF_32BE)) {
            assertEquals(WORDS, text(WORDS.getBytes(wide)), wide.name());
            assertEquals(Optional.of(wide), EncodingGuess.wide(WORDS.getBytes(wide)), wide.name());
        }
        assertEquals(WORDS, text(concat(bytes(0xFF, 0xFE, 0, 0), WORDS.getBytes(ExportText.UTF_32LE))));
        assertEquals(WORDS, text(concat(bytes(0, 0, 0xFE, 0xFF), WORDS.getBytes(ExportText.UTF_32BE))));
        assertEquals(Optional.empty(), EncodingGuess.wide(WORDS.getBytes(StandardCharsets.UTF_8)));
        // One stray NUL in UTF-8 text is not a pattern: the text is still read, the NUL escaped where shown.
        assertEquals("a\\u0000b", io.cxsite.diagnostics.Problem.printable("a\0b"));
        assertEquals(WORDS + "\0", text((WORDS + "\0").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWorkbookOrBytesInNoTextPatternAreAnErrorAtTheFile() throws IOException {
        byte[] xlsx = concat(bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0), "[Content_Types].xml".getBytes(
                StandardCharsets.US_ASCII));
        assertEquals(List.of("content/feedback/x.csv:1:1: error: this is a spreadsheet workbook (or another zip or"
                + " Office file), not a text export; save it as CSV UTF-8 (or export the survey as CSV) and replace"
                + " the file"), refusal(xlsx));
        byte[] noise = new byte[512];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 3 == 0 ? 0 : 'A' + i % 7);
        }
        assertEquals(List.of("content/feedback/x.csv:1:1: error: cannot read the file as text: 171 of its first 512"
                + " bytes are NUL, in no pattern of UTF-16 or UTF-32; export it again as CSV UTF-8, or name its"
                + " encoding in site.yaml (feedback: [{files: ..., encoding: UTF-16LE}])"), refusal(noise));
    }

    @Test
    void controlCharactersAndReorderingMarksAreEscapedForMessages() {
        assertEquals("\\u0000\\u001B[31mred\\u000A\\u202Eevil", io.cxsite.diagnostics.Problem.printable("\0\u001b[31mred\n\u202Eevil"));
        assertEquals("Snabb hjälp – tack!", io.cxsite.diagnostics.Problem.printable("Snabb hjälp – tack!"));
    }

    private static List<String> refusal(byte[] bytes) throws IOException {
        Problems problems = new Problems();
        assertEquals(Optional.empty(), ExportText.open(new ByteArrayInputStream(bytes), Optional.empty(),
                "content/feedback/x.csv", problems));
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private static String text(byte[] bytes) throws IOException {
        return text(bytes, Optional.empty());
    }

    private static String text(byte[] bytes, Charset forced) throws IOException {
        return text(bytes, Optional.of(forced));
    }

    private static String text(byte[] bytes, Optional<Charset> forced) throws IOException {
        Problems problems = new Problems();
        try (Reader in = ExportText.open(new ByteArrayInputStream(bytes), forced, "x.csv", problems).orElseThrow()) {
            assertEquals(List.of(), problems.sorted());
            return readAll(in);
        }
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
