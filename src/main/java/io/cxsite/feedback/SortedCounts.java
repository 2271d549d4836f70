package io.cxsite.feedback;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts of every cell, in {@link Cell} order, as two arrays made in that order rather than
 * sorted as objects: a large export has some 160,000 cells, and comparing their Strings and dates
 * took longer than counting them. Each cell of all answers is followed by its topics' cells, in
 * topic id order. Read-only, so that {@link FeedbackData} keeps it as it is; a cell is looked up by
 * binary search, and a sub-map is a {@link TreeMap} copy (made in one linear pass).
 */
final class SortedCounts extends AbstractMap<Cell, Counts> implements SortedMap<Cell, Counts> {
    private final Cell[] cells;
    private final Counts[] counts;

    private SortedCounts(Cell[] cells, Counts[] counts) {
        this.cells = cells;
        this.counts = counts;
    }

    /** The counts of a table of cells of all answers, with their topics' ({@code topicIds} by index). */
    static SortedCounts of(IdTallies table, String[] topicIds) {
        Integer[] byId = new Integer[topicIds.length];
        for (int t = 0; t < byId.length; t++) {
            byId[t] = t;
        }
        java.util.Arrays.sort(byId, Comparator.comparing(t -> topicIds[t]));
        long[] keys = table.sortedKeys();
        int size = 0;
        Tally[] tallies = new Tally[keys.length];
        for (int i = 0; i < keys.length; i++) {
            tallies[i] = table.get(keys[i]);
            size += 1 + tallies[i].topics();
        }
        Cell[] cells = new Cell[size];
        Counts[] counts = new Counts[size];
        int n = 0;
        LocalDate day = null;
        for (int i = 0; i < keys.length; i++) {
            long epochDay = IdTallies.day(keys[i]);
            if (day == null || day.toEpochDay() != epochDay) {
                day = LocalDate.ofEpochDay(epochDay);
            }
            Cell all = table.cell(keys[i], day);
            cells[n] = all;
            counts[n++] = tallies[i].freeze();
            for (int t : byId) {
                Tally about = tallies[i].topic(t);
                if (about != null) {
                    cells[n] = all.about(topicIds[t]);
                    counts[n++] = about.freeze();
                }
            }
        }
        return new SortedCounts(cells, counts);
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public Counts get(Object key) {
        int at = key instanceof Cell cell ? java.util.Arrays.binarySearch(cells, cell) : -1;
        return at >= 0 ? counts[at] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super Cell, ? super Counts> action) {
        for (int i = 0; i < cells.length; i++) {
            action.accept(cells[i], counts[i]);
        }
    }

    @Override
    public Set<Entry<Cell, Counts>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Cell, Counts>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < cells.length;
                    }

                    @Override
                    public Entry<Cell, Counts> next() {
                        if (next == cells.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<Cell, Counts> entry = new SimpleImmutableEntry<>(cells[next], counts[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return cells.length;
            }
        };
    }

    @Override
    public Comparator<? super Cell> comparator() {
        return null;
    }

    @Override
    public Cell firstKey() {
        if (cells.length == 0) {
            throw new NoSuchElementException();
        }
        return cells[0];
    }

    @Override
    public Cell lastKey() {
        if (cells.length == 0) {
            throw new NoSuchElementException();
        }
        return cells[cells.length - 1];
    }

    @Override
    public SortedMap<Cell, Counts> subMap(Cell fromKey, Cell toKey) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>((Map<Cell, Counts>) this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<Cell, Counts> headMap(Cell toKey) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>((Map<Cell, Counts>) this).headMap(toKey));
    }

    @Override
    public SortedMap<Cell, Counts> tailMap(Cell fromKey) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>((Map<Cell, Counts>) this).tailMap(fromKey));
    }
}
