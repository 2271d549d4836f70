package io.cxsite.feedback;

/**
 * Swedish personnummer and samordningsnummer: YYMMDD-NNNN, YYMMDD+NNNN (aged 100 or more),
 * YYYYMMDD-NNNN, or the same with any other separator ("811218.9876", "19811218 / 9876") or none,
 * in groups of three or more digits ({@link DigitGroups#mayExtendChecked}). The date part must be a
 * real month and day (day plus 60 for a samordningsnummer) and the ten-digit form must pass Luhn.
 */
final class Personnummer implements NumberKind {
    @Override
    public int lastGroup(DigitGroups groups, int first) {
        int best = -1;
        int digits = 0;
        for (int j = first; j < groups.count() && groups.mayExtendChecked(first, j); j++) {
            digits += groups.length(j);
            if (digits > 12) {
                break;
            }
            if ((digits == 10 || digits == 12) && !groups.isThousands(first, j) && isValid(groups.digits(first, j))) {
                best = j;
            }
        }
        return best;
    }

    static boolean isValid(String digits) {
        String tenDigits = digits;
        if (digits.length() == 12) {
            int century = Checksums.twoDigits(digits, 0);
            if (century < 18 || century > 20) {
                return false;
            }
            tenDigits = digits.substring(2);
        }
        int month = Checksums.twoDigits(tenDigits, 2);
        int day = Checksums.twoDigits(tenDigits, 4);
        // spec: a samordningsnummer is a personnummer with 60 added to the day
        int birthDay = day > 60 ? day - 60 : day;
        return Checksums.isMonthDay(month, birthDay) && Checksums.luhn(tenDigits);
    }
}
