package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.feedback.RedactorTest.CheckDigits;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms customers really write identifiers in: any separator between the groups, digits of any
 * script, full-width characters, a word or prefix glued on, invisible characters inside. Each is
 * found, and only the identifier is replaced: the text around it stays as the customer wrote it.
 */
class RedactorFormsTest {
    private static final String M = Redactor.MARK;
    private static final String PERSONNUMMER = CheckDigits.luhnCompleted("811218987");
    private static final String FODSELSNUMMER = CheckDigits.fodselsnummer("150377", 301);
    private static final String IBAN = "SE4550000000058398257466";

    /** Everything that may stand between two groups: ASCII punctuation, Unicode dashes and spaces, line breaks. */
    static final List<String> SEPARATORS = List.of(" ", "-", ".", "/", "\\", "_", ",", ":", ";", "+", "*", "#", "|",
            "~", "·", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uFF0D", "\uFE63", "\u00A0", "\u2007",
            "\u2009", "\u202F", "\u3000", "\t", "\n", "\r\n", "\u2028", "\u0085", " - ", " / ", " \u2013 ", ".\n", "  ",
            "\u200B", "\u00AD", "\u2060");

    /** The zero of every script with decimal digits that Java knows (the other nine follow it, as Unicode promises). */
    static final int[] ZEROS = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .filter(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(cp, 10) == 0)
            .toArray();

    /** The text with each ASCII digit written in the script whose zero is {@code zero}. */
    static String inScript(String text, int zero) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(cp >= '0' && cp <= '9' ? zero + cp - '0' : cp));
        return out.toString();
    }

    /** Printable ASCII as its full-width form (U+FF01-U+FF5E), spaces as the ideographic space. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }

    private static void assertRedacted(String identifier) {
        String shown = identifier.replace("\n", "\\n").replace("\r", "\\r");
        assertEquals(M, Redactor.redact(identifier), shown);
        assertEquals("Hej, " + M + " tack!", Redactor.redact("Hej, " + identifier + " tack!"), shown);
    }

    @Test
    void redactsTheIssuesExamplesAndKeepsTheirPrefix() {
        assertEquals("pnr:" + M, Redactor.redact("pnr:198112189876"));
        assertEquals("nr" + M, Redactor.redact("nr19811218-9876"));
        assertEquals("Kort " + M + ", tel " + M, Redactor.redact("Kort 4111.1111.1111.1111, tel 41234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218.9876", "811218/9876", "811218 - 9876",
        "19811218 9876", "811218\n9876", "4111.1111.1111.1111", "4111/1111/1111/1111", "4111 1111\n1111 1111",
        "3782.822463.10005", "SE45-5000-0000-0583-9825-7466", "SE45.5000.0000.0583.9825.7466",
        "SE45 5000\n0000 0583 9825 7466", "41234567", "91234567", "user@[192.168.0.1]", "user@[IPv6:2001:db8::1]",
        "\"anna svensson\"@example.se", "o'brien@example.ie", "anna{x}@example.se", "a/b@example.se"})
    void redactsTheFormsThatSlippedThrough(String identifier) {
        assertRedacted(identifier);
    }

    static List<String> everySeparator() {
        List<String> numbers = new ArrayList<>();
        for (String s : SEPARATORS) {
            numbers.add(PERSONNUMMER.substring(0, 6) + s + PERSONNUMMER.substring(6));
            numbers.add("19" + PERSONNUMMER.substring(0, 6) + s + PERSONNUMMER.substring(6));
            numbers.add(FODSELSNUMMER.substring(0, 6) + s + FODSELSNUMMER.substring(6));
            numbers.add(String.join(s, "4111", "1111", "1111", "1111"));
            numbers.add(String.join(s, "3782", "822463", "10005"));
            numbers.add(CheckDigits.grouped(IBAN, 4, '\u0001').replace("\u0001", s));
        }
        return numbers;
    }

    @ParameterizedTest
    @MethodSource("everySeparator")
    void redactsANumberWithCheckDigitsWhateverSeparatesItsGroups(String identifier) {
        assertRedacted(identifier);
    }

    /** A personnummer written as a date and four digits: every separator, both year forms. */
    static List<String> dateAndFour() {
        List<String> numbers = new ArrayList<>();
        String yy = PERSONNUMMER.substring(0, 2);
        String mm = PERSONNUMMER.substring(2, 4);
        String dd = PERSONNUMMER.substring(4, 6);
        String last = PERSONNUMMER.substring(6);
        for (String s : SEPARATORS) {
            numbers.add(String.join(s, "19" + yy, mm, dd, last));
            numbers.add(String.join(s, yy, mm, dd, last));
            numbers.add("19" + yy + "-" + mm + "-" + dd + s + last);
        }
        return numbers;
    }

    @ParameterizedTest
    @MethodSource("dateAndFour")
    void redactsAPersonnummerWrittenAsADateAndFourDigits(String identifier) {
        assertRedacted(identifier);
    }

    @Test
    void redactsADateShapedPersonnummerGluedToAWordAndKeepsTheWord() {
        for (String s : SEPARATORS) {
            String glued = "nr" + String.join(s, "19" + PERSONNUMMER.substring(0, 2), PERSONNUMMER.substring(2, 4),
                    PERSONNUMMER.substring(4, 6), PERSONNUMMER.substring(6));
            assertEquals("nr" + M, Redactor.redact(glued), glued);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-14 1530 kom jag fram", "mötet 2026-10-05 kl 1200", "1981-12-18-9877"})
    void keepsADateFollowedByFourDigitsThatFailLuhn(String text) {
        assertEquals(text, Redactor.redact(text));
    }

    @Test
    void redactsIdentifiersWrittenInEveryScriptWithDigits() {
        assertTrue(ZEROS.length >= 50, "scripts: " + ZEROS.length);
        List<String> identifiers = List.of(PERSONNUMMER.substring(0, 6) + "-" + PERSONNUMMER.substring(6),
                FODSELSNUMMER, "4111 1111 1111 1111", "SE45 5000 0000 0583 9825 7466", "070-123 45 67",
                "+47 412 34 567", "41234567");
        for (int zero : ZEROS) {
            for (String identifier : identifiers) {
                assertRedacted(inScript(identifier, zero));
            }
        }
    }

    @Test
    void redactsFullWidthIdentifiersAndKeepsTheFullWidthTextAroundThem() {
        for (String identifier : List.of("anna@example.se", "SE45 5000 0000 0583 9825 7466", "4111-1111-1111-1111",
                "19121212-1212", "070-123 45 67")) {
            assertRedacted(fullWidth(identifier));
        }
        assertEquals("ＴＥＬ：" + M + "、ありがとう", Redactor.redact("ＴＥＬ：" + fullWidth("070-123 45 67") + "、ありがとう"));
        assertEquals("Mejla " + M, Redactor.redact("Mejla anna\uFE6Bexample.se"));
    }

    /** Fuzzing found a card whose last digit carried a mark that could also stand between two groups. */
    @Test
    void redactsANumberWhereAMarkOnADigitCouldEndIt() {
        assertEquals("kort " + M + "\u302F6", Redactor.redact("kort 2888888881881\u302F6"));
        assertEquals("kort " + M, Redactor.redact("kort 4\u20E31\u20E31\u20E31\u20E3 1111 1111 1111"));
    }

    /** Fuzzing found "850709-850709-9805": a valid personnummer after another group of the same chain. */
    @ParameterizedTest
    @ValueSource(strings = {"-", "/", "\uFF0D", " - ", ":", "+", "#", ".", ","})
    void redactsANumberWithCheckDigitsThatFollowsOtherGroupsOfItsChain(String separator) {
        String text = "pn# 850709" + separator + "850709" + separator + "9805.";
        String redacted = Redactor.redact(text);
        assertEquals(-1, redacted.replaceAll("[^0-9\uFF10-\uFF19]", "").indexOf("8507099805"), redacted);
        assertEquals(true, redacted.contains(M), redacted);
        assertEquals(true, Redactor.redact(fullWidth(text)).contains(M), fullWidth(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pnr", "Pnr:", "nr.", "ID=", "kort#", "personnummer", "personnummer:\u00A0", "konto"})
    void redactsNumbersWithCheckDigitsGluedToAWordOrPrefix(String prefix) {
        for (String identifier : List.of(PERSONNUMMER, "19" + PERSONNUMMER.substring(0, 6) + "-"
                + PERSONNUMMER.substring(6), FODSELSNUMMER, "4111111111111111", "4111-1111-1111-1111", IBAN)) {
            assertEquals(prefix + M, Redactor.redact(prefix + identifier), prefix + identifier);
            assertEquals(prefix + M + "kr", Redactor.redact(prefix + identifier + "kr"), prefix + identifier);
        }
    }

    @Test
    void redactsNumbersThatInvisibleCharactersOrMarksSplit() {
        assertEquals("Ring " + M + " nu", Redactor.redact("Ring 070\u200B123\u00AD45\u206067 nu"));
        assertEquals("Kort " + M, Redactor.redact("Kort 4\u20E3111 1111 1111 111\u03011"));
        assertEquals("Pnr " + M + ".", Redactor.redact("Pnr " + PERSONNUMMER.charAt(0) + "\u202E"
                + PERSONNUMMER.substring(1, 6) + "-" + PERSONNUMMER.substring(6, 9) + "\u202C" + PERSONNUMMER.charAt(9) + "."));
        assertEquals("Kort " + M + " tack", Redactor.redact("Kort 4①①① ¹¹¹¹ 1111 1111 tack")); // NFKC: digits
    }

    @ParameterizedTest
    @ValueSource(strings = {"٢٠٢٦-١٠-٠٥", "२०२६-१०-०५ १४:३०", "２０２６年１０月５日", "1.299.000 kr", "12.345.678",
        "v2.3.4.5", "3.14159265358979", "2026-10-05 12:30:45", "192.168.100.200", "nr 12345678", "order 31234567",
        "4111.1111.1111.1112", "4111/1111/1111/1112", "SE45-5000-0000-0583-9825-7467", "INV-2026-000123-77",
        "kl 08.30-17.00, 2 st à 1 299 kr", "20261005", "１ ２９９ ｋｒ", "anna@[localhost]", "x@[]"})
    void keepsDatesAmountsAndCodesInAnyScriptOrSeparator(String text) {
        assertEquals(text, Redactor.redact(text));
        String wrongLuhn = CheckDigits.wrongLastDigit(PERSONNUMMER);
        String spaced = wrongLuhn.substring(0, 6) + "." + wrongLuhn.substring(6);
        assertEquals(spaced, Redactor.redact(spaced));
        assertEquals(inScript(spaced, 0x0660), Redactor.redact(inScript(spaced, 0x0660)));
    }
}
