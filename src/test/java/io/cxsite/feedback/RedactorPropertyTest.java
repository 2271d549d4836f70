package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.feedback.RedactorTest.CheckDigits;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Redactor's promise as a property: whatever valid personnummer, samordningsnummer,
 * fødselsnummer, D-nummer, card number or IBAN is generated (check digits by {@link CheckDigits},
 * written apart from the code under test), written with whatever separators, digit scripts, case,
 * full-width letters and glued words, and put into whatever comment, none of its digits survive:
 * the output is read back with every digit of any script made ASCII and all else dropped, and the
 * identifier's digits must not be in it. The words around it must be.
 */
class RedactorPropertyTest {
    private static final int CASES = 20_000;
    private static final List<String> WORDS = List.of("Hej", "tack", "kundtjänst", "ärende", "Kjempefin", "service",
            "kl 14:30", "1 299 kr", "2026-10-05", "2 st", "45 %", "order 48213", "v2.3", "😀", "ÆØÅ", "مرحبا", "नमस्ते",
            "ありがとう", "(bra)", "!", "…");
    private static final List<String> GLUED = List.of("", "", "", "pnr", "Pnr:", "nr.", "#", "ID=", "kort", "konto",
            "personnummer:", "\u00A0", "رقم", "番号");
    private static final List<String> AFTER = List.of("", "", "", "kr", ".", ",", "!", ")", "\n", "tack", "です");
    private static final String[] IBAN_COUNTRIES = {"SE", "NO", "DK", "FI", "DE", "GB", "NL", "FR", "XK"};
    private static final int[] IBAN_BBAN_LENGTHS = {20, 11, 14, 14, 18, 18, 14, 23, 16};

    private final Random random = new Random(20261218);

    /** An identifier: its digits as issued, and its customary groups in ASCII. */
    private record Identifier(String digits, List<String> groups, boolean glueSafe) {
    }

    @Test
    void noGeneratedIdentifierSurvivesInAnyFormOrComment() {
        int[] zeros = RedactorFormsTest.ZEROS;
        for (int i = 0; i < CASES; i++) {
            Identifier id = identifier(i % 6);
            String written = write(id, zeros);
            String before = "start " + word() + " " + word() + (random.nextBoolean() ? " " : " : ");
            String last = "slut";
            String after = " " + word() + " " + word() + " " + last;
            String glued = GLUED.get(random.nextInt(GLUED.size()));
            String suffix = AFTER.get(random.nextInt(AFTER.size()));
            if (!id.glueSafe()) {
                glued = glued.isEmpty() || !Character.isLetter(glued.codePointBefore(glued.length())) ? glued : "";
                suffix = suffix.isEmpty() || !Character.isLetter(suffix.codePointAt(0)) ? suffix : "";
            }
            String comment = before + glued + written + suffix + after;
            for (String output : List.of(Redactor.redact(comment), Redactor.toSafeText(comment, 100_000))) {
                String shown = "case " + i + ": " + comment.replace("\n", "\\n") + " -> " + output;
                assertFalse(digitsOf(output).contains(id.digits()), shown);
                assertTrue(output.contains(Redactor.MARK), shown);
            }
            // the words around stay; a number right beside it may go with it when the two pass a check together
            assertTrue(Redactor.redact(comment).startsWith("start "), comment);
            assertTrue(Redactor.redact(comment).endsWith(last), comment);
        }
    }

    @Test
    void readingBackFindsDigitsOfEveryScript() {
        // the check above proves nothing if reading back missed the digits it is looking for
        assertEquals("4111", digitsOf(RedactorFormsTest.inScript("4-1 1x1", 0x0966)));
        assertEquals("12", digitsOf("①Ｘ２"));
        assertEquals("7", digitsOf("\uD835\uDFD5")); // MATHEMATICAL BOLD DIGIT SEVEN
    }

    private Identifier identifier(int kind) {
        return switch (kind) {
            case 0 -> personnummer(false);
            case 1 -> personnummer(true);
            case 2 -> fodselsnummer();
            case 3 -> card();
            case 4 -> iban();
            default -> random.nextBoolean() ? card() : personnummer(random.nextBoolean());
        };
    }

    private Identifier personnummer(boolean samordning) {
        int day = 1 + random.nextInt(28) + (samordning ? 60 : 0);
        String ten = CheckDigits.luhnCompleted(two(random.nextInt(100)) + two(1 + random.nextInt(12)) + two(day)
                + String.format("%03d", random.nextInt(1000)));
        String date = (random.nextBoolean() ? (random.nextBoolean() ? "19" : "20") : "") + ten.substring(0, 6);
        return new Identifier(date + ten.substring(6), List.of(date, ten.substring(6)), true);
    }

    private Identifier fodselsnummer() {
        int day = 1 + random.nextInt(28) + (random.nextInt(4) == 0 ? 40 : 0);
        String number = CheckDigits.fodselsnummer(two(day) + two(1 + random.nextInt(12)) + two(random.nextInt(100)),
                random.nextInt(1000));
        return new Identifier(number, List.of(number.substring(0, 6), number.substring(6)), true);
    }

    private Identifier card() {
        int length = 13 + random.nextInt(7);
        boolean amex = random.nextInt(5) == 0;
        if (amex) {
            length = random.nextBoolean() ? 15 : 14;
        }
        String number = CheckDigits.luhnCompleted((2 + random.nextInt(5)) + digits(length - 2));
        List<String> groups = amex ? List.of(number.substring(0, 4), number.substring(4, 10), number.substring(10))
                : List.of(CheckDigits.grouped(number, 4, ' ').split(" "));
        return new Identifier(number, groups, true);
    }

    private Identifier iban() {
        int c = random.nextInt(IBAN_COUNTRIES.length);
        StringBuilder bban = new StringBuilder(digits(IBAN_BBAN_LENGTHS[c]));
        if (IBAN_COUNTRIES[c].equals("GB") || IBAN_COUNTRIES[c].equals("NL")) {
            for (int k = 0; k < 4; k++) {
                bban.setCharAt(k, (char) ('A' + random.nextInt(26))); // the bank code
            }
        }
        String iban = CheckDigits.iban(IBAN_COUNTRIES[c], bban.toString());
        String digits = iban.substring(2).replaceAll("[A-Z]", "");
        // a country outside the length table is only an IBAN where a word does not run into it
        return new Identifier(digits, List.of(CheckDigits.grouped(iban, 4, ' ').split(" ")), c < 8);
    }

    /** The groups in one script (or a digit's script picked anew), joined by separators picked anew for each gap. */
    private String write(Identifier id, int[] zeros) {
        boolean compact = random.nextInt(5) == 0;
        boolean mixedScripts = random.nextInt(8) == 0;
        int zero = random.nextInt(3) == 0 ? '0' : zeros[random.nextInt(zeros.length)];
        boolean fullWidthLetters = random.nextInt(4) == 0;
        boolean lowerCase = random.nextInt(6) == 0;
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < id.groups().size(); g++) {
            if (g > 0 && !compact) {
                out.append(RedactorFormsTest.SEPARATORS.get(random.nextInt(RedactorFormsTest.SEPARATORS.size())));
            }
            for (char c : id.groups().get(g).toCharArray()) {
                if (c >= '0' && c <= '9') {
                    out.appendCodePoint((mixedScripts ? zeros[random.nextInt(zeros.length)] : zero) + c - '0');
                } else {
                    char letter = lowerCase ? Character.toLowerCase(c) : c;
                    out.append(fullWidthLetters ? RedactorFormsTest.fullWidth(String.valueOf(letter)) : letter);
                }
            }
        }
        return out.toString();
    }

    /** Every digit in the text, of any script or compatibility form, as ASCII; nothing else. */
    static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                digits.append(Character.digit(cp, 10));
            }
        });
        return digits.toString();
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }
}
