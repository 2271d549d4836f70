package io.cxsite.serve;

import io.cxsite.config.Audience;
import io.cxsite.content.ContentSet;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.site.Page;
import io.cxsite.site.ReportSpec;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import io.cxsite.site.Tag;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The common edit, text in a page's body, without assembling the site again. When every source that
 * changed differs from the last build's only in its Markdown document (same front matter, heading
 * ids, {@code cx-} blocks and body line, and links to the same destinations), assembling would give
 * the same site with the new documents in it: URLs, sections, tags, link targets and problems come
 * from those other parts alone. So the last site is copied with the new documents swapped in.
 *
 * <p>A document shows in its own page and in the search indexes only (the renderer reads it for
 * the body HTML, the search text and the headings), and metrics only in pages with report blocks
 * (and in metrics.json and the charts, made every time); so when only these changed, only those
 * pages need rendering. The same holds after assembling, when the new site equals the last but for
 * documents and metrics, as after most snapshot edits ({@link #within}). {@code IncrementalBuildTest}
 * holds these claims to a full build.
 *
 * @param site    the last site with the new documents
 * @param changed the pages of {@code site} that have a new document
 */
record BodySwap(Site site, Set<Page> changed) {

    /**
     * The swap from {@code last}, built from {@code before}, to {@code now} with {@code metrics};
     * empty when something besides bodies changed and the site must be assembled.
     * {@code hadProblems} says whether assembling reported a problem in a file: there, links must
     * not have moved either, as the problems name their positions.
     *
     * <p>New metrics are swapped in too, when checking every page's report blocks against them
     * gives the very specs the last site has, without a problem: assembling reads metrics for
     * nothing else. The pages with report blocks are then among the changed.
     */
    static Optional<BodySwap> between(Site last, ContentSet before, ContentSet now, Metrics metrics,
            Predicate<String> hadProblems) {
        if (!before.assets().equals(now.assets()) || before.pages().size() != now.pages().size()) {
            return Optional.empty();
        }
        boolean newMetrics = metrics != last.metrics();
        Map<String, Page> published = newMetrics ? bySource(last) : Map.of();
        Map<String, PageSource> changed = new HashMap<>();
        Set<String> reports = new HashSet<>();
        for (int i = 0; i < now.pages().size(); i++) {
            PageSource old = before.pages().get(i);
            PageSource source = now.pages().get(i);
            if (old != source) {
                if (!sameButBody(old, source, hadProblems.test(old.path()))) {
                    return Optional.empty();
                }
                changed.put(source.path(), source);
            }
            Page page = published.get(source.path());
            if (page != null && !source.blocks().isEmpty()) {
                Problems problems = new Problems();
                List<ReportSpec> specs = ReportSpec.check(source.path(), source.blocks(),
                        page.audience() == Audience.INTERNAL, metrics, problems);
                if (hadProblems.test(source.path()) || !problems.sorted().isEmpty() || !specs.equals(page.reports())) {
                    return Optional.empty();
                }
                reports.add(source.path());
            }
        }
        if (changed.isEmpty() && !newMetrics) {
            return Optional.of(new BodySwap(last, Set.of()));
        }
        return Optional.of(swap(last, changed, metrics, reports));
    }

    /** The published pages of {@code site}, section indexes included, by their source path. */
    private static Map<String, Page> bySource(Site site) {
        Map<String, Page> pages = new HashMap<>();
        site.pages().forEach(p -> pages.put(p.sourcePath(), p));
        site.sections().values().forEach(s -> pages.put(s.index().sourcePath(), s.index()));
        return pages;
    }

    /**
     * After assembling: when {@code next} equals {@code last} but for page documents and metrics, the
     * pages whose files may differ, those with a new document and, for new metrics, those with report
     * blocks. Every other file, lists included, is made of equal values and stays as it is.
     */
    static Optional<BodySwap> within(Site last, Site next) {
        if (!last.config().equals(next.config()) || !last.aliases().equals(next.aliases())
                || !last.assets().equals(next.assets()) || !last.translations().equals(next.translations())
                || !last.sections().keySet().equals(next.sections().keySet())
                || last.pages().size() != next.pages().size() || last.tags().size() != next.tags().size()) {
            return Optional.empty();
        }
        // Each page of the new site to its equal in the last; lists are then compared by that pairing.
        Map<Page, Page> before = new IdentityHashMap<>();
        if (!pair(last.pages(), next.pages(), before)) {
            return Optional.empty();
        }
        for (Section b : next.sections().values()) {
            Section a = last.sections().get(b.url());
            if (!a.subsections().equals(b.subsections()) || !a.parent().equals(b.parent())
                    || !pair(List.of(a.index()), List.of(b.index()), before) || !paired(a.pages(), b.pages(), before)) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < next.tags().size(); i++) {
            Tag a = last.tags().get(i);
            Tag b = next.tags().get(i);
            if (!a.name().equals(b.name()) || !a.url().equals(b.url()) || !paired(a.pages(), b.pages(), before)) {
                return Optional.empty();
            }
        }
        boolean newMetrics = last.metrics() != next.metrics();
        Set<Page> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        before.forEach((now, then) -> {
            if (now.document() != then.document() || newMetrics && !now.reports().isEmpty()) {
                changed.add(now);
            }
        });
        return Optional.of(new BodySwap(next, Collections.unmodifiableSet(changed)));
    }

    /** Whether {@code b} equals {@code a} page by page, but for documents; records the pairs. */
    private static boolean pair(List<Page> a, List<Page> b, Map<Page, Page> before) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Page then = before.get(b.get(i));
            if (then == null) {
                if (!sameButDocument(a.get(i), b.get(i))) {
                    return false;
                }
                before.put(b.get(i), a.get(i));
            } else if (then != a.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code b} holds, in order, the pages paired with those of {@code a}. */
    private static boolean paired(List<Page> a, List<Page> b, Map<Page, Page> before) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (before.get(b.get(i)) != a.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameButDocument(Page a, Page b) {
        // Cheapest first: most parts are the very same objects, taken from the same sources.
        return a.meta().equals(b.meta()) && a.anchors().equals(b.anchors()) && a.sourcePath().equals(b.sourcePath())
                && a.url().equals(b.url()) && a.sectionUrl().equals(b.sectionUrl()) && a.audience() == b.audience()
                && a.lang().equals(b.lang()) && a.links().equals(b.links()) && a.reports().equals(b.reports())
                && a.flows().equals(b.flows());
    }

    private static boolean sameButBody(PageSource old, PageSource now, boolean hadProblems) {
        return old.path().equals(now.path()) && old.meta().equals(now.meta()) && old.anchors().equals(now.anchors())
                && old.blocks().equals(now.blocks()) && old.bodyLine() == now.bodyLine()
                && (old.links().equals(now.links()) || !hadProblems && targets(old).equals(targets(now)));
    }

    /** What a page links to, without where in the file: each destination, and whether it is an image. */
    private static List<String> targets(PageSource source) {
        return source.links().stream().map(l -> (l.image() ? "!" : "") + l.destination()).toList();
    }

    /**
     * {@code site} with the documents of {@code changed} and {@code metrics}; the changed pages are
     * those with a new document and those whose source is in {@code reports}.
     */
    private static BodySwap swap(Site site, Map<String, PageSource> changed, Metrics metrics, Set<String> reports) {
        Map<Page, Page> swapped = new IdentityHashMap<>();
        Set<Page> pages = Collections.newSetFromMap(new IdentityHashMap<>());
        UnaryOperator<Page> swap = page -> {
            PageSource source = changed.get(page.sourcePath());
            Page now = source == null ? page : swapped.computeIfAbsent(page, p -> new Page(p.sourcePath(), p.url(),
                    p.sectionUrl(), p.meta(), p.audience(), p.lang(), source.document(), p.anchors(), p.links(),
                    p.reports(), p.flows()));
            if (source != null || reports.contains(page.sourcePath())) {
                pages.add(now);
            }
            return now;
        };
        Map<String, Section> sections = new TreeMap<>();
        site.sections().forEach((url, s) -> sections.put(url, new Section(s.url(), swap.apply(s.index()),
                s.pages().stream().map(swap).toList(), s.subsections(), s.parent())));
        List<Tag> tags = site.tags().stream()
                .map(t -> new Tag(t.name(), t.url(), t.pages().stream().map(swap).toList())).toList();
        Site next = new Site(site.config(), Collections.unmodifiableMap(sections),
                site.pages().stream().map(swap).toList(), tags, site.aliases(), site.assets(), site.internalFiles(), metrics,
                site.translations());
        return new BodySwap(next, Collections.unmodifiableSet(pages));
    }
}
