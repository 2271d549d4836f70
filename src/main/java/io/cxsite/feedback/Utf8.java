package io.cxsite.feedback;

/**
 * One character of UTF-8 at a time, for readers that walk an export's bytes: how long a sequence
 * is when it is one that Java's UTF-8 decoder accepts (no overlong forms, no surrogates, nothing
 * past U+10FFFF), and the char of a sequence of two or three bytes.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The length (2-4) of the valid sequence that starts with the non-ASCII byte at {@code i}; -1 for none. */
    static int length(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > to) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = i + 2; k < i + length; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /** The char of the valid two- or three-byte sequence at {@code i}. */
    static char decode(byte[] b, int i, int length) {
        if (length == 2) {
            return (char) ((b[i] & 0x1F) << 6 | b[i + 1] & 0x3F);
        }
        return (char) ((b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
    }
}
