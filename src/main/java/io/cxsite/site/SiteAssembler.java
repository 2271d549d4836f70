package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.Asset;
import io.cxsite.content.ContentSet;
import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Joins the loaded content into a {@link Site}. */
public final class SiteAssembler {
    /** The top-level folder of executive reports, internal by default. */
    public static final String REPORTS = "reports";

    private final SiteConfig config;
    private final Metrics metrics;
    private final boolean drafts;
    private final Problems problems;

    /** Sources by content path, for link resolution; includes pages left out of this build. */
    private final Map<String, PageSource> sourcesByPath = new HashMap<>();
    /** Why a source is not published in this build, by content path. */
    private final Map<String, String> leftOut = new HashMap<>();
    private final Map<String, Page> published = new HashMap<>();
    private final Set<String> assetPaths = new TreeSet<>();
    private final Comparator<Page> readingOrder;
    private FolderTree tree;
    /** Who each file under content/ is for, from the pages that use it. */
    private FileAudience fileAudience;
    private LinkResolver resolver;

    private SiteAssembler(SiteConfig config, Metrics metrics, boolean drafts, Problems problems) {
        this.config = config;
        this.metrics = metrics;
        this.drafts = drafts;
        this.problems = problems;
        this.readingOrder = readingOrder(config);
    }

    /**
     * Assembles the site. {@code config.audience()} decides whether internal pages are published;
     * {@code drafts} whether drafts are.
     */
    public static Site assemble(SiteConfig config, ContentSet content, Metrics metrics, boolean drafts,
            Problems problems) {
        return new SiteAssembler(config, metrics, drafts, problems).assemble(content);
    }

    private Site assemble(ContentSet content) {
        content.pages().forEach(p -> sourcesByPath.put(p.contentPath(), p));
        content.assets().forEach(a -> assetPaths.add(a.contentPath()));
        tree = FolderTree.of(content.pages(), problems);
        fileAudience = new FileAudience(assetPaths);
        resolver = new LinkResolver(config, tree, sourcesByPath, assetPaths, leftOut, published, problems);
        Map<String, String> claimedBy = sectionUrls();
        List<PageSource> regular = place(content.pages(), claimedBy);
        // Links are resolved once every page has its URL.
        Map<String, List<Page>> pagesByFolder = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (PageSource source : regular) {
            Page page = withLinks(published.get(source.contentPath()), source);
            published.put(source.contentPath(), page);
            pages.add(page);
            pagesByFolder.computeIfAbsent(source.folder(), f -> new ArrayList<>()).add(page);
        }
        Map<String, Section> sections = new SectionTree(config, tree, leftOut, readingOrder,
                index -> withLinks(published.get(index.contentPath()), index)).sections(pagesByFolder);
        pages.sort(Comparator.comparing(Page::url));
        PageLists lists = new PageLists(config.language(), problems);
        return new Site(config, sections, List.copyOf(pages), lists.tags(pages, readingOrder),
                lists.aliases(content.pages(), published, leftOut, claimedBy),
                content.assets().stream().filter(this::isPublished).toList(), fileAudience.internalOnly(), metrics,
                lists.translations(pages, sections));
    }

    /**
     * Each section's URL to who claims it. A folder's URL is its section's, whether or not it has an
     * _index.md, so sections claim theirs before any page can.
     */
    private Map<String, String> sectionUrls() {
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
    private List<PageSource> place(List<PageSource> sources, Map<String, String> claimedBy) {
        List<PageSource> regular = new ArrayList<>();
        for (PageSource source : sources) {
            Audience audience = audienceOf(source);
            uses(source, audience);
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

    /**
     * Records the files {@code source} uses, in its Markdown and its flows, whether this build publishes
     * it or not. The flows are read here only for their links: their problems are reported where the
     * page is assembled, and not at all for a page this build leaves out.
     */
    private void uses(PageSource source, Audience audience) {
        source.links().forEach(ref -> fileAudience.use(source, audience, ref));
        FlowSpec.check(source, "", ref -> {
            fileAudience.use(source, audience, ref);
            return Optional.empty();
        }, new Problems());
    }

    /**
     * A file takes the audience of the pages that use it ({@link FileAudience}); one no page uses
     * keeps its folder's, so that a file inside an internal section stays out of a public build.
     */
    private boolean isPublished(Asset asset) {
        Optional<Audience> used = fileAudience.of(asset.contentPath());
        return config.audience().includes(used.orElseGet(() -> tree.audienceAround(asset.contentPath())));
    }

    /** The placed page with its links resolved and its report blocks and flows checked. */
    private Page withLinks(Page page, PageSource source) {
        Map<String, String> links = new LinkedHashMap<>();
        for (LinkRef ref : source.links()) {
            resolver.resolve(source, ref).ifPresent(target -> links.put(ref.destination(), target));
        }
        return new Page(page.sourcePath(), page.url(), page.sectionUrl(), page.meta(), page.audience(), page.lang(),
                page.document(), page.anchors(), Map.copyOf(links), ReportSpec.check(source.path(), source.blocks(),
                        page.audience() == Audience.INTERNAL, metrics, problems),
                FlowSpec.check(source, page.url(), ref -> resolver.resolve(source, ref), problems));
    }

    /**
     * Weight first (unweighted last), then newest date, then title in the site's language, then URL.
     * Each title's collation key is made once and kept: sorting the tag and section lists of a big
     * site compares titles hundreds of thousands of times, and keys compare as the collator does.
     */
    private static Comparator<Page> readingOrder(SiteConfig config) {
        Collator collator = Collator.getInstance(config.locale());
        Map<String, CollationKey> keys = new HashMap<>();
        return Comparator.<Page>comparingInt(p -> p.meta().weight() == 0 ? Integer.MAX_VALUE : p.meta().weight())
                .thenComparing(p -> p.meta().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(p -> keys.computeIfAbsent(p.title(), collator::getCollationKey))
                .thenComparing(Page::url);
    }

    static String urlOf(PageSource source) {
        if (source.isSectionIndex()) {
            return FolderTree.folderUrl(source.folder());
        }
        String file = source.contentPath().substring(source.contentPath().lastIndexOf('/') + 1);
        String name = source.meta().slug().orElse(file.substring(0, file.length() - ".md".length()));
        return FolderTree.folderUrl(source.folder()) + name + "/";
    }
}
