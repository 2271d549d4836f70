package io.cxsite.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cxsite.config.InputFiles;
import io.cxsite.config.ParserMessage;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The theme's words in each language, for templates as {@code t.key}: the built-in English first,
 * then the built-in file of the language, then the site's own theme's, then the site's
 * {@code i18n/<lang>.yaml}; each later file replaces the keys it has.
 */
final class Strings {
    static final String FOLDER = "i18n";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path siteDir;
    private final String themeName;
    private final Problems problems;
    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    Strings(Path siteDir, String themeName, Problems problems) {
        this.siteDir = siteDir;
        this.themeName = themeName;
        this.problems = problems;
    }

    /** The words for {@code language} (a primary language tag such as sv). */
    synchronized Map<String, String> of(String language) {
        return byLanguage.computeIfAbsent(language, this::load);
    }

    private Map<String, String> load(String language) {
        Map<String, String> words = new TreeMap<>();
        for (String lang : language.equals("en") ? new String[] {"en"} : new String[] {"en", language}) {
            builtIn(lang, words);
            file(siteDir.resolve("themes").resolve(themeName).resolve(FOLDER).resolve(lang + ".yaml"), words);
        }
        file(siteDir.resolve(FOLDER).resolve(language + ".yaml"), words);
        return Map.copyOf(words);
    }

    private void builtIn(String lang, Map<String, String> words) {
        String resource = Theme.BUILT_IN + themeName + "/" + FOLDER + "/" + lang + ".yaml";
        try (InputStream in = Strings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                put(YAML.readTree(in), resource, words);
            }
        } catch (IOException e) {
            problems.error(resource, 1, 1, "cannot read the theme's words: " + e.getMessage());
        }
    }

    private void file(Path file, Map<String, String> words) {
        try {
            if (!InputFiles.inside(siteDir, file, problems) || !Files.isRegularFile(file)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String label = siteDir.relativize(file).toString().replace('\\', '/');
        try {
            put(YAML.readTree(file.toFile()), label, words);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            problems.error(label, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "invalid YAML: " + ParserMessage.of(e) + "; the file holds 'key: text' lines");
        } catch (IOException e) {
            problems.error(label, 1, 1, "cannot read the file; check that it is a readable text file");
        }
    }

    private void put(JsonNode root, String label, Map<String, String> words) {
        if (root == null || !root.isObject()) {
            problems.error(label, 1, 1, "expected 'key: text' lines, such as 'stillNeedHelp: Still need help?'");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            words.put(e.getKey(), e.getValue().asText());
        }
    }
}
