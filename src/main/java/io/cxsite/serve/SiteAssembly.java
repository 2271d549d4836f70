package io.cxsite.serve;

import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentSet;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import io.cxsite.site.SiteAssembler;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Assembles each update's site, giving the last good site new bodies when nothing else changed. */
final class SiteAssembly {
    /** An assembled site, what assembling it reported, and the body swap it came from, if any. */
    record Assembled(Site site, List<Problem> problems, Optional<BodySwap> swap) {
    }

    /** The last good build: its site, the content and metrics it came from, what assembling reported. */
    private Site site;
    private ContentSet contentOfSite;
    private Metrics metricsOfSite;
    private List<Problem> assemblyProblems = List.of();

    /** The last site with new bodies and metrics, when that is all that changed; else a site assembled anew. */
    Assembled assemble(SiteConfig config, ContentSet content, Metrics metrics, boolean drafts) {
        Optional<BodySwap> swap = swapBodies(config, content, metrics);
        if (swap.isPresent()) {
            return new Assembled(swap.get().site(), assemblyProblems, swap);
        }
        Problems own = new Problems();
        Site next = SiteAssembler.assemble(config, content, metrics, drafts, own);
        return new Assembled(next, own.sorted(), swap);
    }

    private Optional<BodySwap> swapBodies(SiteConfig config, ContentSet content, Metrics metrics) {
        return site != null && config.equals(site.config())
                ? BodySwap.between(site, contentOfSite, content, metrics,
                        path -> assemblyProblems.stream().anyMatch(p -> p.path().equals(path)))
                : Optional.empty();
    }

    /** The only pages to render, when the assembled site differs from the last in bodies and metrics alone. */
    Optional<Set<Page>> changedPages(Assembled assembled) {
        return assembled.swap().map(BodySwap::changed)
                .or(() -> Optional.ofNullable(site).flatMap(last -> BodySwap.within(last, assembled.site()))
                        .map(BodySwap::changed));
    }

    /** Whether {@code metrics} are those the last good site came from. */
    boolean sameMetrics(Metrics metrics) {
        return metrics == metricsOfSite;
    }

    /** Makes {@code assembled} the last good site. */
    void remember(Assembled assembled, ContentSet content, Metrics metrics) {
        site = assembled.site();
        contentOfSite = content;
        metricsOfSite = metrics;
        assemblyProblems = assembled.problems();
    }
}
