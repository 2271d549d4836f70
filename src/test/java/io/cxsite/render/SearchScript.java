package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code themes/default/static/js/search.js} under Node.js, when it is installed (the
 * browser tests run it in Chromium), so that tests can compare it with the Java side: the stems
 * and stop words of word lists under the rules {@link SearchLanguage} writes, and the hits of
 * queries on built index folders. The script fetches shards from disk as it would over HTTP.
 */
final class SearchScript {
    static final Path SCRIPT = io.cxsite.build.TestSite.REPO.resolve("themes/default/static/js/search.js");

    private static final String HARNESS = """
            const fs = require('fs');
            global.window = global;
            global.document = { readyState: 'complete', querySelector: () => null };
            global.fetch = (url) => Promise.resolve({ ok: true,
              json: () => Promise.resolve(JSON.parse(fs.readFileSync(url, 'utf8'))) });
            eval(fs.readFileSync(process.argv[2], 'utf8'));
            const job = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
            (async () => {
              const out = { words: {}, queries: {} };
              for (const [lang, rules] of Object.entries(job.rules)) {
                const language = new window.cxsiteSearch.Language(rules);
                out.words[lang] = job.words[lang].map(t => window.cxsiteSearch.words(t)
                    .map(w => [w, language.stem(w), language.isStop(w)]));
              }
              for (const [folder, queries] of Object.entries(job.queries)) {
                const index = await window.cxsiteSearch.load(folder);
                out.queries[folder] = [];
                for (const [q, scope] of queries) {
                  const all = await index.answer(q, 0, scope), top = await index.answer(q, 2, scope);
                  out.queries[folder].push({ all: all.hits.map(h => [h.page, h.matched, h.score]),
                    top: top.hits.map(h => [h.page, h.matched, h.score]), total: top.total,
                    suggestion: all.suggestion });
                }
              }
              process.stdout.write(JSON.stringify(out));
            })();
            """;

    private SearchScript() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * {@code words}: per language, texts to split, stem and test for stop words; {@code queries}:
     * per index folder (ending in /), [query, scope] pairs.
     */
    static JsonNode run(Path dir, Map<String, List<String>> words, Map<String, List<List<String>>> queries)
            throws IOException, InterruptedException {
        Path harness = dir.resolve("harness.js");
        Files.writeString(harness, HARNESS);
        Map<String, Object> rules = new java.util.TreeMap<>();
        words.keySet().forEach(lang -> rules.put(lang, SearchLanguage.of(lang).asData()));
        ObjectMapper json = new ObjectMapper();
        Path job = dir.resolve("job.json");
        json.writeValue(job.toFile(), Map.of("rules", rules, "words", words, "queries", queries));
        Process node = new ProcessBuilder("node", harness.toString(), SCRIPT.toString(), job.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode out = json.readTree(node.getInputStream());
        if (node.waitFor() != 0) {
            throw new IllegalStateException("node exit code " + node.exitValue());
        }
        return out;
    }
}
