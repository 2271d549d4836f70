package io.cxsite.feedback;

import java.util.Arrays;

/**
 * The id of each channel, segment or language cell seen so far, found by the cell's bytes: an
 * export repeats a handful of them a million times, and each is turned into its code (and the
 * code into an id) once, on the String path. A small open-addressing table; it stops growing at
 * {@link #LIMIT} texts, after which a new text is looked up the slow way every time.
 */
final class ByteLabels {
    static final int LIMIT = 1000;
    static final int UNKNOWN = -1;

    private byte[][] keys = new byte[64][];
    private int[] ids = new int[64];
    private int size;

    /** The id stored for the bytes {@code b[from, to)}, or {@link #UNKNOWN}. */
    int id(byte[] b, int from, int to) {
        int mask = keys.length - 1;
        for (int slot = hash(b, from, to) & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return UNKNOWN;
            }
            if (same(key, b, from, to)) {
                return ids[slot];
            }
        }
    }

    /** Whether {@code key} holds the bytes {@code b[from, to)}: a plain loop, as labels are a few bytes long. */
    private static boolean same(byte[] key, byte[] b, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Remembers the id of the bytes {@code b[from, to)}, unless {@link #LIMIT} texts are known. */
    void put(byte[] b, int from, int to, int id) {
        if (size >= LIMIT) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(b, from, to), id);
        size++;
    }

    private void insert(byte[] key, int id) {
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }
}
