package io.cxsite.feedback;

/**
 * Finds e-mail addresses: a local part of letters (any script), digits and {@code . _ % + -} before
 * an {@code @}, then a domain of at least two labels whose last label is two or more letters.
 * Scans outwards from each {@code @} with bounded reach, so the work stays linear in the text.
 */
final class EmailFinder {
    // spec: RFC 5321 limits, local part 64 and domain 255 octets; also what bounds the scan
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;

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
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && !scan.isTaken(start - 1) && isLocal(scan.charAt(start - 1))) {
            start--;
        }
        while (start < at && scan.charAt(start) == '.') {
            start++; // a sentence's full stop, not part of the address
        }
        if (start == at) {
            return -1;
        }
        int end = domainEnd(scan, at + 1);
        if (end < 0) {
            return -1;
        }
        scan.take(start, end);
        return end;
    }

    /** The end of the longest valid domain starting at {@code from}, or -1. */
    private static int domainEnd(RedactionScan scan, int from) {
        int limit = Math.min(scan.length(), from + MAX_DOMAIN);
        int end = -1;
        int labels = 0;
        int i = from;
        while (i < limit) {
            int labelStart = i;
            while (i < limit && isDomain(scan.charAt(i))) {
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
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(scan.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
