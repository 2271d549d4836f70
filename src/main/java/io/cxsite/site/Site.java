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
 */
public record Site(
        SiteConfig config,
        Map<String, Section> sections,
        List<Page> pages,
        List<Tag> tags,
        List<Alias> aliases,
        List<Asset> assets,
        Metrics metrics) {

    public Section home() {
        return sections.get("");
    }

    public Optional<Section> section(String url) {
        return Optional.ofNullable(sections.get(url));
    }

    /** The top-level sections in menu order. */
    public List<Section> topSections() {
        return home().subsections().stream().map(sections::get).toList();
    }
}
