package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times building the browser's search index on its own, for bench/search-bench.sh: reads a built
 * site's {@code search-index.json} (every page's title, URL, section, tags and body), then indexes
 * and writes those pages as one language {@code RUNS} times, and prints the median. Not a test:
 * {@code java -cp target/cxsite.jar:target/test-classes io.cxsite.render.SearchIndexBench public/search-index.json}.
 */
public final class SearchIndexBench {
    private static final int RUNS = 5;

    private SearchIndexBench() {
    }

    public static void main(String[] args) throws IOException {
        List<SearchIndex.Entry> entries = new ArrayList<>();
        for (JsonNode page : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            List<String> tags = new ArrayList<>();
            page.path("tags").forEach(t -> tags.add(t.asText()));
            entries.add(new SearchIndex.Entry(page.path("title").asText(), page.path("url").asText(),
                    page.path("section").asText(), tags, "", List.of(), page.path("body").asText(), true));
        }
        long[] times = new long[RUNS];
        long bytes = 0;
        int files = 0;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            List<OutputFile> out = SearchIndexFiles.of(SearchIndex.of("en", entries), List.of());
            times[run] = System.nanoTime() - started;
            bytes = out.stream().mapToLong(f -> f.bytes().length).sum();
            files = out.size();
        }
        Arrays.sort(times);
        System.out.printf("index build: %d pages -> %d files, %.2f MB, median %d ms of %d runs (min %d, max %d)%n",
                entries.size(), files, bytes / 1e6, times[RUNS / 2] / 1_000_000, RUNS, times[0] / 1_000_000,
                times[RUNS - 1] / 1_000_000);
    }
}
