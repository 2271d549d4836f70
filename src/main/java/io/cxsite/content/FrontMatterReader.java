package io.cxsite.content;

import io.cxsite.config.Audience;
import io.cxsite.config.YamlField;
import io.cxsite.config.YamlMapping;
import io.cxsite.diagnostics.Problems;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Binds a page's front matter to {@link FrontMatter}, each wrong value a problem at its own line. */
final class FrontMatterReader {
    private final String path;
    private final YamlMapping yaml;
    private final Problems problems;

    private FrontMatterReader(String path, YamlMapping yaml, Problems problems) {
        this.path = path;
        this.yaml = yaml;
        this.problems = problems;
    }

    static FrontMatter read(String path, YamlMapping yaml, Problems problems) {
        return new FrontMatterReader(path, yaml, problems).read();
    }

    private FrontMatter read() {
        yaml.warnUnknownKeys(FrontMatter.KEYS, "front-matter");
        String title = yaml.string("title").orElse("").strip();
        int titleLine = yaml.field("title").map(f -> f.line()).orElse(1);
        checkTitle(title, titleLine);
        Optional<Audience> audience = audience();
        Optional<String> slug = slug();
        List<String> aliases = aliases();
        YamlField.At slugAt = yaml.field("slug").map(f -> new YamlField.At(f.valueLine(), f.valueColumn()))
                .orElse(new YamlField.At(titleLine, 1));
        List<YamlField.At> aliasesAt = yaml.field("aliases")
                .map(f -> IntStream.range(0, aliases.size()).mapToObj(f::itemAt).toList())
                .orElse(List.of());
        return new FrontMatter(
                title,
                yaml.string("description").orElse("").strip(),
                yaml.date("date"),
                yaml.bool("draft").orElse(false),
                yaml.integer("weight").orElse(0),
                yaml.stringList("tags").orElse(List.of()),
                yaml.stringList("topics").orElse(List.of()),
                audience,
                slug,
                aliases,
                yaml.string("lang"),
                yaml.string("translationKey"),
                titleLine, slugAt, aliasesAt);
    }

    /** A missing or blank title is an error; a title of the wrong type was reported by the mapping. */
    private void checkTitle(String title, int titleLine) {
        if (title.isEmpty() && yaml.valid() && yaml.field("title").map(f -> f.value().isNull()
                || f.value().isTextual() && f.value().asText().isBlank()).orElse(true)) {
            problems.error(path, titleLine, 1, "missing 'title:' in front matter; every page needs a title");
        }
    }

    private Optional<Audience> audience() {
        return yaml.field("audience").flatMap(f -> yaml.string("audience")
                .flatMap(a -> Audience.tryParse(a).or(() -> yaml.typeError(f, "'public' or 'internal'"))));
    }

    private Optional<String> slug() {
        return yaml.field("slug").flatMap(f -> yaml.string("slug").flatMap(s -> {
            if (s.isBlank() || s.contains("/") || s.contains("\\") || s.equals(".") || s.equals("..")) {
                return yaml.typeError(f, "one URL segment without '/' such as 'reset-password'");
            }
            return Optional.of(s);
        }));
    }

    /** Site paths starting with '/'; the whole list is dropped at its first wrong item. */
    private List<String> aliases() {
        return yaml.field("aliases").flatMap(f -> yaml.stringList("aliases").flatMap(list -> {
            for (int i = 0; i < list.size(); i++) {
                String alias = list.get(i);
                if (!alias.startsWith("/") || alias.contains("..") || alias.contains("?") || alias.contains("#")) {
                    YamlField.At at = f.itemAt(i);
                    problems.error(path, at.line(), at.column(), "'aliases' must be a list of site paths starting"
                            + " with '/' such as [/old/nps/], found '" + alias + "'");
                    return Optional.<List<String>>empty();
                }
            }
            return Optional.of(list);
        })).orElse(List.of());
    }
}
