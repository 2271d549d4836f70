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

    /**
     * Adds the counts of a cell of all answers counted elsewhere (by {@link Cell}) to this table's;
     * false, having added nothing, when it cannot be keyed here (a code past {@link #MAX_CODES}, a
     * day outside the key's range, a cell of one topic).
     */
    boolean absorb(Cell cell, Tally tally) {
        long day = cell.day().toEpochDay() - FeedbackCollector.EARLIEST.toEpochDay() + 1;
        if (!cell.allAnswers() || day < 1 || day >= 1L << 24) {
            return false;
        }
        int channel = id(cell.channel());
        int segment = channel < 0 ? -1 : id(cell.segment());
        int language = segment < 0 ? -1 : id(cell.language());
        if (language < 0) {
            return false;
        }
        tally(cell.day().toEpochDay(), channel, segment, language).add(tally);
        return true;
    }

    /**
     * Adds another table's counts (with ids of its own) to this one's; a cell whose codes cannot
     * all have an id here goes to {@code elsewhere} instead.
     */
    void addAll(IdTallies other, BiConsumer<Cell, Tally> elsewhere) {
        int[] mapped = new int[other.codes.size()];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = id(other.codes.get(i));
        }
        long earliest = FeedbackCollector.EARLIEST.toEpochDay();
        int mask = (1 << 13) - 1;
        for (int i = 0; i < other.keys.length; i++) {
            long key = other.keys[i];
            if (key == 0) {
                continue;
            }
            long day = (key >>> 39) - 1 + earliest;
            int channel = mapped[(int) (key >>> 26) & mask];
            int segment = mapped[(int) (key >>> 13) & mask];
            int language = mapped[(int) key & mask];
            if (channel < 0 || segment < 0 || language < 0) {
                elsewhere.accept(other.cell(key), other.tallies[i]);
            } else {
                tally(day, channel, segment, language).add(other.tallies[i]);
            }
        }
    }

    /** How many cells have counts. */
    int size() {
        return size;
    }

    /**
     * The keys of every cell counted, in {@link Cell} order (day, then channel, segment and language
     * as Strings): each key's ids are swapped for the rank of their code, the longs sorted, and the
     * ranks swapped back.
     */
    long[] sortedKeys() {
        Integer[] byCode = new Integer[codes.size()];
        for (int i = 0; i < byCode.length; i++) {
            byCode[i] = i;
        }
        java.util.Arrays.sort(byCode, (a, b) -> codes.get(a).compareTo(codes.get(b)));
        int[] rank = new int[byCode.length];
        int[] idOfRank = new int[byCode.length];
        for (int r = 0; r < byCode.length; r++) {
            rank[byCode[r]] = r;
            idOfRank[r] = byCode[r];
        }
        long[] sorted = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != 0) {
                sorted[n++] = recode(key, rank);
            }
        }
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            sorted[i] = recode(sorted[i], idOfRank);
        }
        return sorted;
    }

    /** The key with its three code numbers mapped through {@code to}. */
    private static long recode(long key, int[] to) {
        int mask = (1 << 13) - 1;
        return key >>> 39 << 39 | (long) to[(int) (key >>> 26) & mask] << 26 | (long) to[(int) (key >>> 13) & mask] << 13
                | to[(int) key & mask];
    }

    /** The tally of a key that has one. */
    Tally get(long key) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return tallies[slot];
    }

    /** The epoch day of a key. */
    static long day(long key) {
        return (key >>> 39) - 1 + FeedbackCollector.EARLIEST.toEpochDay();
    }

    /** The cell of all answers of a key, its day given. */
    Cell cell(long key, LocalDate day) {
        int mask = (1 << 13) - 1;
        return Cell.of(day, codes.get((int) (key >>> 26) & mask), codes.get((int) (key >>> 13) & mask),
                codes.get((int) key & mask));
    }

    private Cell cell(long key) {
        return cell(key, LocalDate.ofEpochDay(day(key)));
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(cell(keys[i]), tallies[i]);
            }
        }
    }
}
