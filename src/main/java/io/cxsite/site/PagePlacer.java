package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Gives every page its URL, audience and language, and decides whether this build publishes it. */
final class PagePlacer {
    private final SiteConfig config;
    private final FolderTree tree;
    private final boolean drafts;
    private final Problems problems;
    /** Why a source is not published in this build, by content path; filled here. */
    private final Map<String, String> leftOut;
    /** The placed pages by content path, their links not yet resolved; filled here. */
    private final Map<String, Page> published;
    /** Told each page's audience as soon as it is known, whether the page is published or not. */
    private final BiConsumer<PageSource, Audience> audienceKnown;

    PagePlacer(SiteConfig config, FolderTree tree, boolean drafts, Problems problems, Map<String, String> leftOut,
            Map<String, Page> published, BiConsumer<PageSource, Audience> audienceKnown) {
        this.config = config;
        this.tree = tree;
        this.drafts = drafts;
        this.problems = problems;
        this.leftOut = leftOut;
        this.published = published;
        this.audienceKnown = audienceKnown;
    }

    /**
     * Each section's URL to who claims it. A folder's URL is its section's, whether or not it has an
     * _index.md, so sections claim theirs before any page can.
     */
    Map<String, String> sectionUrls() {
        Map<String, String> claimedBy = new HashMap<>();
        for (String folder : tree.folders()) {
            String url = FolderTree.folderUrl(folder);
            claimedBy.put(url, tree.index(folder).map(PageSource::path).orElse("the section content/" + url));
        }
        return claimedBy;
    }

    /**
     * Gives every page its URL and audience and decides whether this build publishes it; returns the
     * regular pages (not section indexes) published, their links not yet resolved.
     */
    List<PageSource> place(List<PageSource> sources, Map<String, String> claimedBy) {
        List<PageSource> regular = new ArrayList<>();
        for (PageSource source : sources) {
            Audience audience = audienceOf(source);
            audienceKnown.accept(source, audience);
            String url = urlOf(source);
            if (!source.isSectionIndex() && !claim(source, url, claimedBy)) {
                continue;
            }
            if (source.meta().draft() && !drafts) {
                leftOut.put(source.contentPath(), "is a draft (build with --drafts to include it)");
            } else if (!config.audience().includes(audience)) {
                leftOut.put(source.contentPath(), "is internal and this is a public build");
            }
            if (leftOut.containsKey(source.contentPath()) && !source.isSectionIndex()) {
                continue;
            }
            String sectionUrl = source.isSectionIndex() && !config.isSubLanguage(source.folder())
                    ? FolderTree.parentUrl(url) : FolderTree.folderUrl(source.folder());
            published.put(source.contentPath(), new Page(source.path(), url, sectionUrl, source.meta(), audience,
                    languageOf(source), source.document(), source.anchors(), Map.of(), List.of()));
            if (!source.isSectionIndex()) {
                regular.add(source);
            }
        }
        return regular;
    }

    /** The page's own audience, else its section's; a public page inside an internal section is a problem. */
    private Audience audienceOf(PageSource source) {
        Audience sectionAudience = tree.audience(source.folder());
        Audience audience = source.meta().audience().orElse(sectionAudience);
        if (!source.isSectionIndex() && sectionAudience == Audience.INTERNAL && audience == Audience.PUBLIC) {
            problems.error(source.path(), source.meta().line(), 1, "page is marked public inside the internal"
                    + " section '" + source.folder() + "'; move it to a public section or drop 'audience: public'");
            return Audience.INTERNAL;
        }
        return audience;
    }

    /** Claims {@code url} for a regular page; false (and a problem at its slug) when another claimed it first. */
    private boolean claim(PageSource source, String url, Map<String, String> claimedBy) {
        String earlier = claimedBy.putIfAbsent(url, source.path());
        if (earlier == null) {
            return true;
        }
        boolean slug = source.meta().slug().isPresent();
        problems.error(source.path(), slug ? source.meta().slugAt().line() : 1,
                slug ? source.meta().slugAt().column() : 1, "URL /" + url + " is already used by " + earlier
                + (slug ? "; choose another 'slug:'" : "; rename the file or give it a 'slug:'"));
        return false;
    }

    /**
     * The language of a page: the folder's under {@code content/<lang>/} for the site's other
     * languages; else its own {@code lang:}, else the site's.
     */
    private String languageOf(PageSource source) {
        String top = source.contentPath().contains("/")
                ? source.contentPath().substring(0, source.contentPath().indexOf('/')) : "";
        if (config.isSubLanguage(top)) {
            source.meta().lang().filter(lang -> !lang.equals(top)).ifPresent(lang -> problems.error(source.path(),
                    source.meta().line(), 1, "'lang: " + lang + "' in a page under content/" + top + "/, which holds"
                    + " the " + top + " pages; move the page or drop 'lang:'"));
            return top;
        }
        return source.meta().lang().orElse(config.language());
    }

    /** A page's URL: its folder's, then its slug or file name; a section index has its folder's. */
    static String urlOf(PageSource source) {
        if (source.isSectionIndex()) {
            return FolderTree.folderUrl(source.folder());
        }
        String file = source.contentPath().substring(source.contentPath().lastIndexOf('/') + 1);
        String name = source.meta().slug().orElse(file.substring(0, file.length() - ".md".length()));
        return FolderTree.folderUrl(source.folder()) + name + "/";
    }
}
