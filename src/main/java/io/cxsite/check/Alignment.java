package io.cxsite.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the marks of a rendered page with the marks of its Markdown by key, keeping both orders.
 * The body is one run of the page: the theme's marks come before and after it (free), and inside
 * it only report blocks and flows add marks of their own. So the pairing sought has the most
 * pairs, and among those the fewest breaks between paired rendered marks; a break costs less
 * than any pair is worth. A semi-global alignment with a penalty per gap, in {@code m x n} steps.
 */
final class Alignment {
    /** Past this many cells a page (thousands of links in its body) is paired greedily in order. */
    static final long MAX_CELLS = 1L << 22;
    private static final int NONE = Integer.MIN_VALUE / 2;
    // Back-pointers of the two states
    private static final byte FROM_START = 0;
    private static final byte FROM_RUN = 1;
    private static final byte FROM_GAP = 2;
    private static final byte SKIP_SOURCE = 3;

    private Alignment() {
    }

    /** For each rendered mark, the index of the source mark it was made from, or -1. */
    static int[] align(List<String> rendered, List<String> source) {
        int m = rendered.size();
        int n = source.size();
        if ((long) (m + 1) * (n + 1) > MAX_CELLS) {
            return greedy(rendered, source);
        }
        byte[][] runFrom = new byte[m + 1][n + 1];
        byte[][] gapFrom = new byte[m + 1][n + 1];
        int[] runToEnd = fill(rendered, source, runFrom, gapFrom);
        int end = 0;
        for (int i = 1; i <= m; i++) {
            if (runToEnd[i] > runToEnd[end]) {
                end = i;
            }
        }
        int[] paired = new int[m];
        Arrays.fill(paired, -1);
        if (end > 0 && runToEnd[end] > 0) {
            trace(end, n, runFrom, gapFrom, paired);
        }
        return paired;
    }

    /**
     * The two states of the alignment, row by row: {@code run} ends in a pair (or a skipped source
     * mark after one), {@code gap} in rendered marks of no pair after the first pair. Fills the
     * back-pointers and returns, for each rendered mark, the best run that has used every source mark.
     */
    private static int[] fill(List<String> rendered, List<String> source, byte[][] runFrom, byte[][] gapFrom) {
        int m = rendered.size();
        int n = source.size();
        int pair = m + 1; // worth more than every gap penalty together
        int[] run = new int[n + 1];
        int[] gap = new int[n + 1];
        Arrays.fill(run, NONE);
        Arrays.fill(gap, NONE);
        int[] runToEnd = new int[m + 1]; // the best run that has used every source mark, ending at rendered i
        runToEnd[0] = NONE;
        for (int i = 1; i <= m; i++) {
            int[] lastRun = run;
            int[] lastGap = gap;
            run = new int[n + 1];
            gap = new int[n + 1];
            run[0] = NONE;
            gap[0] = NONE;
            for (int j = 1; j <= n; j++) {
                run[j] = NONE;
                if (rendered.get(i - 1).equals(source.get(j - 1))) {
                    int best = Math.max(0, Math.max(lastRun[j - 1], lastGap[j - 1]));
                    run[j] = best + pair;
                    runFrom[i][j] = best == 0 ? FROM_START : best == lastRun[j - 1] ? FROM_RUN : FROM_GAP;
                }
                if (run[j - 1] > run[j]) {
                    run[j] = run[j - 1];
                    runFrom[i][j] = SKIP_SOURCE;
                }
                gap[j] = lastRun[j] - 1;
                gapFrom[i][j] = FROM_RUN;
                if (lastGap[j] > gap[j]) {
                    gap[j] = lastGap[j];
                    gapFrom[i][j] = FROM_GAP;
                }
                if (gap[j - 1] > gap[j]) {
                    gap[j] = gap[j - 1];
                    gapFrom[i][j] = SKIP_SOURCE;
                }
            }
            runToEnd[i] = run[n];
        }
        return runToEnd;
    }

    /** Follows the back-pointers from the end of the best run to its first pair. */
    private static void trace(int i, int j, byte[][] runFrom, byte[][] gapFrom, int[] paired) {
        boolean inRun = true;
        while (i > 0 && j > 0) {
            if (inRun) {
                byte from = runFrom[i][j];
                if (from == SKIP_SOURCE) {
                    j--;
                    continue;
                }
                paired[i - 1] = j - 1;
                i--;
                j--;
                if (from == FROM_START) {
                    return;
                }
                inRun = from == FROM_RUN;
            } else {
                byte from = gapFrom[i][j];
                if (from == SKIP_SOURCE) {
                    j--;
                } else {
                    i--;
                    inRun = from == FROM_RUN;
                }
            }
        }
    }

    /** Each source mark in order to the next rendered mark with its key. */
    static int[] greedy(List<String> rendered, List<String> source) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            at.computeIfAbsent(rendered.get(i), k -> new ArrayList<>()).add(i);
        }
        int[] paired = new int[rendered.size()];
        Arrays.fill(paired, -1);
        int next = 0;
        for (int j = 0; j < source.size(); j++) {
            List<Integer> candidates = at.getOrDefault(source.get(j), List.of());
            int k = Collections.binarySearch(candidates, next);
            k = k < 0 ? -k - 1 : k;
            if (k < candidates.size()) {
                paired[candidates.get(k)] = j;
                next = candidates.get(k) + 1;
            }
        }
        return paired;
    }
}
