package io.cxsite.content;

import io.cxsite.config.Audience;
import io.cxsite.config.YamlField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The YAML block at the top of a Markdown file. Absent optional keys are empty, never null.
 *
 * @param weight   lower sorts first; {@code 0} means "not weighted" and sorts after every weighted page
 * @param audience empty when the page does not say, so it inherits its section's
 * @param translationKey pairs a page with its translations when their paths differ; by default the
 *                 path below the language folder does ({@code help/x.md} and {@code sv/help/x.md})
 * @param line     line of the {@code title:} key (or 1), where problems about the page as a whole point
 * @param slugAt   where the {@code slug:} value is written (the title's line when there is none)
 * @param aliasesAt where each {@code aliases:} entry is written, one per alias
 */
public record FrontMatter(
        String title,
        String description,
        Optional<LocalDate> date,
        boolean draft,
        int weight,
        List<String> tags,
        List<String> topics,
        Optional<Audience> audience,
        Optional<String> slug,
        List<String> aliases,
        Optional<String> lang,
        Optional<String> translationKey,
        int line,
        YamlField.At slugAt,
        List<YamlField.At> aliasesAt) {

    /** Front matter made by cxsite itself, whose slug and aliases (if any) point at {@code line}. */
    public FrontMatter(String title, String description, Optional<LocalDate> date, boolean draft, int weight,
            List<String> tags, List<String> topics, Optional<Audience> audience, Optional<String> slug,
            List<String> aliases, Optional<String> lang, Optional<String> translationKey, int line) {
        this(title, description, date, draft, weight, tags, topics, audience, slug, aliases, lang, translationKey,
                line, new YamlField.At(line, 1), aliases.stream().map(a -> new YamlField.At(line, 1)).toList());
    }

    /** Where alias {@code index} is written. */
    public YamlField.At aliasAt(int index) {
        return index < aliasesAt.size() ? aliasesAt.get(index) : new YamlField.At(line, 1);
    }

    /** Every key DESIGN.md allows, for the unknown-key warning and its "did you mean". */
    public static final List<String> KEYS = List.of("title", "description", "date", "draft", "weight", "tags",
            "topics", "audience", "slug", "aliases", "lang", "translationKey");
}
