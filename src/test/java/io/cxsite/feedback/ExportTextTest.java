package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

    private static String text(byte[] bytes) throws IOException {
        try (Reader in = ExportText.open(new ByteArrayInputStream(bytes), Optional.empty())) {
            return readAll(in);
        }
    }

    private static String text(byte[] bytes, Charset forced) throws IOException {
        try (Reader in = ExportText.open(new ByteArrayInputStream(bytes), Optional.of(forced))) {
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
