package io.cxsite.feedback;

import java.util.HashMap;
import java.util.Map;

/**
 * The checks of an aggregated export that look across its rows: no key twice; for each day, channel,
 * segment, language and score, no topic with more answers than all answers (an answer about a topic
 * is one of all answers); and a total that a long holds, as every sum of counts is checked.
 */
final class AggregateCheck {
    /** Where an error goes: line, column, message. */
    interface Errors {
        void error(long line, int column, String message);
    }

    private record Key(Cell cell, int score) {
    }

    private final Errors errors;
    private final Map<Key, long[]> seen = new HashMap<>();
    private long total;

    AggregateCheck(Errors errors) {
        this.errors = errors;
    }

    /** A valid row: checked against the rows before it. */
    void add(long line, Cell cell, int score, long count) {
        long[] first = seen.putIfAbsent(new Key(cell, score), new long[] {line, count});
        if (first != null) {
            errors.error(line, 1, "the same day, channel, segment, language, topic and score as line " + first[0]
                    + "; a key comes once per file (the query's GROUP BY makes it so): remove one, or add them up");
            return;
        }
        if (cell.allAnswers()) {
            try {
                total = Math.addExact(total, count);
            } catch (ArithmeticException e) {
                errors.error(line, 7, "the counts of this file add up to more answers than " + Long.MAX_VALUE
                        + "; split the file or check the count");
            }
        }
    }

    /** Checks every topic row against the row of all answers with the same key. */
    void finish() {
        // in line order, so that the errors listed are the same every run
        seen.entrySet().stream().filter(e -> !e.getKey().cell().allAnswers())
                .sorted(java.util.Comparator.comparingLong(e -> e.getValue()[0])).forEach(e -> {
            Key key = e.getKey();
            long[] lineAndCount = e.getValue();
            long[] all = seen.get(new Key(key.cell().about(Cell.ALL), key.score()));
            long allCount = all == null ? 0 : all[1];
            if (lineAndCount[1] > allCount) {
                errors.error(lineAndCount[0], 7, lineAndCount[1] + " answers about topic '" + key.cell().topic()
                        + "' but " + allCount + " answers in all with this day, channel, segment, language and score"
                        + (all == null ? " (no row with an empty topic)" : " (line " + all[0] + ")")
                        + "; a row with a topic counts some of the answers that the row with an empty topic counts");
            }
        });
    }
}
