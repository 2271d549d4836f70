package io.cxsite.feedback;

/**
 * Payment-card numbers: 13-19 digits starting with 2-6 (Mastercard, Amex, Diners, JCB, Visa,
 * Maestro, Discover, UnionPay) that pass Luhn, in one run or in groups of three or more digits (the
 * last may be shorter) whatever separates them: "4111 1111 1111 1111", "3782 822463 10005",
 * "4111.1111.1111.1111", "4111/1111-1111 1111", a line break between two groups.
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
        int best = -1;
        int digits = 0;
        for (int j = first; j < groups.count() && groups.mayExtendChecked(first, j); j++) {
            digits += groups.length(j);
            if (digits > MAX_DIGITS) {
                break;
            }
            if (digits >= MIN_DIGITS && !groups.isThousands(first, j) && Checksums.luhn(groups.digits(first, j))) {
                best = j;
            }
        }
        return best;
    }
}
