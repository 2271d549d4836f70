package io.cxsite.feedback;

import java.io.BufferedReader;
import java.io.IOException;

/** Guesses the delimiter of a CSV export from its header line, the way a spreadsheet would. */
final class CsvDelimiter {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int LOOK_AHEAD = 1 << 16;

    private CsvDelimiter() {
    }

    /**
     * The most frequent of comma, semicolon, tab and pipe outside quotes on the first line not blank;
     * else comma. Leaves the reader where it was.
     */
    static char sniff(BufferedReader in) {
        try {
            in.mark(LOOK_AHEAD);
            char[] buffer = new char[LOOK_AHEAD];
            int n = in.read(buffer);
            in.reset();
            return mostFrequent(counts(buffer, n));
        } catch (IOException e) {
            return ',';
        }
    }

    /** How often each candidate stands outside quotes on the first line that is not blank. */
    private static int[] counts(char[] buffer, int n) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < n; i++) {
            char c = buffer[i];
            if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
                continue; // blank lines above the header say nothing
            }
            seen |= c == '\t' || !Character.isWhitespace(c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        return counts;
    }

    /** The candidate counted most; the earlier one on a tie. */
    private static char mostFrequent(int[] counts) {
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
