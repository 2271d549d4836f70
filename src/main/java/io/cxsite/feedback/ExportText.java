package io.cxsite.feedback;

import io.cxsite.diagnostics.Problems;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an export's bytes into text the way a spreadsheet would guess: a byte-order mark names
 * UTF-8, UTF-16 or UTF-32; without one, NUL bytes in a steady pattern mean UTF-16 or UTF-32 (Excel's
 * "Unicode text" and some database tools write them without a mark), and otherwise the start of the
 * file is tried as UTF-8, with Excel's Windows-1252 assumed when that fails. Bytes that still do not
 * decode become U+FFFD. A workbook or other binary file is refused: it is not text at all.
 */
final class ExportText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** How much of a file without a BOM is checked for valid UTF-8. */
    private static final int SNIFF = 1 << 16;
    /** How much of a file is looked at for the NUL pattern of UTF-16 and UTF-32 (a multiple of 4). */
    private static final int WIDE_SNIFF = 4096;

    /** A byte-order mark and the encoding it names. */
    private record Bom(Charset charset, int... bytes) {
    }

    /** The marks in the order they are tried: UTF-32LE's begins with UTF-16LE's, so it comes first. */
    private static final List<Bom> BOMS = List.of(new Bom(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
            new Bom(UTF_32LE, 0xFF, 0xFE, 0x00, 0x00), new Bom(UTF_32BE, 0x00, 0x00, 0xFE, 0xFF),
            new Bom(StandardCharsets.UTF_16LE, 0xFF, 0xFE), new Bom(StandardCharsets.UTF_16BE, 0xFE, 0xFF));

    private ExportText() {
    }

    /**
     * A reader positioned after any BOM; {@code forced} skips the guessing but still drops a BOM. Empty,
     * with an error at the file, when the bytes are not text in any encoding.
     */
    static Optional<Reader> open(InputStream raw, Optional<Charset> forced, String source, Problems problems)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF + 4);
        in.mark(SNIFF + 4);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Optional<Bom> bom = BOMS.stream().filter(mark -> startsWith(head, mark.bytes())).findFirst();
        // A workbook's zip header has NULs that can pass for UTF-16: look for it first.
        Optional<Charset> wide = bom.isPresent() || isWorkbook(head) ? Optional.empty() : wide(head);
        if (bom.isEmpty() && wide.isEmpty() && forced.isEmpty()) {
            Optional<String> binary = binary(head);
            if (binary.isPresent()) {
                problems.error(source, 1, 1, binary.get());
                return Optional.empty();
            }
        }
        Charset charset = forced.or(() -> bom.map(Bom::charset)).or(() -> wide)
                .orElseGet(() -> isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8 : WINDOWS_1252);
        in.skipNBytes(bom.map(mark -> mark.bytes().length).orElse(0));
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return Optional.of(new InputStreamReader(in, decoder));
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
            return Optional.of(UTF_32LE);
        }
        if (nul[0] == quads && nul[1] * 2 >= quads && nul[3] < quads) {
            return Optional.of(UTF_32BE);
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
    private static boolean isWorkbook(byte[] head) {
        return startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0);
    }

    /** Why the bytes are not a text export (a workbook, or NUL bytes in no text pattern), or empty. */
    private static Optional<String> binary(byte[] head) {
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

    /**
     * Text fit for a one-line message: control characters (NUL, line breaks, escape sequences) and
     * the invisible marks that reorder text are written as a backslash, u and four hex digits, never raw.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
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
