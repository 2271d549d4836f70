package io.cxsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cxsite.feedback.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Redactor: whatever a customer writes, no payment card, personnummer, fødselsnummer or IBAN
 * that {@link IdentifierScan} recognises is left in what is published ({@code toSafeText}) or in
 * what is quoted in a message ({@code redact}).
 */
class RedactorFuzzTest {
    @FuzzTest
    void redactor(byte[] data) {
        String comment = new String(data, StandardCharsets.UTF_8);
        String published = Redactor.toSafeText(comment, Integer.MAX_VALUE);
        assertEquals(List.of(), IdentifierScan.find(published), "left in toSafeText(" + quoted(comment) + ")");
        String redacted = Redactor.redact(comment);
        assertEquals(List.of(), IdentifierScan.find(redacted), "left in redact(" + quoted(comment) + ")");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F ? Character.toString(cp)
                : String.format("\\u{%X}", cp)));
        return out.append('"').toString();
    }
}
