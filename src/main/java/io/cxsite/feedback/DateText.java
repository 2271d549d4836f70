package io.cxsite.feedback;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A written date and time read from left to right, one part at a time: the calendar day, the time
 * of day and the offset. Each step moves past what it read and answers null when the text there is
 * not that part.
 */
final class DateText {
    private final String s;
    private final int n;
    private int i;

    DateText(String s) {
        this.s = s;
        this.n = s.length();
    }

    boolean atEnd() {
        return i == n;
    }

    /** Three numbers with one kind of separator, in the {@link DayOrder} the separator and lengths tell. */
    LocalDate day() {
        int a0 = i;
        int a = run();
        int aLen = i - a0;
        if (aLen == 0 || i >= n) {
            return null;
        }
        char sep = s.charAt(i);
        if (sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        i++;
        int b = number(2);
        if (b < 0 || i >= n || s.charAt(i) != sep) {
            return null;
        }
        i++;
        int c0 = i;
        int c = number(4);
        DayOrder order = c < 0 ? null : DayOrder.of(sep, aLen, i - c0);
        LocalDate date = order == null ? null : order.date(a, b, c, i - c0);
        if (date != null && sep == '.' && i < n && s.charAt(i) == '.') {
            i++; // "5.10.2026." is how some Norwegians write it
        }
        return date;
    }

    /** Skips the characters that may stand between a date and its time: spaces, a T or a comma. */
    void skipToTime() {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == 'T' || s.charAt(i) == ',')) {
            i++;
        }
    }

    /**
     * Hours and minutes, optionally seconds and a fraction of a second, optionally AM or PM:
     * {@code 14:02}, {@code 14.02}, {@code 07:56:22.517}, {@code 2:14 pm}.
     */
    LocalTime time() {
        int[] hms = new int[3];
        if (clock(hms) < 2) {
            return null;
        }
        skipFraction();
        skipSpaces();
        int hour = hms[0];
        if (i + 1 < n && isMeridiem()) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toUpperCase(s.charAt(i)) == 'P' ? 12 : 0);
            i += 2;
            skipSpaces();
        }
        if (hour > 23 || hms[1] > 59 || hms[2] > 59) {
            return null;
        }
        return LocalTime.of(hour, hms[1], hms[2]);
    }

    /** Reads up to three numbers of one or two digits joined by ':' (or '.' after the hour); the count read, 0 on a bad part. */
    private int clock(int[] hms) {
        int parts = 0;
        while (parts < 3) {
            int part = number(2);
            if (part < 0) {
                return 0;
            }
            hms[parts++] = part;
            if (i < n && (s.charAt(i) == ':' || (parts == 1 && s.charAt(i) == '.'))) {
                i++;
            } else {
                break;
            }
        }
        return parts;
    }

    private void skipFraction() {
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            run();
        }
    }

    private void skipSpaces() {
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
    }

    private boolean isMeridiem() {
        char c = Character.toUpperCase(s.charAt(i));
        return (c == 'A' || c == 'P') && Character.toUpperCase(s.charAt(i + 1)) == 'M'
                && (i + 2 == n || !Character.isLetter(s.charAt(i + 2)));
    }

    /** What is left: {@code Z}, {@code UTC}, {@code GMT}, {@code +02:00}, {@code +0200}, {@code -07}; null for anything else. */
    ZoneOffset offset() {
        if (i == n - 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        return ZoneText.offset(s.substring(i).strip());
    }

    /** The run of digits from here, of one to {@code max} digits; -1 when there are none or more. */
    private int number(int max) {
        int from = i;
        int value = run();
        return i - from == 0 || i - from > max ? -1 : value;
    }

    /** Moves past the digits from here and returns their number (as an int, which a long run overflows). */
    private int run() {
        int from = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        return (int) digits(s, from, i);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number in {@code s[from, to)}, or -1 when a character there is not a digit. */
    static long digits(String s, int from, int to) {
        long value = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
