package io.cxsite.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one language's {@link SearchIndex} as the files the browser fetches, all under
 * {@code search/<lang>/}, version {@link SearchIndex#VERSION}:
 * <pre>
 * index.json      the manifest, loaded first (a few kB):
 *   {"version":2, "lang":"sv", "weights":[5,3,2,1], "quality":[1,0.7,0.5], "k1":1.2,
 *    "norms":[…],            per length bucket: K1 * (1 - B + B * length / average length)
 *    "rules":{"stop":[…], "steps":[[[suffix, replacement], …], …], "compounds":true},
 *    "synonyms":[[stem, …], …],
 *    "sections":["Hjälp", …],
 *    "docs":"…",             per page one character of SearchPostings.FINAL: length bucket * 2 + 1 if customer help
 *    "shards":["ak", "_00e5", …],   the term shards there are, by name
 *    "keyShards":["ak", …],  the typo key shards there are, by name
 *    "pageShard":10}          pages per page shard
 * t/&lt;name&gt;.json    the terms beginning with the same two characters (the shard's key):
 *   {"terms":[…], "forms":[…], "postings":[…]}   sorted terms, "did you mean" forms, SearchPostings
 * k/&lt;name&gt;.json    typo keys beginning with the shard's key ({@link SearchTypoKeys}), loaded only
 *   for a word that matched nothing in its own shard: {"keys":[…], "terms":["term term", …]}
 * p/&lt;n&gt;.json       pages n * pageShard on: [[title, url, section number, text], …]
 * </pre>
 * A shard's name is its key with every character other than a-z and 0-9 written as {@code _}
 * and four hex digits; search.js names them the same way.
 */
final class SearchIndexFiles {
    static final int PAGE_SHARD = 10;
    static final String MANIFEST = "index.json";
    /** Stored page text: description and the start of the body, cut near this length for context snippets. */
    static final int TEXT = 480;

    private SearchIndexFiles() {
    }

    /**
     * Every file of the index, paths relative to the site root. {@code synonyms}: groups of words
     * a query treats as one ("funkar", "fungerar"), stored as stems.
     */
    static List<OutputFile> of(SearchIndex index, List<List<String>> synonyms) {
        String folder = SearchFiles.FOLDER + index.language().lang() + "/";
        Map<String, List<SearchIndex.Term>> shards = new TreeMap<>();
        for (SearchIndex.Term term : index.terms()) {
            shards.computeIfAbsent(shardName(shardKey(term.term())), k -> new ArrayList<>()).add(term);
        }
        Map<String, Map<String, String>> keyShards = new TreeMap<>();
        SearchTypoKeys.table(index.terms().stream().map(SearchIndex.Term::term).toList()).forEach((key, terms) ->
                keyShards.computeIfAbsent(shardName(shardKey(key)), k -> new TreeMap<>()).put(key, terms));
        List<OutputFile> files = new ArrayList<>();
        files.add(json(folder + MANIFEST, out -> manifest(out, index, synonyms, shards.keySet(), keyShards.keySet())));
        shards.forEach((name, terms) -> files.add(json(folder + "t/" + name + ".json", out -> termShard(out, terms))));
        keyShards.forEach((name, keys) -> files.add(json(folder + "k/" + name + ".json", out -> keyShard(out, keys))));
        int pages = index.entries().size();
        for (int from = 0; from < pages; from += PAGE_SHARD) {
            int first = from;
            files.add(json(folder + "p/" + from / PAGE_SHARD + ".json",
                    out -> pageShard(out, index, first, Math.min(pages, first + PAGE_SHARD))));
        }
        return files;
    }

    /** The first two characters of a term: the terms a word can match by prefix or typo share them. */
    static String shardKey(String term) {
        return term.substring(0, Math.min(2, term.length()));
    }

    static String shardName(String key) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                name.append(c);
            } else {
                name.append('_').append(String.format("%04x", (int) c));
            }
        }
        return name.toString();
    }

    private static void manifest(JsonGenerator json, SearchIndex index, List<List<String>> synonyms,
            Iterable<String> shards, Iterable<String> keyShards) throws IOException {
        json.writeStartObject();
        json.writeNumberField("version", SearchIndex.VERSION);
        json.writeStringField("lang", index.language().lang());
        json.writeFieldName("weights");
        json.writeArray(SearchIndex.WEIGHTS, 0, SearchIndex.WEIGHTS.length);
        json.writeFieldName("quality");
        json.writeArray(SearchIndex.QUALITY, 0, SearchIndex.QUALITY.length);
        json.writeNumberField("k1", SearchIndex.K1);
        json.writeFieldName("norms");
        double[] norms = SearchPageLength.norms(index);
        json.writeArray(norms, 0, norms.length);
        json.writeFieldName("rules");
        json.writeObject(new TreeMap<>(index.language().asData()));
        json.writeFieldName("synonyms");
        List<List<String>> stems = new ArrayList<>();
        for (List<String> group : synonyms) {
            stems.add(group.stream().map(w -> index.language().stem(SearchWords.fold(w))).distinct().toList());
        }
        json.writeObject(stems);
        json.writeFieldName("sections");
        json.writeObject(index.sections());
        StringBuilder docs = new StringBuilder(index.entries().size());
        for (int p = 0; p < index.entries().size(); p++) {
            int code = SearchPageLength.bucket(index.length(p)) * 2 + (index.entries().get(p).help() ? 1 : 0);
            docs.append(SearchPostings.FINAL.charAt(code));
        }
        json.writeStringField("docs", docs.toString());
        json.writeArrayFieldStart("shards");
        for (String shard : shards) {
            json.writeString(shard);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("keyShards");
        for (String shard : keyShards) {
            json.writeString(shard);
        }
        json.writeEndArray();
        json.writeNumberField("pageShard", PAGE_SHARD);
        json.writeNumberField("pages", index.entries().size());
        json.writeEndObject();
    }

    private static void termShard(JsonGenerator json, List<SearchIndex.Term> terms) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("terms");
        for (SearchIndex.Term term : terms) {
            json.writeString(term.term());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("forms");
        for (SearchIndex.Term term : terms) {
            json.writeString(term.form());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("postings");
        for (SearchIndex.Term term : terms) {
            json.writeString(term.postings());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void keyShard(JsonGenerator json, Map<String, String> keys) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("keys");
        for (String key : keys.keySet()) {
            json.writeString(key);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("terms");
        for (String terms : keys.values()) {
            json.writeString(terms);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void pageShard(JsonGenerator json, SearchIndex index, int from, int to) throws IOException {
        json.writeStartArray();
        for (int p = from; p < to; p++) {
            SearchIndex.Entry entry = index.entries().get(p);
            json.writeStartArray();
            json.writeString(SearchSnippet.nfc(entry.title()));
            json.writeString(entry.url());
            json.writeNumber(index.sectionOf(p));
            json.writeString(SearchSnippet.text(entry, TEXT));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    /** One factory for every file (thread-safe); its mapper writes the manifest's maps and lists. */
    private static final JsonFactory JSON = new JsonFactory(new com.fasterxml.jackson.databind.ObjectMapper());

    private static OutputFile json(String path, Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return new OutputFile(path, "application/json", bytes.toByteArray());
    }
}
