package io.cxsite.feedback;

import java.util.Locale;
import java.util.Map;

/**
 * Finds IBANs: two letters, two check digits and letters or digits, compact or in groups separated
 * by any short gap of separators ("SE45 5000 0000 0583 9825 7466", "SE45-5000-…", a line break), that
 * pass ISO 13616 mod 97 and have their country's length (15-34 for a country not in the table). An
 * IBAN of a country in the table is found glued to a word too ("kontoSE45…").
 */
final class IbanFinder {
    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 34;
    // spec: ISO 13616 registry lengths; SEPA countries plus the Nordic territories
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27));

    private IbanFinder() {
    }

    static void find(RedactionScan scan) {
        int n = scan.length();
        for (int i = 0; i + 3 < n; i++) {
            if (startsCandidate(scan, i)) {
                int end = takeAt(scan, i);
                if (end > i) {
                    i = end - 1;
                }
            }
        }
    }

    private static boolean startsCandidate(RedactionScan scan, int i) {
        if (!(isAsciiLetter(scan.charAt(i)) && isAsciiLetter(scan.charAt(i + 1))
                && isAsciiDigit(scan.charAt(i + 2)) && isAsciiDigit(scan.charAt(i + 3)) && !scan.isTaken(i))) {
            return false;
        }
        if (i == 0 || !Character.isLetterOrDigit(scan.charAt(i - 1))) {
            return true;
        }
        // glued to a word: only a known country, whose exact length keeps chance matches rare
        return !isAsciiDigit(scan.charAt(i - 1)) && LENGTHS.containsKey(country(scan, i));
    }

    /** Whether the two characters are the upper-case country code of an IBAN country in the table. */
    static boolean isCountry(char first, char second) {
        return first >= 'A' && first <= 'Z' && second >= 'A' && second <= 'Z'
                && LENGTHS.containsKey(new String(new char[] {first, second}));
    }

    private static String country(RedactionScan scan, int i) {
        return new String(new char[] {scan.charAt(i), scan.charAt(i + 1)}).toUpperCase(Locale.ROOT);
    }

    /**
     * Reads up to 34 letters and digits from {@code start}, across the gaps between groups, and takes
     * the longest valid IBAN that ends where a group ends, or, for a country of the table, where its
     * digits meet a glued word ("SE45…7466kr"). Returns its end, or -1.
     */
    private static int takeAt(RedactionScan scan, int start) {
        int n = scan.length();
        char[] compact = new char[MAX_LENGTH + 1];
        int[] endOf = new int[MAX_LENGTH + 1]; // where in the text each character of compact ends
        int length = 0;
        int i = start;
        while (i < n && length <= MAX_LENGTH && !scan.isTaken(i) && isAlphanumeric(scan.charAt(i))) {
            compact[length] = scan.charAt(i++);
            endOf[length++] = i;
            if (i == n || !isAlphanumeric(scan.charAt(i))) {
                i = afterGap(scan, i);
                if (i < 0) {
                    break;
                }
            }
        }
        String country = country(scan, start);
        Integer known = LENGTHS.get(country);
        for (int k = Math.min(length, MAX_LENGTH); k >= MIN_LENGTH; k--) {
            int end = endOf[k - 1];
            boolean groupEnds = end == n || !Character.isLetterOrDigit(scan.charAt(end)) || scan.isTaken(end);
            boolean gluedWord = known != null && k == known && isAsciiDigit(compact[k - 1]) && !groupEnds
                    && Character.isLetter(scan.charAt(end));
            if ((groupEnds || gluedWord) && hasCountryLength(country, k)
                    && Checksums.ibanMod97(new String(compact, 0, k)) == 1) {
                scan.take(start, end);
                return end;
            }
        }
        return -1;
    }

    /** Where the next group starts when a gap of separators that joins two groups starts at {@code i}, or -1. */
    private static int afterGap(RedactionScan scan, int i) {
        int n = scan.length();
        int units = 0;
        while (i < n && !scan.isTaken(i) && DigitGroups.isSeparator(scan.charAt(i))) {
            if (++units > DigitGroups.MAX_GAP) {
                return -1;
            }
            boolean white = DigitGroups.isWhite(scan.charAt(i));
            i++;
            while (white && i < n && !scan.isTaken(i) && DigitGroups.isWhite(scan.charAt(i))) {
                i++;
            }
        }
        return units > 0 && i < n && !scan.isTaken(i) && isAlphanumeric(scan.charAt(i)) ? i : -1;
    }

    private static boolean hasCountryLength(String country, int length) {
        Integer expected = LENGTHS.get(country);
        return expected != null ? length == expected : length >= MIN_LENGTH && length <= MAX_LENGTH;
    }

    private static boolean isAlphanumeric(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
