package io.cxsite.feedback;

import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and reports the rows that make no figure: bad rows one by one up to a few per file, and
 * rows the export marks as no customer's answer in one line per file.
 */
final class SkippedRows {
    /** Bad rows reported one by one per file before the rest are summed up. */
    static final int BAD_ROWS_SHOWN = 3;

    /** Where bad rows are reported; null in a part of a file, which holds them for {@link #merge}. */
    private final Problems problems;
    /** The bad rows a part would have reported, in the order read. */
    private final List<Bad> held = new ArrayList<>();

    private record Bad(String source, long line, String reason) {
    }
    private final Map<String, Integer> badBySource = new TreeMap<>();
    /** Rows the export marks as no customer's answer, per file and reason: how many, and the first line. */
    private final Map<String, Map<String, long[]>> leftOut = new TreeMap<>();
    private long badRows;

    SkippedRows(Problems problems) {
        this.problems = problems;
    }

    void badRow(String source, long line, String reason) {
        badRows++;
        int seen = badBySource.merge(source, 1, Integer::sum);
        if (seen <= BAD_ROWS_SHOWN && problems == null) {
            held.add(new Bad(source, line, reason));
        } else if (seen <= BAD_ROWS_SHOWN) {
            problems.warning(source, (int) Math.min(line, Integer.MAX_VALUE), 1, "row skipped: " + reason
                    + "; fix the row in the export, or build with --strict to stop on bad rows");
        }
    }

    void leftOut(String source, long line, String reason) {
        leftOut.computeIfAbsent(source, s -> new TreeMap<>()).computeIfAbsent(reason, r -> new long[] {0, line})[0]++;
    }

    /**
     * Moves the lines of the rows held on by {@code by}: a part read before the line it starts on was
     * known counts its lines from 1.
     */
    void shiftLines(long by) {
        held.replaceAll(bad -> new Bad(bad.source(), bad.line() + by, bad.reason()));
        leftOut.values().forEach(reasons -> reasons.values().forEach(seen -> seen[1] += by));
    }

    /** Adds a part's skipped rows as if they came after every row seen here: its held bad rows are reported in turn. */
    void merge(SkippedRows part) {
        for (Bad bad : part.held) {
            badRow(bad.source(), bad.line(), bad.reason());
        }
        part.badBySource.forEach((source, count) -> {
            long shown = part.held.stream().filter(bad -> bad.source().equals(source)).count();
            badBySource.merge(source, (int) (count - shown), Integer::sum);
        });
        badRows += part.badRows - part.held.size();
        part.leftOut.forEach((source, reasons) -> reasons.forEach((reason, seen) -> {
            long[] here = leftOut.computeIfAbsent(source, s -> new TreeMap<>()).computeIfAbsent(reason,
                    r -> new long[] {0, seen[1]});
            here[0] += seen[0];
        }));
    }

    long badRows() {
        return badRows;
    }

    /** Sums up the bad rows not listed one by one, and reports the rows left out of each file. */
    void reportBadRows() {
        badBySource.forEach((source, count) -> {
            if (count > BAD_ROWS_SHOWN) {
                problems.warning(source, 1, 1, (count - BAD_ROWS_SHOWN) + " more bad rows skipped (" + count
                        + " in all); the first " + BAD_ROWS_SHOWN + " are listed above");
            }
        });
    }

    /** Reports the rows left out of each file, and returns how many per file and reason. */
    Map<String, Map<String, Long>> reportLeftOut() {
        Map<String, Map<String, Long>> leftOutCounts = new TreeMap<>();
        leftOut.forEach((source, reasons) -> {
            reportLeftOut(source, reasons);
            Map<String, Long> counts = new TreeMap<>();
            reasons.forEach((reason, seen) -> counts.put(reason, seen[0]));
            leftOutCounts.put(source, Collections.unmodifiableMap(counts));
        });
        return Collections.unmodifiableMap(leftOutCounts);
    }

    /**
     * One line per file for the rows left out: an info line for previews, tests and spam (the export
     * says what they are), a warning for a status cxsite cannot read, so that nothing goes unmentioned.
     */
    private void reportLeftOut(String source, Map<String, long[]> reasons) {
        for (boolean known : new boolean[] {true, false}) {
            List<String> parts = new ArrayList<>();
            long rows = 0;
            long first = Long.MAX_VALUE;
            for (Map.Entry<String, long[]> e : reasons.entrySet()) {
                if (QualtricsStatus.isKnown(e.getKey()) == known) {
                    long n = e.getValue()[0];
                    parts.add(n + " " + kind(e.getKey(), n));
                    rows += n;
                    first = Math.min(first, e.getValue()[1]);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            int line = (int) Math.min(first, Integer.MAX_VALUE);
            String left = rows + (rows == 1 ? " row" : " rows") + " left out of every figure: " + String.join(", ", parts);
            if (known) {
                problems.info(source, line, 1, left + ", as the export's Status column marks them");
            } else {
                problems.warning(source, line, 1, left + "; cxsite tells answers (0, IP Address, Imported, Offline)"
                        + " from previews (1, Survey Preview), tests and spam, and nothing else: export the responses"
                        + " with choice text instead of numeric values, so that each row names its kind");
            }
        }
    }

    private static String kind(String reason, long n) {
        String plural = n == 1 ? "" : "s";
        return switch (reason) {
            case QualtricsStatus.PREVIEW -> "survey preview" + plural;
            case QualtricsStatus.TEST -> "survey test" + plural;
            case QualtricsStatus.SPAM -> "marked as spam";
            default -> "with " + reason;
        };
    }
}
