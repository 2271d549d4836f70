package io.cxsite.feedback;

import java.util.Arrays;

/**
 * One comment on its way through the Redactor: the normalised text the finders read, which of its
 * characters an earlier, more specific finder has already taken, and the spans to replace. Belongs
 * to one call; never shared.
 */
final class RedactionScan {
    /** The normalised text ({@link NormalisedText#text}); spans are positions in it. */
    final String text;
    private final NormalisedText source;
    private final boolean[] taken;
    private long[] spans = new long[4];
    private int spanCount;
    /** Spans in the original comment that another reading found ({@link #alsoReplace}). */
    private long[] extra = new long[0];

    RedactionScan(NormalisedText source) {
        this.source = source;
        this.text = source.text;
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

    /**
     * Also replaces what {@code other} took: a scan of another reading of the same comment, whose
     * original has the same length and positions (a mark on a digit read as a space).
     */
    void alsoReplace(RedactionScan other) {
        for (int i = 0; i < other.spanCount; i++) {
            int start = other.source.originalStart((int) (other.spans[i] >>> 32));
            int end = other.source.originalEnd((int) other.spans[i] - 1);
            extra = Arrays.copyOf(extra, extra.length + 1);
            extra[extra.length - 1] = ((long) start << 32) | end;
        }
    }

    /**
     * The original comment with the characters behind every taken span replaced by
     * {@link Redactor#MARK}, the rest exactly as the customer wrote it.
     */
    String result() {
        String original = source.original;
        if (spanCount == 0 && extra.length == 0) {
            return original;
        }
        long[] all = Arrays.copyOf(extra, extra.length + spanCount);
        for (int i = 0; i < spanCount; i++) {
            int start = source.originalStart((int) (spans[i] >>> 32));
            int end = source.originalEnd((int) spans[i] - 1);
            all[extra.length + i] = ((long) start << 32) | end;
        }
        // start in the high half: sorting the longs sorts by start
        Arrays.sort(all);
        StringBuilder out = new StringBuilder(original.length());
        int copied = 0;
        for (long span : all) {
            int start = (int) (span >>> 32);
            int end = (int) span;
            if (end <= copied) {
                continue; // inside the previous span
            }
            if (start >= copied) {
                out.append(original, copied, start).append(Redactor.MARK);
            } // else it overlaps the previous span (two halves of one "⑫"): one MARK covers both
            copied = end;
        }
        return out.append(original, copied, original.length()).toString();
    }
}
