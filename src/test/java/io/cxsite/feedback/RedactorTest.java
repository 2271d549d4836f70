package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the Redactor removes and what it leaves. Valid identifiers are built here with check digits
 * computed by {@link CheckDigits}, written independently of the code under test; each kind also has
 * look-alikes (a wrong check digit, an impossible date, a date, a price) that must stay as they are.
 */
class RedactorTest {
    private static final String M = Redactor.MARK;

    private static void assertRedactedWhole(String identifier) {
        assertEquals(M, Redactor.redact(identifier), identifier);
        assertEquals("Ring mig på " + M + " efter kl 17", Redactor.redact("Ring mig på " + identifier + " efter kl 17"),
                identifier);
        assertEquals("(" + M + "), " + M + ".", Redactor.redact("(" + identifier + "), " + identifier + "."), identifier);
    }

    private static void assertKept(String text) {
        assertEquals(text, Redactor.redact(text));
        assertEquals("Mitt ärende: " + text + ", tack.", Redactor.redact("Mitt ärende: " + text + ", tack."));
    }

    @Nested
    class Email {
        @ParameterizedTest
        @ValueSource(strings = {"anna@example.se", "anna.svensson+kundtjanst@example.se", "kund_42@mail.foretag.co.uk",
            "åsa.øberg@exempel.no", "Bjørn-Erik.Ødegård@post.example.no", "JOHN.DOE@EXAMPLE.COM",
            "info@xn--rksmrgs-5wao1o.se", "märta@kött.se"})
        void redactsAddresses(String address) {
            assertRedactedWhole(address);
        }

        @Test
        void keepsWhatSurroundsAnAddress() {
            assertEquals("mailto:" + M, Redactor.redact("mailto:anna@example.se"));
            assertEquals("<" + M + ">", Redactor.redact("<anna@example.se>"));
            assertEquals("\"" + M + "\"", Redactor.redact("\"anna@example.se\""));
            assertEquals("Skriv till " + M + "!", Redactor.redact("Skriv till anna@example.se!"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"@", "a@b", "@support", "anna@localhost", "skriv till anna@", "x@y.", "x@.se",
            "3 st @ 20 kr", "@@@", "anna@example.s", "anna@example.123"})
        void keepsWhatIsNoAddress(String text) {
            assertKept(text);
        }
    }

    @Nested
    class Phone {
        @ParameterizedTest
        @ValueSource(strings = {"070-123 45 67", "070 123 45 67", "0701234567", "070-1234567", "073 - 123 45 67",
            "+46 70 123 45 67", "+46701234567", "+46 (0)70-123 45 67", "0046 70 123 45 67", "+46 8 123 456 78",
            "08-123 456 78", "08-123 45 67", "(08) 123 456 78", "031-12 34 56", "0480-123 45",
            "412 34 567", "41 23 45 67", "+47 412 34 567", "+4741234567", "0047 41 23 45 67",
            "+45 32 12 34 56", "+358 40 123 4567", "040 123 4567", "09 123 4567",
            "+1 (555) 123-4567", "+44 20 7946 0958", "+49 30 1234567", "+351 912 345 678"})
        void redactsPhoneNumbers(String number) {
            assertRedactedWhole(number);
        }

        @Test
        void redactsThePlusAndTheParenthesesAsPartOfTheNumber() {
            assertEquals("Tel: " + M, Redactor.redact("Tel: +46 (0)70-123 45 67"));
            assertEquals("Tel. " + M + " eller " + M, Redactor.redact("Tel. (08) 123 456 78 eller 0701234567"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-10-05", "05.10.2026", "05/10/2026", "05-10-2026", "kl. 14:30", "kl 08.30-17.00",
            "öppet 0800-1700", "1 299 kr", "1 299,00 kr", "SEK 14 200", "12 345 678 kr", "+20 000 000 kr",
            "2025-2026", "2025 2026", "år 2026", "version 2.3.4", "45 %", "+12,5 %", "ordernummer 123456789",
            "ordernummer 0123456", "INV-2026-000123", "ärende #48213", "nr 12345678", "4123 4567",
            "1 2 3 4 5 6 7 8 9 10", "0,5 l", "07:45-08:15", "+40 500 000 kr", "+2 500 000", "+125 000 000",
            "presentkort 3029 0049 5243 7576", "kolli 0037 0730 0123 4567 89"})
        void keepsDatesTimesPricesAndCodes(String text) {
            assertKept(text);
        }

        @Test
        void takesTheLongestNumberButNotANumberAfterIt() {
            assertEquals("ordernr 12345, " + M, Redactor.redact("ordernr 12345, 070 123 45 67"));
            assertEquals("kl 10 " + M, Redactor.redact("kl 10 070 123 45 67"));
            assertEquals(M + " 2 st", Redactor.redact("070 123 45 67 2 st"));
            assertEquals(M + " 2026-10-05", Redactor.redact("+46 70 123 45 67 2026-10-05"));
            assertEquals(M + "/" + M, Redactor.redact("070-123 45 67/08-123 45 67"));
        }
    }

    @Nested
    class SwedishPersonnummer {
        static List<String> valid() {
            String p = CheckDigits.luhnCompleted("811218987");
            String samordning = CheckDigits.luhnCompleted("811278987"); // day 18 + 60
            String old = CheckDigits.luhnCompleted("120229123"); // 29 February
            return List.of(p.substring(0, 6) + "-" + p.substring(6), p, p.substring(0, 6) + "+" + p.substring(6),
                    "19" + p.substring(0, 6) + "-" + p.substring(6), "19" + p,
                    samordning.substring(0, 6) + "-" + samordning.substring(6), "19" + samordning,
                    old.substring(0, 6) + "+" + old.substring(6), "19121212-1212",
                    "20" + CheckDigits.luhnCompleted("050505123"));
        }

        @ParameterizedTest
        @MethodSource("valid")
        void redactsPersonnummerAndSamordningsnummer(String number) {
            assertRedactedWhole(number);
        }

        static List<String> lookAlikes() {
            String p = CheckDigits.luhnCompleted("811218987");
            String wrong = CheckDigits.wrongLastDigit(p);
            return List.of(wrong, wrong.substring(0, 6) + "-" + wrong.substring(6), "19" + wrong,
                    CheckDigits.luhnCompleted("811318987"), // month 13, check digit right
                    CheckDigits.luhnCompleted("810231987"), // 31 February
                    CheckDigits.luhnCompleted("811200987"), // day 0
                    CheckDigits.luhnCompleted("811250987"), // day 50: neither a birth day nor 60 + one
                    CheckDigits.luhnCompleted("811292987"), // day 92
                    "21" + p, // no 21st-century-and-a-half years
                    "ordernummer " + wrong);
        }

        /** Found by fuzzing: a valid card inside what looks like a mistyped IBAN is still a card. */
        @Test
        void redactsACardInsideABrokenIban() {
            assertEquals("SE48 " + M, Redactor.redact(CheckDigits.grouped(CheckDigits.iban("SE", "5000000005839825746"), 4, ' ')));
            assertEquals("SE42," + M + " 2,49825", Redactor.redact("SE42,3000 0000 0583 2 2,49825"));
        }

        @ParameterizedTest
        @MethodSource("lookAlikes")
        void keepsNumbersThatFailTheDateOrLuhn(String text) {
            assertKept(text);
        }
    }

    @Nested
    class NorwegianFodselsnummer {
        static List<String> valid() {
            List<String> numbers = new ArrayList<>();
            numbers.add(CheckDigits.fodselsnummer("010190", 123));
            numbers.add(CheckDigits.fodselsnummer("311299", 456));
            numbers.add(CheckDigits.fodselsnummer("410190", 123)); // D-nummer: day 1 + 40
            numbers.add(CheckDigits.fodselsnummer("710585", 222)); // D-nummer: day 31 + 40
            String spaced = CheckDigits.fodselsnummer("150377", 301);
            numbers.add(spaced.substring(0, 6) + " " + spaced.substring(6));
            return numbers;
        }

        @ParameterizedTest
        @MethodSource("valid")
        void redactsFodselsnummerAndDNummer(String number) {
            assertRedactedWhole(number);
        }

        static List<String> lookAlikes() {
            String valid = CheckDigits.fodselsnummer("010190", 123);
            String firstControlWrong = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10)
                    + valid.charAt(10);
            return List.of(CheckDigits.wrongLastDigit(valid), firstControlWrong,
                    CheckDigits.fodselsnummer("011390", 123), // month 13, control digits right
                    CheckDigits.fodselsnummer("320190", 123), // day 32
                    CheckDigits.fodselsnummer("720190", 123), // day 72: not 40 + a day
                    "12345678901");
        }

        @ParameterizedTest
        @MethodSource("lookAlikes")
        void keepsNumbersThatFailTheDateOrControlDigits(String text) {
            assertKept(text);
        }
    }

    @Nested
    class PaymentCard {
        static List<String> valid() {
            return List.of("4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5555 5555 5555 4444",
                    "2223 0031 2200 3222", "3782 822463 10005", "3056 930902 5904", "6011 1111 1111 1117",
                    CheckDigits.grouped(CheckDigits.luhnCompleted("424242424242424242"), 4, ' '),
                    CheckDigits.luhnCompleted("401288888888188"), CheckDigits.luhnCompleted("622126000000000000"),
                    "4111 1111-1111 1111"); // mixed separators: a valid card whatever separates its groups
        }

        @ParameterizedTest
        @MethodSource("valid")
        void redactsCardNumbers(String number) {
            assertRedactedWhole(number);
        }

        static List<String> lookAlikes() {
            return List.of("4111 1111 1111 1112", "4111111111111112", "5555-5555-5555-4445",
                    CheckDigits.grouped(CheckDigits.luhnCompleted("711111111111111"), 4, ' '), // no issuer starts 7
                    CheckDigits.grouped(CheckDigits.luhnCompleted("911111111111111"), 4, ' '),
                    CheckDigits.grouped(CheckDigits.luhnCompleted("11111111111"), 4, ' '), // 12 digits
                    CheckDigits.luhnCompleted("4111111111111111111")); // 20 digits
        }

        @ParameterizedTest
        @MethodSource("lookAlikes")
        void keepsNumbersThatFailLuhnOrTheIssuerRange(String text) {
            assertKept(text);
        }
    }

    @Nested
    class Iban {
        static List<String> valid() {
            return List.of("SE45 5000 0000 0583 9825 7466", "SE4550000000058398257466", "NO93 8601 1117 947",
                    "DK50 0040 0440 1162 43", "FI21 1234 5600 0007 85", "DE89 3704 0044 0532 0130 00",
                    "GB29 NWBK 6016 1331 9268 19", "NL91 ABNA 0417 1643 00",
                    CheckDigits.grouped(CheckDigits.iban("SE", "80000810340009783242"), 4, ' '),
                    CheckDigits.iban("XK", "1212012345678906")); // not in the length table: 15-34 and mod 97
        }

        @ParameterizedTest
        @MethodSource("valid")
        void redactsIbans(String iban) {
            assertRedactedWhole(iban);
            assertEquals("IBAN: " + M + ".", Redactor.redact("IBAN: " + iban + "."));
        }

        static List<String> lookAlikes() {
            return List.of("SE46 5000 0000 0583 9825 7466", "SE45 5000 0000 0583 9825 7467", "NO93 8601 1117 948",
                    CheckDigits.grouped(CheckDigits.iban("NO", "860111179470"), 4, ' '), // 16: NO has 15
                    CheckDigits.grouped(CheckDigits.iban("DE", "3704004405320130000"), 4, ' '), // 23: DE has 22
                    CheckDigits.iban("XK", "1234567890"), // 14: shorter than any IBAN
                    "ISO 9001", "AB12 CD34");
        }

        @ParameterizedTest
        @MethodSource("lookAlikes")
        void keepsCodesThatFailModulo97OrTheLength(String text) {
            assertKept(text);
        }
    }

    @Nested
    class Text {
        @Test
        void replacesEachIdentifierOfAMixedCommentByOneMark() {
            String comment = "Hej! Mejla anna@example.se eller ring 070-123 45 67 (bäst efter kl. 17:00). Kortet "
                    + "4111 1111 1111 1111 drogs 2 ggr, 1 299,00 kr den 2026-10-05. Pnr 19121212-1212, konto "
                    + "SE45 5000 0000 0583 9825 7466. Order INV-2026-000123.";
            assertEquals("Hej! Mejla " + M + " eller ring " + M + " (bäst efter kl. 17:00). Kortet " + M
                    + " drogs 2 ggr, 1 299,00 kr den 2026-10-05. Pnr " + M + ", konto " + M
                    + ". Order INV-2026-000123.", Redactor.redact(comment));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Kundtjänsten i Malmö svarade på två minuter, jättebra!",
            "Blåbærsyltetøy, rømmegrøt og smørbrød. ÆØÅ æøå ÄÖ äö é ü",
            "Betyg 9 av 10 – snabb leverans (3 dagar) men 15 % dyrare än förra året.",
            "Köpte 2 st för 1 299 kr den 5/10, order 48213, ärende CX-2026-0042.", "", "   ", "👍🏽 Tack! 🇸🇪"})
        void leavesTextWithoutIdentifiersAlone(String text) {
            assertEquals(text, Redactor.redact(text));
        }

        @Test
        void findsEachKindMostSpecificFirst() {
            // the digits of an IBAN hold a card-length run, a card's a phone-length one
            assertEquals(M, Redactor.redact("SE45 5000 0000 0583 9825 7466"));
            assertEquals(M + " " + M, Redactor.redact("5555 5555 5555 4444 0701234567"));
            assertEquals(M + " " + M, Redactor.redact("anna.0701234567@example.se 0701234567"));
        }

        @Test
        void rejectsNull() {
            assertThrows(NullPointerException.class, () -> Redactor.redact(null));
        }
    }

    @Nested
    class CrossCheckedAgainstIndependentCheckDigits {
        private final Random random = new Random(20261005);

        @Test
        void everyValidNumberIsRedactedAndEveryWrongCheckDigitKept() {
            for (int i = 0; i < 2_000; i++) {
                String date = twoDigits(10 + random.nextInt(90)) + twoDigits(1 + random.nextInt(12))
                        + twoDigits(1 + random.nextInt(28));
                String personnummer = CheckDigits.luhnCompleted(date + threeDigits());
                assertEquals(M, Redactor.redact(personnummer.substring(0, 6) + "-" + personnummer.substring(6)));
                assertKept(CheckDigits.wrongLastDigit(personnummer));

                String norwegianDate = twoDigits(1 + random.nextInt(28)) + twoDigits(1 + random.nextInt(12))
                        + twoDigits(random.nextInt(100));
                String fodselsnummer = CheckDigits.fodselsnummer(norwegianDate, random.nextInt(1000));
                assertEquals(M, Redactor.redact(fodselsnummer));
                assertKept(CheckDigits.wrongLastDigit(fodselsnummer));

                String card = CheckDigits.luhnCompleted((2 + random.nextInt(5)) + digits(14));
                assertEquals(M, Redactor.redact(CheckDigits.grouped(card, 4, ' ')));
                assertKept(CheckDigits.grouped(CheckDigits.wrongLastDigit(card), 4, ' '));

                String iban = CheckDigits.iban("SE", digits(20));
                assertEquals(M, Redactor.redact(CheckDigits.grouped(iban, 4, ' ')));
                // A broken IBAN is not taken for one; a run of its groups that is itself a valid card or
                // personnummer still goes (trust first), so only its country code is sure to stay.
                String brokenIban = CheckDigits.grouped(CheckDigits.wrongLastDigit(iban), 4, ' ');
                assertTrue(Redactor.redact(brokenIban).startsWith(brokenIban.substring(0, 5)), brokenIban);
            }
        }

        private String digits(int count) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < count; i++) {
                digits.append(random.nextInt(10));
            }
            return digits.toString();
        }

        private String threeDigits() {
            return String.format("%03d", random.nextInt(1000));
        }

        private static String twoDigits(int value) {
            return String.format("%02d", value);
        }
    }

    @Nested
    class SafeText {
        @Test
        void collapsesWhiteSpaceAndTrims() {
            assertEquals("a b c d", Redactor.toSafeText("  a \t\n b\r\n\u00A0c\u2028d  ", 100));
        }

        @Test
        void cutsAtAWordBoundaryWithinTheLimit() {
            assertEquals("Leveransen kom…", Redactor.toSafeText("Leveransen kom sent men var hel", 19));
            assertEquals("Leveransen kom sent…", Redactor.toSafeText("Leveransen kom sent men var hel", 20));
            assertEquals("Leveransen kom sent…", Redactor.toSafeText("Leveransen kom sent men var hel", 21));
            assertEquals("Leveransen kom sent men var hel", Redactor.toSafeText("Leveransen kom sent men var hel", 31));
            assertEquals("Supercalifragilisti…", Redactor.toSafeText("Supercalifragilisticexpialidocious", 20));
            assertEquals("…", Redactor.toSafeText("Leveransen", 1));
        }

        @Test
        void countsCodePointsNotCharsAndNeverSplitsAPair() {
            String emoji = "😀".repeat(30);
            String cut = Redactor.toSafeText(emoji, 10);
            assertEquals(10, cut.codePointCount(0, cut.length()));
            assertEquals("😀".repeat(9) + "…", cut);
        }

        @Test
        void redactsBeforeCuttingSoNoPartOfAnIdentifierRemains() {
            String comment = "Ring mig på 070-123 45 67 efter kl 17";
            for (int max = 1; max <= comment.length(); max++) {
                String safe = Redactor.toSafeText(comment, max);
                assertEquals(-1, safe.indexOf("070"), safe);
                assertFalse(safe.contains("[") && !safe.contains(M), safe);
            }
        }

        @Test
        void redactsAnIdentifierThatInvisibleCharactersSplit() {
            assertEquals("Ring " + M, Redactor.toSafeText("Ring 070\u0000123\u200B45\u202E67", 100));
        }

        @Test
        void rejectsALimitBelowOne() {
            assertThrows(IllegalArgumentException.class, () -> Redactor.toSafeText("x", 0));
        }

        @Test
        void escapesTheFiveHtmlCharacters() {
            assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
                    Redactor.escapeHtml("<a href=\"x\" title='y'>Tom & Jerry</a>"));
            String plain = "Inget att göra här";
            assertEquals(plain, Redactor.escapeHtml(plain));
        }
    }

    /** Check digits computed the way each standard describes them, for building test numbers. */
    static final class CheckDigits {
        private CheckDigits() {
        }

        /** The body with its Luhn check digit appended. */
        static String luhnCompleted(String body) {
            int sum = 0;
            for (int i = 0; i < body.length(); i++) {
                int digit = body.charAt(body.length() - 1 - i) - '0';
                // the digit next to the check digit, and every second one leftwards, counts double
                int weighted = i % 2 == 0 ? digit * 2 : digit;
                sum += weighted / 10 + weighted % 10;
            }
            return body + (10 - sum % 10) % 10;
        }

        /**
         * DDMMYY, a three-digit individual number and both control digits: the first individual
         * number from {@code individual} on for which both control digits exist.
         */
        static String fodselsnummer(String birthDate, int individual) {
            for (int i = 0; i < 1000; i++) {
                String nine = birthDate + String.format("%03d", (individual + i) % 1000);
                Integer k1 = control(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
                Integer k2 = k1 == null ? null : control(nine + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
                if (k2 != null) {
                    return nine + k1 + k2;
                }
            }
            throw new AssertionError("no control digits for " + birthDate);
        }

        private static Integer control(String digits, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            int remainder = sum % 11;
            return remainder == 0 ? Integer.valueOf(0) : remainder == 1 ? null : Integer.valueOf(11 - remainder);
        }

        /** A compact IBAN: the country, check digits 98 - (BBAN + country + "00") mod 97, the BBAN. */
        static String iban(String country, String bban) {
            StringBuilder numeric = new StringBuilder();
            for (char c : (bban + country + "00").toCharArray()) {
                numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
            return country + String.format("%02d", check) + bban;
        }

        static String wrongLastDigit(String number) {
            char last = number.charAt(number.length() - 1);
            return number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        }

        static String grouped(String compact, int size, char separator) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < compact.length(); i += size) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append(compact, i, Math.min(compact.length(), i + size));
            }
            return out.toString();
        }
    }

    @Test
    void checkDigitHelperAgreesWithPublishedExamples() {
        // the helper itself must be right, or every test above proves nothing
        assertEquals("4111111111111111", CheckDigits.luhnCompleted("411111111111111"));
        assertEquals("1212121212", CheckDigits.luhnCompleted("121212121"));
        assertEquals("SE4550000000058398257466", CheckDigits.iban("SE", "50000000058398257466"));
        assertEquals("NO9386011117947", CheckDigits.iban("NO", "86011117947"));
        assertEquals("GB29NWBK60161331926819", CheckDigits.iban("GB", "NWBK60161331926819"));
        // by hand: 3*0+7*1+6*0+1*1+8*9+9*0+4*1+5*2+2*4 = 102, 102 mod 11 = 3, k1 = 8;
        // 5*0+4*1+3*0+2*1+7*9+6*0+5*1+4*2+3*4+2*8 = 110, 110 mod 11 = 0, k2 = 0. 123 has no k1.
        assertEquals("01019012480", CheckDigits.fodselsnummer("010190", 123));
    }
}
