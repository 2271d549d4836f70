package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.Asset;
import io.cxsite.content.ContentSet;
import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
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
        this.readingOrder = ReadingOrder.of(config);
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
        PagePlacer placer = new PagePlacer(config, tree, drafts, problems, leftOut, published, this::uses);
        Map<String, String> claimedBy = placer.sectionUrls();
        List<PageSource> regular = placer.place(content.pages(), claimedBy);
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
        PromiseCheck.warn(config, metrics, problems);
        PageLists lists = new PageLists(config.language(), config.languages(), problems);
        return new Site(config, sections, List.copyOf(pages), lists.tags(pages, readingOrder),
                lists.aliases(content.pages(), published, leftOut, claimedBy),
                content.assets().stream().filter(this::isPublished).toList(), fileAudience.internalOnly(), metrics,
                lists.translations(pages, sections));
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
}
