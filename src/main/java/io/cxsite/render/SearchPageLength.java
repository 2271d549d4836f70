package io.cxsite.render;

/**
 * A page's length for BM25, in buckets the manifest can hold in one character: bucket
 * {@code floor(2 * log2(words + 1))}, at most {@link #BUCKETS} - 1, so each bucket spans a factor
 * of about 1.4. The manifest carries each bucket's BM25 length norm, computed here once.
 */
final class SearchPageLength {
    static final int BUCKETS = 32;

    private SearchPageLength() {
    }

    static int bucket(int words) {
        int bucket = (int) Math.floor(2 * Math.log(words + 1.0) / Math.log(2));
        return Math.min(BUCKETS - 1, bucket);
    }

    /** Per bucket, {@code K1 * (1 - B + B * length / average length)}, to four decimals. */
    static double[] norms(SearchIndex index) {
        int pages = index.entries().size();
        double total = 0;
        for (int p = 0; p < pages; p++) {
            total += index.length(p);
        }
        double average = Math.max(1, pages == 0 ? 1 : total / pages);
        double[] norms = new double[BUCKETS];
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            double length = Math.pow(2, bucket / 2.0) - 1;
            double norm = SearchIndex.K1 * (1 - SearchIndex.B + SearchIndex.B * length / average);
            norms[bucket] = Math.round(norm * 10_000) / 10_000.0;
        }
        return norms;
    }
}
