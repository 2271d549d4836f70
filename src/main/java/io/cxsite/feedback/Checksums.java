package io.cxsite.feedback;

/**
 * The check-digit algorithms and date checks that tell an identifier from a number that only has
 * its shape. Inputs are ASCII digits (letters too for an IBAN), already stripped of separators.
 */
final class Checksums {
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // spec: Norwegian fødselsnummer, control digit 1 over digits 1-9, control digit 2 over digits 1-10
    private static final int[] FNR_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] FNR_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private Checksums() {
    }

    /** Luhn (ISO/IEC 7812-1): payment cards, and the last digit of a Swedish personnummer. */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Both mod-11 control digits of an 11-digit Norwegian fødselsnummer or D-nummer. */
    static boolean norwegianControlDigits(CharSequence digits) {
        return digits.length() == 11
                && mod11(digits, FNR_K1) == digits.charAt(9) - '0'
                && mod11(digits, FNR_K2) == digits.charAt(10) - '0';
    }

    private static int mod11(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int control = 11 - sum % 11;
        // spec: a remainder giving 10 has no control digit (the number is never issued); 10 matches no digit
        return control == 11 ? 0 : control;
    }

    /**
     * ISO 13616 / ISO 7064 MOD 97-10 of a compact IBAN: the first four characters moved to the end,
     * letters read as 10..35; a valid IBAN gives 1.
     */
    static int ibanMod97(CharSequence iban) {
        int n = iban.length();
        int remainder = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + c - '0') % 97;
            } else {
                remainder = (remainder * 100 + Character.toUpperCase(c) - 'A' + 10) % 97;
            }
        }
        return remainder;
    }

    /** Month 1-12 and a day that month can have in some year (29 February passes). */
    static boolean isMonthDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
    }

    /** The two-digit number at {@code offset}. */
    static int twoDigits(CharSequence digits, int offset) {
        return (digits.charAt(offset) - '0') * 10 + digits.charAt(offset + 1) - '0';
    }
}
