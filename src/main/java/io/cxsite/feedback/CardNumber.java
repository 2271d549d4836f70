package io.cxsite.feedback;

/**
 * Payment-card numbers: 13-19 digits starting with 2-6 (Mastercard, Amex, Diners, JCB, Visa,
 * Maestro, Discover, UnionPay) that pass Luhn, written in one run, in groups of four, or in the 4-6-5
 * and 4-6-4 groups of Amex and Diners, whatever separates the groups ("4111 1111 1111 1111",
 * "4111.1111.1111.1111", "4111/1111-1111 1111", a line break between two groups).
 */
final class CardNumber implements NumberKind {
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    @Override
    public int lastGroup(DigitGroups groups, int first) {
        char issuer = groups.firstDigit(first);
        if (issuer < '2' || issuer > '6') {
            return -1;
        }
        if (groups.length(first) >= MIN_DIGITS) {
            return groups.length(first) <= MAX_DIGITS && Checksums.luhn(groups.digits(first, first)) ? first : -1;
        }
        if (groups.length(first) != 4) {
            return -1;
        }
        int best = -1;
        int digits = 4;
        boolean allFours = true; // groups first..j-1 all have four digits
        for (int j = first + 1; j < groups.count() && groups.joined(j - 1); j++) {
            int length = groups.length(j);
            digits += length;
            if (digits > MAX_DIGITS) {
                break;
            }
            boolean fours = allFours && length <= 4;
            boolean amexOrDiners = j == first + 2 && groups.length(first + 1) == 6 && (length == 4 || length == 5);
            if (digits >= MIN_DIGITS && (fours || amexOrDiners) && Checksums.luhn(groups.digits(first, j))) {
                best = j;
            }
            allFours = allFours && length == 4;
            if (!(allFours || (j == first + 1 && length == 6))) {
                break;
            }
        }
        return best;
    }
}
