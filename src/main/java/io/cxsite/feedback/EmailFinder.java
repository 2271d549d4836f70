package io.cxsite.feedback;

/**
 * Finds e-mail addresses in a normalised comment (so {@code ＠} and full-width letters are found
 * too): a local part of letters (any script, with their marks), digits and the other characters
 * RFC 5322 allows ({@code . _ % + - ! # $ & ' * / = ? ^ ` { | } ~}), or a quoted local part
 * ({@code "anna svensson"}); an {@code @}; then a domain of at least two labels whose last label is two
 * or more letters, or an address literal ({@code [192.168.0.1]}, {@code [IPv6:2001:db8::1]}).
 * Scans outwards from each {@code @} with bounded reach, so the work stays linear in the text.
 */
final class EmailFinder {
    // spec: RFC 5321 limits, local part 64 and domain 255 octets; also what bounds the scan
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;
    // spec: RFC 5322 atext, apart from letters and digits
    private static final String ATEXT = "._%+-!#$&'*/=?^`{|}~";

    private EmailFinder() {
    }

    static void find(RedactionScan scan) {
        String text = scan.text;
        int at = text.indexOf('@');
        while (at >= 0) {
            int end = takeAt(scan, at);
            at = text.indexOf('@', Math.max(end, at + 1));
        }
    }

    /** Takes the address around the {@code @} at {@code at}; returns its end, or -1 when there is none. */
    private static int takeAt(RedactionScan scan, int at) {
        int start = localStart(scan, at);
        if (start < 0) {
            return -1;
        }
        boolean literal = at + 1 < scan.length() && scan.charAt(at + 1) == '[';
        int end = literal ? literalEnd(scan, at + 1) : domainEnd(scan, at + 1);
        if (end < 0) {
            return -1;
        }
        scan.take(start, end);
        return end;
    }

    /** Where the local part before the {@code @} at {@code at} starts, or -1 when there is none. */
    private static int localStart(RedactionScan scan, int at) {
        if (at > 0 && scan.charAt(at - 1) == '"' && !scan.isTaken(at - 1)) {
            for (int i = at - 2; i >= 0 && at - i <= MAX_LOCAL && !scan.isTaken(i); i--) {
                char c = scan.charAt(i);
                if (c == '"') {
                    return i + 1 < at - 1 ? i : -1;
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
            }
            return -1;
        }
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && !scan.isTaken(start - 1) && isLocal(scan.charAt(start - 1))) {
            start--;
        }
        while (start < at && !Character.isLetterOrDigit(scan.charAt(start))) {
            start++; // a sentence's full stop, a quote or a brace: punctuation, not part of the address
        }
        return start == at ? -1 : start;
    }

    /**
     * The end of an address literal starting with the {@code [} at {@code from}: an IPv4 address or
     * {@code IPv6:} and hexadecimal digits, colons and dots, then {@code ]}; or -1.
     */
    private static int literalEnd(RedactionScan scan, int from) {
        int limit = Math.min(scan.length(), from + MAX_DOMAIN);
        int i = from + 1;
        if (scan.text.regionMatches(true, i, "IPv6:", 0, 5)) {
            i += 5;
        }
        boolean digit = false;
        while (i < limit && !scan.isTaken(i)) {
            char c = scan.charAt(i);
            if (c == ']') {
                return digit ? i + 1 : -1;
            }
            if (!(DigitGroups.isDigit(c) || c == '.' || c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return -1;
            }
            digit |= DigitGroups.isDigit(c);
            i++;
        }
        return -1;
    }

    /** The end of the longest valid domain starting at {@code from}, or -1. */
    private static int domainEnd(RedactionScan scan, int from) {
        int limit = Math.min(scan.length(), from + MAX_DOMAIN);
        int end = -1;
        int labels = 0;
        int i = from;
        while (i < limit) {
            int labelStart = i;
            while (i < limit && !scan.isTaken(i) && isDomain(scan.charAt(i))) {
                i++;
            }
            int labelEnd = i;
            while (labelEnd > labelStart && scan.charAt(labelEnd - 1) == '-') {
                labelEnd--; // "anna@example.se-" : the hyphen is punctuation
            }
            if (labelEnd == labelStart) {
                break;
            }
            labels++;
            if (labels >= 2 && isTopLevel(scan, labelStart, labelEnd)) {
                end = labelEnd;
            }
            if (labelEnd < i || i + 1 >= limit || scan.charAt(i) != '.' || !isDomain(scan.charAt(i + 1))) {
                break;
            }
            i++;
        }
        return end;
    }

    private static boolean isTopLevel(RedactionScan scan, int start, int end) {
        if (end - start < 2 || !Character.isLetter(scan.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(scan.charAt(i)) && !isMark(scan.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || ATEXT.indexOf(c) >= 0 || isMark(c);
    }

    private static boolean isDomain(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || isMark(c);
    }

    /** A combining mark: "e" and U+0301 is "é" written in two characters. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
