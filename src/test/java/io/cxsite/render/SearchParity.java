package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that search.js ranks as {@link SearchQuery#query} does: reads the browser's results that
 * bench/search-bench.sh collected (each query's hit count and top 20 page numbers with scores),
 * runs the same queries on the same index files in Java, and prints every difference. Not a test;
 * the benchmark runs it after {@code ./mvnw test-compile}:
 * {@code java -cp target/cxsite.jar:target/test-classes io.cxsite.render.SearchParity RESULTS.json public/search/en/}.
 * Exit code 0 when all agree, 1 otherwise.
 */
public final class SearchParity {
    private SearchParity() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SearchParity BROWSER_RESULTS.json public/search/<lang>/");
            System.exit(2);
        }
        JsonNode browser = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        SearchQuery index = SearchQuery.read(Path.of(args[1]));
        int checked = 0;
        List<String> differences = new ArrayList<>();
        for (JsonNode query : browser.path("queries")) {
            String text = query.path("query").asText();
            List<SearchQuery.Hit> hits = index.query(text);
            List<String> java = hits.stream().limit(20).map(h -> h.page() + ":" + h.matched() + ":" + h.score()).toList();
            List<String> js = new ArrayList<>();
            query.path("top").forEach(hit -> js.add(hit.get(0).asInt() + ":" + hit.get(1).asInt() + ":" + hit.get(2).asLong()));
            if (hits.size() != query.path("count").asInt() || !java.equals(js)) {
                differences.add("'" + text + "': browser " + query.path("count").asInt() + " hits " + js + ", Java "
                        + hits.size() + " hits " + java);
            }
            checked++;
        }
        differences.forEach(System.out::println);
        System.out.println(checked + " queries compared, " + differences.size() + " differ");
        System.exit(differences.isEmpty() && checked > 0 ? 0 : 1);
    }
}
