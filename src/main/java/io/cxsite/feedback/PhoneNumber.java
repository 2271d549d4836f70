package io.cxsite.feedback;

import java.util.Map;
import java.util.Set;

/**
 * Phone numbers, in three forms:
 * <ul>
 * <li>international, "+46 70 123 45 67", "+46 (0)70-123 45 67", "0046 70 123 45 67": a country code
 * and a national number of that country's length (7-15 digits in all for a country not in the table),
 * never starting with 0 after the trunk prefix, so "+20 000 000" stays an amount;
 * <li>Swedish or Finnish national, "070-123 45 67", "08-123 456 78", "(08) 123 45 67", "0701234567":
 * a 0 then a non-zero digit, 9 or 10 digits, mobile numbers (07…) exactly 10;
 * <li>Norwegian or Danish national, eight digits starting 2-9 in the groups people write them in,
 * "412 34 567" or "41 23 45 67" (not 4-4 like "2025 2026", not 2-3-3 like "12 345 678"); a Norwegian
 * mobile number, starting 4 or 9, also in one run, "41234567".
 * </ul>
 * Groups are separated by a space, a dash or " - ", optionally with a parenthesis; the last group
 * has two or more digits. A phone number does not start right after a number of three or more
 * digits ("3029 0049 5243 7576" is one number, not "3029" and a German phone number).
 */
final class PhoneNumber implements NumberKind {
    private static final int MAX_DIGITS = 17; // "0046" + 15 (E.164), with a "(0)"
    // spec: ITU-T E.164 country codes and national significant number lengths {min, max}
    private static final Map<String, int[]> NATIONAL_LENGTHS = Map.ofEntries(
            Map.entry("46", new int[] {7, 9}), Map.entry("47", new int[] {8, 8}),
            Map.entry("45", new int[] {8, 8}), Map.entry("358", new int[] {5, 11}),
            Map.entry("354", new int[] {7, 9}), Map.entry("298", new int[] {6, 6}),
            Map.entry("299", new int[] {6, 6}), Map.entry("372", new int[] {7, 8}),
            Map.entry("371", new int[] {8, 8}), Map.entry("370", new int[] {8, 8}),
            Map.entry("44", new int[] {9, 10}), Map.entry("49", new int[] {6, 13}),
            Map.entry("33", new int[] {9, 9}), Map.entry("31", new int[] {9, 9}),
            Map.entry("48", new int[] {9, 9}), Map.entry("1", new int[] {10, 10}),
            Map.entry("7", new int[] {10, 10}));

    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39",
            "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58",
            "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private enum Form { NONE, INTERNATIONAL, ZERO_ZERO, NATIONAL_TRUNK, NATIONAL_EIGHT }

    @Override
    public boolean hasCheckDigits() {
        return false;
    }

    @Override
    public int lastGroup(DigitGroups groups, int first) {
        Form form = formOf(groups, first);
        if (form == Form.NONE || groups.followsNumber(first)) {
            return -1;
        }
        int best = -1;
        int digits = 0;
        for (int j = first; j < groups.count(); j++) {
            if (j > first && !(groups.hasNext(j - 1) && groups.phoneGap(j - 1))) {
                break;
            }
            digits += groups.length(j);
            if (digits > MAX_DIGITS) {
                break;
            }
            if ((j == first || groups.length(j) >= 2) && groups.canEnd(j) && isValid(form, groups, first, j)) {
                best = j;
            }
        }
        return best;
    }

    private static Form formOf(DigitGroups groups, int first) {
        if (groups.plus(first)) {
            return Form.INTERNATIONAL;
        }
        int length = groups.length(first);
        char lead = groups.digitAt(first, 0);
        if (lead == '0' && length >= 2) {
            if (groups.digitAt(first, 1) != '0') {
                return Form.NATIONAL_TRUNK;
            }
            return length >= 3 && groups.digitAt(first, 2) != '0' ? Form.ZERO_ZERO : Form.NONE;
        }
        return lead >= '2' && lead <= '9' ? Form.NATIONAL_EIGHT : Form.NONE;
    }

    private static boolean isValid(Form form, DigitGroups groups, int first, int last) {
        String digits = groups.digits(first, last);
        return switch (form) {
            case INTERNATIONAL -> isInternational(digits, groups, first, last);
            case ZERO_ZERO -> isInternational(digits.substring(2), groups, first, last);
            case NATIONAL_TRUNK -> digits.startsWith("07") ? digits.length() == 10
                    : digits.length() == 9 || digits.length() == 10;
            case NATIONAL_EIGHT -> digits.length() == 8 && isNordicEightGrouping(groups, first, last);
            case NONE -> false;
        };
    }

    /** {@code digits}: the country code and the rest, without "+" or "00". */
    private static boolean isInternational(String digits, DigitGroups groups, int first, int last) {
        if (digits.length() < 2 || digits.charAt(0) == '0') {
            return false;
        }
        int codeLength = countryCodeLength(digits);
        String national = digits.substring(Math.min(codeLength, digits.length()));
        if (national.startsWith("0")) {
            national = national.substring(1); // the trunk prefix, "+46 (0)70…"
        }
        if (national.isEmpty() || national.charAt(0) == '0') {
            return false; // "+20 000 000": no national number starts with 0
        }
        int[] range = NATIONAL_LENGTHS.get(digits.substring(0, codeLength));
        if (range != null) {
            return national.length() >= range[0] && national.length() <= range[1];
        }
        // spec: E.164 allows 15 digits in all; the shortest national numbers have 6 digits after the code
        return digits.length() >= 7 && digits.length() <= 15 && !isAmountGrouping(groups, first, last);
    }

    /** spec: E.164 country codes are prefix-free; 1 and 7 are the one-digit codes, the rest two or three. */
    private static int countryCodeLength(String digits) {
        if (digits.charAt(0) == '1' || digits.charAt(0) == '7') {
            return 1;
        }
        return TWO_DIGIT_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
    }

    /** "+40 500 000": a signed amount in thousands, not a short phone number. */
    private static boolean isAmountGrouping(DigitGroups groups, int first, int last) {
        return last == first + 2 && groups.length(first) <= 3 && groups.length(first + 1) == 3
                && groups.length(last) == 3 && groups.gapIs(first, ' ') && groups.gapIs(first + 1, ' ');
    }

    private static boolean isNordicEightGrouping(DigitGroups groups, int first, int last) {
        for (int g = first; g < last; g++) {
            if (!groups.gapIs(g, ' ')) {
                return false;
            }
        }
        int count = last - first + 1;
        if (count == 1) {
            // spec: Nkom's numbering plan, Norwegian mobile numbers start with 4 or 9
            char lead = groups.firstDigit(first);
            return lead == '4' || lead == '9';
        }
        if (count == 3) {
            return groups.length(first) == 3 && groups.length(first + 1) == 2 && groups.length(last) == 3;
        }
        if (count == 4) {
            for (int g = first; g <= last; g++) {
                if (groups.length(g) != 2) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
