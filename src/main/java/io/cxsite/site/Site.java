package io.cxsite.site;

import io.cxsite.config.SiteConfig;
import io.cxsite.content.Asset;
import io.cxsite.metrics.Metrics;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site, assembled: everything rendering needs and nothing it must not publish
 * (drafts and out-of-audience pages are already gone).
 *
 * @param sections every section by URL, sorted by URL; the home section has URL {@code ""}
 * @param pages    every regular page, sorted by URL
 * @param assets   the files under content/ this build publishes
 * @param internalFiles the files under content/ that only internal pages use, by path relative to
 *                 content/ (their output path), each with its first use: a public build leaves them
 *                 out, and the check makes sure of it
 * @param translations for each page or section URL that exists in several languages, its URL per language
 */
public record Site(
        SiteConfig config,
        Map<String, Section> sections,
        List<Page> pages,
        List<Tag> tags,
        List<Alias> aliases,
        List<Asset> assets,
        Map<String, FileUse> internalFiles,
        Metrics metrics,
        Map<String, Map<String, String>> translations) {

    public Section home() {
        return sections.get("");
    }

    public Optional<Section> section(String url) {
        return Optional.ofNullable(sections.get(url));
    }

    /** The home section of {@code language}: the site's home, or {@code <lang>/} for the others. */
    public Section home(String language) {
        return config.isSubLanguage(language) && sections.containsKey(language + "/") ? sections.get(language + "/")
                : home();
    }

    /**
     * Each language's home URL ({@code ""} for the site's language, {@code sv/} for another) with its
     * language, in the order of {@code languages:}; a language without a home of its own shares the site's.
     */
    public Map<String, String> languageHomes() {
        Map<String, String> homes = new java.util.LinkedHashMap<>();
        config.languages().forEach(lang -> homes.putIfAbsent(home(lang).url(), lang));
        return java.util.Collections.unmodifiableMap(homes);
    }

    /** The top-level sections of {@code language} in menu order. */
    public List<Section> topSections(String language) {
        return home(language).subsections().stream().map(sections::get).toList();
    }

    /** The versions of the page at {@code url} by language; empty when it has none. */
    public Map<String, String> translations(String url) {
        return translations.getOrDefault(url, Map.of());
    }
}
