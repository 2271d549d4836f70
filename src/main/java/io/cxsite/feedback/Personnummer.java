package io.cxsite.feedback;

/**
 * Swedish personnummer and samordningsnummer: YYMMDD-NNNN, YYMMDD+NNNN (aged 100 or more),
 * YYYYMMDD-NNNN, or the same with any other separator ("811218.9876", "19811218 / 9876") or none,
 * in groups of three or more digits ({@link DigitGroups#mayExtendChecked}), or written as a date and
 * four digits ("1981-12-18-9876", "81.12.18 9876"). The date part must be a real month and day (day
 * plus 60 for a samordningsnummer) and the ten-digit form must pass Luhn.
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
        return best >= 0 ? best : dateAndFour(groups, first);
    }

    /**
     * The last group of a personnummer written as a date in groups and then the four last digits,
     * "1981-12-18-9876", "81 12 18 9876" or "1981-12-189876": every gap between joined groups falls
     * between the parts of the date or before the last four. Two-digit groups never extend other
     * checked numbers; a date's shape is the one exception, so it may start only where a number
     * may, or glued to a word with a four-digit year ("nr1981-12-18-9876", never the "64" of "SE64").
     */
    private static int dateAndFour(DigitGroups groups, int first) {
        int digits = groups.length(first);
        if (!groups.canStart(first) && digits != 4) {
            return -1;
        }
        int gapsAt = 1 << digits;
        for (int j = first + 1; j < groups.count() && groups.joined(j - 1) && digits < 12; j++) {
            digits += groups.length(j);
            if ((digits == 10 || digits == 12) && atDateParts(gapsAt, digits) && isValid(groups.digits(first, j))) {
                return j;
            }
            gapsAt |= 1 << Math.min(digits, 13);
        }
        return -1;
    }

    /** Whether every gap (a bit per digit position) lies between date parts of a number this long. */
    private static boolean atDateParts(int gapsAt, int digits) {
        // spec: the date is (CC)YYMMDD, so its parts end 2, 4 and 6 digits (or 8 with the century) in
        int dateEnd = digits - 4;
        int allowed = (1 << dateEnd) | (1 << (dateEnd - 2)) | (1 << (dateEnd - 4)) | (digits == 12 ? 1 << 2 : 0);
        return (gapsAt & ~allowed) == 0;
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
