package io.cxsite.feedback;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Reads what the first bytes of an export say about it: wide text without a mark, a workbook, binary, or UTF-8. */
final class EncodingGuess {
    /** How much of a file is looked at for the NUL pattern of UTF-16 and UTF-32 (a multiple of 4). */
    private static final int WIDE_SNIFF = 4096;

    private EncodingGuess() {
    }

    /**
     * UTF-32 or UTF-16 without a mark, told by where the NUL bytes fall: text is mostly letters, digits
     * and delimiters below U+0100 (always below U+10000), so in UTF-32LE every fourth byte from the
     * fourth is NUL and most from the third; in UTF-16LE most odd bytes are NUL and hardly any even one.
     * Big-endian is the mirror image.
     */
    static Optional<Charset> wide(byte[] head) {
        int n = Math.min(head.length, WIDE_SNIFF) & ~3;
        int[] nul = new int[4];
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                nul[i & 3]++;
            }
        }
        int quads = n / 4;
        if (quads == 0) {
            return Optional.empty();
        }
        if (nul[3] == quads && nul[2] * 2 >= quads && nul[0] < quads) {
            return Optional.of(ExportText.UTF_32LE);
        }
        if (nul[0] == quads && nul[1] * 2 >= quads && nul[3] < quads) {
            return Optional.of(ExportText.UTF_32BE);
        }
        int even = nul[0] + nul[2];
        int odd = nul[1] + nul[3];
        int pairs = n / 2;
        if (odd * 4 >= pairs && even * 8 < odd) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (even * 4 >= pairs && odd * 8 < even) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** An .xlsx (a zip) or an old .xls (an OLE compound file), by its first bytes. */
    static boolean isWorkbook(byte[] head) {
        return startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0);
    }

    /** Why the bytes are not a text export (a workbook, or NUL bytes in no text pattern), or empty. */
    static Optional<String> binary(byte[] head) {
        if (isWorkbook(head)) {
            return Optional.of("this is a spreadsheet workbook (or another zip or Office file), not a text export;"
                    + " save it as CSV UTF-8 (or export the survey as CSV) and replace the file");
        }
        int n = Math.min(head.length, WIDE_SNIFF);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            nul += head[i] == 0 ? 1 : 0;
        }
        if (nul * 16 > n) {
            return Optional.of("cannot read the file as text: " + nul + " of its first " + n + " bytes are NUL, in no"
                    + " pattern of UTF-16 or UTF-32; export it again as CSV UTF-8, or name its encoding in site.yaml"
                    + " (feedback: [{files: ..., encoding: UTF-16LE}])");
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
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
