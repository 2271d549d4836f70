package io.cxsite.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Running counts of answers read from bytes ({@link ByteRows}), keyed by ids instead of a
 * {@link Cell} per row: the epoch day and the ids of the channel, segment and language codes,
 * packed in a {@code long}, in an open-addressing table. The codes get their ids here, once each;
 * {@link #forEach} gives the counts back by cell.
 */
final class IdTallies {
    /** Codes (channels, segments and languages together) that can have an id: 13 bits each in a key. */
    static final int MAX_CODES = (1 << 13) - 1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private long[] keys = new long[1 << 12];
    private Tally[] tallies = new Tally[1 << 12];
    private int size;
    /** The last key asked for and its tally: neighbouring rows often share a cell. */
    private long lastKey;
    private Tally last;

    /** The id of a channel, segment or language code; -1 when {@link #MAX_CODES} codes have ids. */
    int id(String code) {
        Integer known = ids.get(code);
        if (known != null) {
            return known;
        }
        if (codes.size() == MAX_CODES) {
            return -1;
        }
        ids.put(code, codes.size());
        codes.add(code);
        return codes.size() - 1;
    }

    String code(int id) {
        return codes.get(id);
    }

    /** The tally of a cell, made when first asked for; {@code day} at or after {@link FeedbackCollector#EARLIEST}. */
    Tally tally(long day, int channel, int segment, int language) {
        long key = (day - FeedbackCollector.EARLIEST.toEpochDay() + 1) << 39 | (long) channel << 26
                | (long) segment << 13 | language;
        if (key == lastKey) {
            return last;
        }
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        Tally tally = tallies[slot];
        if (tally == null) {
            tally = new Tally();
            keys[slot] = key;
            tallies[slot] = tally;
            if (2 * ++size > keys.length) {
                grow();
            }
        }
        lastKey = key;
        last = tally;
        return tally;
    }

    private void grow() {
        long[] oldKeys = keys;
        Tally[] oldTallies = tallies;
        keys = new long[oldKeys.length * 2];
        tallies = new Tally[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = hash(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                tallies[slot] = oldTallies[i];
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** Forgets every count (the codes keep their ids). */
    void clear() {
        java.util.Arrays.fill(keys, 0);
        java.util.Arrays.fill(tallies, null);
        size = 0;
        lastKey = 0;
        last = null;
    }

    /** Every cell counted, with its tally. */
    void forEach(BiConsumer<Cell, Tally> action) {
        long earliest = FeedbackCollector.EARLIEST.toEpochDay();
        int mask = (1 << 13) - 1;
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            if (key != 0) {
                LocalDate day = LocalDate.ofEpochDay((key >>> 39) - 1 + earliest);
                action.accept(Cell.of(day, codes.get((int) (key >>> 26) & mask), codes.get((int) (key >>> 13) & mask),
                        codes.get((int) key & mask)), tallies[i]);
            }
        }
    }
}
