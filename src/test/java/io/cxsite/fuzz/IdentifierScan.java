package io.cxsite.fuzz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers in a text by their check digits, written for the fuzz tests apart
 * from the Redactor's own finders so that one cannot share the other's blind spot.
 *
 * <p>The text is NFKC-normalised and every Unicode decimal digit read as its ASCII digit. A number
 * is a run of digit groups joined by one separator each (space, {@code - . / +}, a hyphen or dash);
 * a run touching a letter ("INV-2026", "A123") is a code, not a number. Every part of a run that
 * is grouped as people write the identifier, whatever the separator, is tried as: a payment card
 * (13-19 digits, first digit 2-6, Luhn; one run, fours, 4-6-5 or 4-6-4, one separator throughout),
 * a Swedish personnummer or samordningsnummer (10 or 12 digits, a real month and day, Luhn; the date
 * in one run or as YY MM DD, then the number), a Norwegian fødselsnummer or D-nummer (11 digits, a
 * real day and month, both mod-11 control digits; DDMMYY or DD MM YY, then the number). An IBAN is
 * two letters, two digits and letters or digits, compact or in fours, of its country's ISO 13616
 * length (15-34 for a country not listed) with MOD 97-10 giving 1.
 */
final class IdentifierScan {
    // after NFKC: space, the ASCII marks, and the hyphens and dashes a keyboard or a word processor puts in
    private static final String SEPARATORS = " -./+\u2010\u2012\u2013\u2212";
    // how people write each: group lengths (cards one run, in fours, or Amex's 4-6-5 and Diners' 4-6-4)
    private static final Pattern CARD = Pattern.compile("1[3-9]|4,4,4,[1-4]|4,4,4,4,[1-3]|4,6,[45]");
    private static final Pattern PERSONNUMMER = Pattern.compile("10|12|[68],4|2,2,2,4|4,2,2,4");
    private static final Pattern FODSELSNUMMER = Pattern.compile("11|6,5|2,2,2,5");
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] NO_CONTROL_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] NO_CONTROL_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    // ISO 13616 registry: IBAN length per country (Europe and its neighbours)
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AL", 28), Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BY", 28),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22),
            Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27),
            Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("XK", 20));

    private IdentifierScan() {
    }

    /** Each identifier found, as "kind digits". */
    static List<String> find(String text) {
        String t = asciiDigits(Normalizer.normalize(text, Normalizer.Form.NFKC));
        List<String> found = new ArrayList<>();
        numbers(t, found);
        ibans(t, found);
        return found;
    }

    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static void numbers(String t, List<String> found) {
        int i = 0;
        while (i < t.length()) {
            if (!isDigit(t, i)) {
                i++;
                continue;
            }
            boolean code = i > 0 && Character.isLetter(t.charAt(i - 1))
                    || i > 1 && "-_/".indexOf(t.charAt(i - 1)) >= 0 && Character.isLetter(t.charAt(i - 2));
            List<String> groups = new ArrayList<>();
            List<Character> gaps = new ArrayList<>();
            int end = i;
            while (true) {
                int s = end;
                while (isDigit(t, end)) {
                    end++;
                }
                groups.add(t.substring(s, end));
                int gap = gapLength(t, end);
                if (gap == 0) {
                    break;
                }
                String mark = t.substring(end, end + gap).strip();
                gaps.add(mark.isEmpty() ? ' ' : mark.charAt(0));
                end += gap;
            }
            if (!code && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
                parts(groups, gaps, found);
            }
            i = end;
        }
    }

    /** The length of the separator at {@code i} if a digit follows it: one mark, or one mark between single spaces. */
    private static int gapLength(String t, int i) {
        for (int length : new int[] {1, 2, 3}) {
            if (isDigit(t, i + length) && isGap(t.substring(i, i + length))) {
                return length;
            }
        }
        return 0;
    }

    private static boolean isGap(String gap) {
        String mark = gap.length() == 1 ? gap : gap.strip();
        return mark.length() == 1 && SEPARATORS.indexOf(mark.charAt(0)) >= 0
                && (gap.length() == 1 || gap.length() == 3 && gap.charAt(0) == ' ' && gap.charAt(2) == ' '
                        || gap.length() == 2 && (gap.charAt(0) == ' ' || gap.charAt(1) == ' '));
    }

    /** Every window of consecutive groups that has the shape of an identifier, checked as that identifier. */
    private static void parts(List<String> groups, List<Character> gaps, List<String> found) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder shape = new StringBuilder();
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.size() && last < first + 5; last++) {
                shape.append(last > first ? "," : "").append(groups.get(last).length());
                digits.append(groups.get(last));
                boolean same = gaps.subList(first, last).stream().distinct().count() <= 1;
                boolean sameInDate = last - first < 2 || gaps.subList(first, last - 1).stream().distinct().count() <= 1;
                check(shape.toString(), same, sameInDate, digits.toString(), found);
            }
        }
    }

    private static void check(String shape, boolean same, boolean sameInDate, String digits, List<String> found) {
        int n = digits.length();
        if (same && CARD.matcher(shape).matches() && n >= 13 && n <= 19
                && digits.charAt(0) >= '2' && digits.charAt(0) <= '6' && luhn(digits)) {
            found.add("card " + digits);
        }
        if (sameInDate && PERSONNUMMER.matcher(shape).matches() && (n == 10 && personnummer(digits)
                || n == 12 && twoDigits(digits, 0) >= 18 && twoDigits(digits, 0) <= 20 && personnummer(digits.substring(2)))) {
            found.add("personnummer " + digits);
        }
        if (sameInDate && FODSELSNUMMER.matcher(shape).matches() && fodselsnummer(digits)) {
            found.add("fødselsnummer " + digits);
        }
    }

    private static boolean personnummer(String ten) {
        int day = twoDigits(ten, 4);
        return isDate(twoDigits(ten, 2), day > 60 ? day - 60 : day) && luhn(ten);
    }

    private static boolean fodselsnummer(String eleven) {
        int day = twoDigits(eleven, 0);
        return isDate(twoDigits(eleven, 2), day > 40 ? day - 40 : day)
                && control(eleven, NO_CONTROL_1) == eleven.charAt(9) - '0'
                && control(eleven, NO_CONTROL_2) == eleven.charAt(10) - '0';
    }

    private static int control(String digits, int[] weights) {
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * (digits.charAt(k) - '0');
        }
        int c = (11 - sum % 11) % 11;
        return c; // 10 is never a digit, so it matches nothing
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = digits.charAt(digits.length() - 1 - k) - '0';
            sum += k % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
        }
        return sum % 10 == 0;
    }

    private static void ibans(String t, List<String> found) {
        for (int i = 0; i + 3 < t.length(); i++) {
            if (isLetter(t, i) && isLetter(t, i + 1) && isDigit(t, i + 2) && isDigit(t, i + 3)
                    && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                iban(t, i, found);
            }
        }
    }

    private static void iban(String t, int start, List<String> found) {
        String country = t.substring(start, start + 2).toUpperCase(Locale.ROOT);
        StringBuilder compact = new StringBuilder();
        char gap = 0;
        int i = start;
        while (compact.length() <= 34) {
            int groupStart = compact.length();
            while (isLetter(t, i) || isDigit(t, i)) {
                compact.append(Character.toUpperCase(t.charAt(i++)));
            }
            if (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
                return; // runs on into a word
            }
            Integer expected = IBAN_LENGTHS.get(country);
            int n = compact.length();
            if ((expected != null ? n == expected : n >= 15 && n <= 34) && mod97(compact) == 1) {
                found.add("iban " + compact);
            }
            boolean joined = n - groupStart == 4 && i + 1 < t.length() && SEPARATORS.indexOf(t.charAt(i)) >= 0
                    && (gap == 0 || gap == t.charAt(i)) && (isLetter(t, i + 1) || isDigit(t, i + 1));
            if (!joined) {
                return;
            }
            gap = t.charAt(i++);
        }
    }

    private static int mod97(CharSequence iban) {
        String moved = iban.subSequence(4, iban.length()).toString() + iban.subSequence(0, 4);
        int r = 0;
        for (char c : moved.toCharArray()) {
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            r = (v >= 10 ? r * 100 + v : r * 10 + v) % 97;
        }
        return r;
    }

    private static boolean isDate(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month - 1];
    }

    private static int twoDigits(String digits, int at) {
        return (digits.charAt(at) - '0') * 10 + digits.charAt(at + 1) - '0';
    }

    private static boolean isDigit(String t, int i) {
        return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    private static boolean isLetter(String t, int i) {
        char c = i < t.length() ? t.charAt(i) : 0;
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
