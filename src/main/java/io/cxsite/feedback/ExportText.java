package io.cxsite.feedback;

import io.cxsite.diagnostics.Problems;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * Where the text starts when {@link #open} would read the file as UTF-8 (after a byte-order mark,
     * if any); -1 when it would read it in another encoding or refuse it.
     *
     * @param head the file's first bytes, as many as {@link #open} looks at
     */
    static int utf8Start(byte[] head, Optional<Charset> forced) {
        Optional<Bom> bom = BOMS.stream().filter(mark -> EncodingGuess.startsWith(head, mark.bytes())).findFirst();
        Optional<Charset> wide = bom.isPresent() || EncodingGuess.isWorkbook(head) ? Optional.empty()
                : EncodingGuess.wide(head);
        if (bom.isEmpty() && wide.isEmpty() && forced.isEmpty() && EncodingGuess.binary(head).isPresent()) {
            return -1;
        }
        boolean utf8 = charset(head, bom, wide, forced).equals(StandardCharsets.UTF_8);
        return utf8 ? bom.map(mark -> mark.bytes().length).orElse(0) : -1;
    }

    /** The bytes that {@link #open} looks at before it decides. */
    static int sniffLength() {
        return SNIFF;
    }

    private static Charset charset(byte[] head, Optional<Bom> bom, Optional<Charset> wide, Optional<Charset> forced) {
        return forced.or(() -> bom.map(Bom::charset)).or(() -> wide)
                .orElseGet(() -> EncodingGuess.isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8
                        : WINDOWS_1252);
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
        Optional<Bom> bom = BOMS.stream().filter(mark -> EncodingGuess.startsWith(head, mark.bytes())).findFirst();
        // A workbook's zip header has NULs that can pass for UTF-16: look for it first.
        Optional<Charset> wide = bom.isPresent() || EncodingGuess.isWorkbook(head) ? Optional.empty()
                : EncodingGuess.wide(head);
        if (bom.isEmpty() && wide.isEmpty() && forced.isEmpty()) {
            Optional<String> binary = EncodingGuess.binary(head);
            if (binary.isPresent()) {
                problems.error(source, 1, 1, binary.get());
                return Optional.empty();
            }
        }
        Charset charset = charset(head, bom, wide, forced);
        in.skipNBytes(bom.map(mark -> mark.bytes().length).orElse(0));
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return Optional.of(new InputStreamReader(in, decoder));
    }
}
