package io.cxsite.feedback;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns an export's bytes into text the way a spreadsheet would guess: a byte-order mark names
 * UTF-8 or UTF-16; without one the start of the file is tried as UTF-8, and Excel's Windows-1252
 * is assumed when that fails. Bytes that still do not decode become U+FFFD, never an exception.
 */
final class ExportText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a file without a BOM is checked for valid UTF-8. */
    private static final int SNIFF = 1 << 16;

    private ExportText() {
    }

    /** A reader positioned after any BOM; {@code forced} skips the guessing but still drops a BOM. */
    static Reader open(InputStream raw, Optional<Charset> forced) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF + 4);
        in.mark(SNIFF + 4);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        int bom = 0;
        Charset charset;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        if (forced.isPresent()) {
            charset = forced.get();
        }
        in.skipNBytes(bom);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes are valid UTF-8; a sequence cut off by the end of a partial read is forgiven. */
    static boolean isUtf8(byte[] bytes, boolean partial) {
        int end = bytes.length;
        if (partial) {
            // Step back over a multi-byte sequence the sniff window may have cut in two.
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            strict.decode(ByteBuffer.wrap(Arrays.copyOf(bytes, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
