package io.cxsite.feedback;

/**
 * Norwegian fødselsnummer and D-nummer: DDMMYY and five digits, in one run of eleven or as
 * "DDMMYY NNNNN" with any separator. The date part must be a real month and day (day plus 40 for a
 * D-nummer) and both mod-11 control digits must match.
 */
final class Fodselsnummer implements NumberKind {
    @Override
    public int lastGroup(DigitGroups groups, int first) {
        int length = groups.length(first);
        if (length == 6 && groups.joined(first) && groups.length(first + 1) == 5
                && isValid(groups.digits(first, first + 1))) {
            return first + 1;
        }
        if (length == 11 && isValid(groups.digits(first, first))) {
            return first;
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
