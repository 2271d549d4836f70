package io.cxsite.render;

import java.util.Arrays;

/** Ascending page numbers per field for one search term, growing as pages are added in order. */
final class SearchPageLists {
    private final int[][] lists = new int[SearchPostings.FIELDS][4];
    private final int[] sizes = new int[SearchPostings.FIELDS];

    void add(int field, int page) {
        if (sizes[field] == lists[field].length) {
            lists[field] = Arrays.copyOf(lists[field], sizes[field] * 2);
        }
        lists[field][sizes[field]++] = page;
    }

    int[][] toArrays() {
        int[][] arrays = new int[SearchPostings.FIELDS][];
        for (int field = 0; field < arrays.length; field++) {
            arrays[field] = Arrays.copyOf(lists[field], sizes[field]);
        }
        return arrays;
    }
}
