package io.cxsite.render;

import java.util.Arrays;

/** Ascending page numbers per field for one search term, each with its count, growing as pages are added in order. */
final class SearchPageLists {
    private final int[][] lists = new int[SearchPostings.FIELDS][4];
    private final int[] sizes = new int[SearchPostings.FIELDS];

    /** {@code count} times on page {@code page} in {@code field}: stored as page and count side by side. */
    void add(int field, int page, int count) {
        if (sizes[field] + 2 > lists[field].length) {
            lists[field] = Arrays.copyOf(lists[field], lists[field].length * 2);
        }
        lists[field][sizes[field]++] = page;
        lists[field][sizes[field]++] = count;
    }

    /** Per field: page, count, page, count, … */
    int[][] toArrays() {
        int[][] arrays = new int[SearchPostings.FIELDS][];
        for (int field = 0; field < arrays.length; field++) {
            arrays[field] = Arrays.copyOf(lists[field], sizes[field]);
        }
        return arrays;
    }
}
