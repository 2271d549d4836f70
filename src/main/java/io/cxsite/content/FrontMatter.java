package io.cxsite.content;

import io.cxsite.config.Audience;
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
        int line) {

    /** Every key DESIGN.md allows, for the unknown-key warning and its "did you mean". */
    public static final List<String> KEYS = List.of("title", "description", "date", "draft", "weight", "tags",
            "topics", "audience", "slug", "aliases", "lang", "translationKey");
}
