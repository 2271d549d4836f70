package io.cxsite.feedback;

import java.util.Arrays;

/**
 * One comment on its way through the Redactor: the text, which characters an earlier, more specific
 * finder has already taken, and the spans to replace. Belongs to one call; never shared.
 */
final class RedactionScan {
    final String text;
    private final boolean[] taken;
    private long[] spans = new long[4];
    private int spanCount;

    RedactionScan(String text) {
        this.text = text;
        this.taken = new boolean[text.length()];
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    boolean isTaken(int index) {
        return taken[index];
    }

    /** Marks {@code [start, end)} as one identifier: later finders skip it, and it becomes one MARK. */
    void take(int start, int end) {
        Arrays.fill(taken, start, end, true);
        if (spanCount == spans.length) {
            spans = Arrays.copyOf(spans, spanCount * 2);
        }
        spans[spanCount++] = ((long) start << 32) | end;
    }

    /** The text with every taken span replaced by {@link Redactor#MARK}, the rest exactly as it was. */
    String result() {
        if (spanCount == 0) {
            return text;
        }
        // start in the high half: sorting the longs sorts by start
        Arrays.sort(spans, 0, spanCount);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < spanCount; i++) {
            int start = (int) (spans[i] >>> 32);
            int end = (int) spans[i];
            if (end <= copied) {
                continue; // inside the previous span (finders never produce this)
            }
            if (start >= copied) {
                out.append(text, copied, start).append(Redactor.MARK);
            } // else it overlaps the previous span: one MARK covers both
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
