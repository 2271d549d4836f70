package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite: customers' queries on the sample help centre, each with the article that
 * answers it, in {@code src/test/resources/io/cxsite/search/relevance-<lang>.tsv}, one per line:
 * {@code kind<TAB>query<TAB>expected page path} (kinds: keyword, question, inflection, compound,
 * typo; lines starting with # and blank lines are skipped). The sample site is built for the
 * public, and each query runs through the Java mirror of search.js (held to the script by
 * SearchIndexTest) in the help centre's scope. Prints success@1 and success@3 per language and
 * kind; fails when a language finds the expected article in the top 3 for fewer than 95 %.
 */
class SearchRelevanceTest {
    static final double TARGET = 0.95;
    private static final Path QUERIES = TestSite.REPO.resolve("src/test/resources/io/cxsite/search");
    private static final Set<String> KINDS = Set.of("keyword", "question", "inflection", "compound", "typo");

    @TempDir
    Path dir;

    /** One line of a query file. */
    record Case(String lang, String kind, String query, String expected, int line) {
    }

    /** Success counts of one row of the table. */
    static final class Tally {
        int queries;
        int at1;
        int at3;

        void add(int rank) {
            queries++;
            at1 += rank == 1 ? 1 : 0;
            at3 += rank >= 1 && rank <= 3 ? 1 : 0;
        }

        String row(String lang, String kind) {
            return String.format("| %-4s | %-10s | %3d | %5.1f %% | %5.1f %% |", lang, kind, queries,
                    100.0 * at1 / queries, 100.0 * at3 / queries);
        }
    }

    @Test
    void theHelpCentreAnswersCustomersQueries() throws IOException {
        Path output = dir.resolve("public");
        BuildResult result = SiteBuild.run(new BuildRequest(TestSite.REPO, Optional.of(output),
                Optional.of("https://example.test/"), Optional.of(AudienceScope.PUBLIC), false, false));
        assertTrue(!result.failed(), () -> result.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        Map<String, List<Case>> byLang = cases();
        assertTrue(byLang.containsKey("en") && byLang.containsKey("sv"), "query files for en and sv: " + byLang.keySet());
        Map<String, Tally> table = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<Case>> lang : byLang.entrySet()) {
            SearchQuery index = SearchQuery.read(output.resolve("search/" + lang.getKey() + "/"));
            List<String> urls = index.pages().stream().map(SearchQuery.Stored::url).toList();
            for (Case c : lang.getValue()) {
                assertTrue(urls.contains(c.expected()), "relevance-" + c.lang() + ".tsv:" + c.line()
                        + ": no page " + c.expected() + " in the " + c.lang() + " index");
                List<String> found = index.query(c.query(), "help").stream().limit(3)
                        .map(h -> urls.get(h.page())).toList();
                int rank = found.indexOf(c.expected()) + 1;
                table.computeIfAbsent(c.lang() + " " + c.kind(), k -> new Tally()).add(rank);
                table.computeIfAbsent(c.lang() + " ~all", k -> new Tally()).add(rank);
                if (rank != 1) {
                    misses.add(String.format("  %s %-10s %-40s rank %s, top: %s", c.lang(), c.kind(), "'" + c.query() + "'",
                            rank == 0 ? ">3" : rank, found));
                }
            }
        }
        System.out.println(report(table, misses));
        for (String lang : byLang.keySet()) {
            Tally all = table.get(lang + " ~all");
            assertTrue(all.at3 >= TARGET * all.queries, lang + ": success@3 " + all.at3 + " of " + all.queries
                    + ", under " + (int) (TARGET * 100) + " %\n" + report(table, misses));
        }
    }

    private static String report(Map<String, Tally> table, List<String> misses) {
        StringBuilder out = new StringBuilder("\nSearch relevance, help-centre scope (sample site)\n\n");
        out.append("| lang | kind       |   n | succ@1  | succ@3  |\n|------|------------|----:|--------:|--------:|\n");
        table.forEach((key, tally) -> {
            String[] parts = key.split(" ");
            out.append(tally.row(parts[0], parts[1].equals("~all") ? "**all**" : parts[1])).append('\n');
        });
        out.append("\nNot first:\n");
        misses.forEach(m -> out.append(m).append('\n'));
        return out.toString();
    }

    private static Map<String, List<Case>> cases() throws IOException {
        Map<String, List<Case>> byLang = new TreeMap<>();
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.matches("relevance-[a-z]{2,3}\\.tsv")) {
                    continue;
                }
                String lang = name.substring("relevance-".length(), name.length() - ".tsv".length());
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t", -1);
                    assertEquals(3, cols.length, name + ":" + (i + 1) + ": want kind<TAB>query<TAB>path, got '" + line + "'");
                    assertTrue(KINDS.contains(cols[0]), name + ":" + (i + 1) + ": unknown kind '" + cols[0] + "' (" + KINDS + ")");
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Case(lang, cols[0], cols[1], cols[2], i + 1));
                }
            }
        }
        return byLang;
    }
}
