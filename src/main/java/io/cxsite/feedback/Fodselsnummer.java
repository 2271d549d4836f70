package io.cxsite.feedback;

/**
 * Norwegian fødselsnummer and D-nummer: DDMMYY and five digits, in one run of eleven, as
 * "DDMMYY NNNNN" with any separator, or in other groups of three or more digits
 * ({@link DigitGroups#mayExtendChecked}). The date part must be a real month and day (day plus 40
 * for a D-nummer) and both mod-11 control digits must match.
 */
final class Fodselsnummer implements NumberKind {
    private static final int DIGITS = 11;

    @Override
    public int lastGroup(DigitGroups groups, int first) {
        int digits = 0;
        for (int j = first; j < groups.count() && groups.mayExtendChecked(first, j); j++) {
            digits += groups.length(j);
            if (digits == DIGITS) {
                return !groups.isThousands(first, j) && isValid(groups.digits(first, j)) ? j : -1;
            }
            if (digits > DIGITS) {
                break;
            }
        }
        return -1;
    }

    static boolean isValid(String digits) {
        int day = Checksums.twoDigits(digits, 0);
        int month = Checksums.twoDigits(digits, 2);
        // spec: a D-nummer is a fødselsnummer with 40 added to the day
        int birthDay = day > 40 ? day - 40 : day;
        return Checksums.isMonthDay(month, birthDay) && Checksums.norwegianControlDigits(digits);
    }
}
