package io.cxsite.feedback;

import java.time.DateTimeException;
import java.time.ZoneOffset;

/** Reads the offset written after a time: {@code Z}, {@code UTC}, {@code GMT}, {@code +02:00}, {@code +0200}, {@code -07}. */
final class ZoneText {
    private ZoneText() {
    }

    /** The offset the text names, or null when it names none. */
    static ZoneOffset offset(String text) {
        String rest = text;
        if (rest.equals("Z") || rest.equalsIgnoreCase("UTC") || rest.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        if (rest.startsWith("UTC") || rest.startsWith("GMT")) {
            rest = rest.substring(3);
        }
        if (rest.length() < 3 || (rest.charAt(0) != '+' && rest.charAt(0) != '-')) {
            return null;
        }
        String digits = rest.substring(1).replace(":", "");
        if (!(digits.length() == 2 || digits.length() == 4) || DateText.digits(digits, 0, digits.length()) < 0) {
            return null;
        }
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() == 4 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = rest.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
