package io.cxsite.check;

import io.cxsite.config.Audience;
import io.cxsite.diagnostics.Problems;
import io.cxsite.diagnostics.Severity;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Finds anything internal in a public build: internal pages, files in internal folders, files only they use. */
final class PublicBuildCheck {
    private final Site site;
    private final String basePath;
    private final SourceTracer sources;
    private final Set<String> generated;
    private final InternalFolders internal;
    private final RenderedFiles rendered;

    PublicBuildCheck(Site site, SourceTracer sources, Set<String> generated, InternalFolders internal,
            RenderedFiles rendered) {
        this.site = site;
        this.basePath = site.config().basePath();
        this.sources = sources;
        this.generated = generated;
        this.internal = internal;
        this.rendered = rendered;
    }

    /** Internal pages, and files in internal folders, grouped by folder. */
    void internalFiles(List<Finding> findings) {
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (String path : new TreeSet<>(rendered.files)) {
            Optional<Page> page = sources.page(path);
            RenderedPage html = rendered.pages.get(path);
            boolean internalPage = page.map(p -> p.audience() == Audience.INTERNAL).orElse(false);
            // The theme marks internal pages noindex. A page of the site says its audience itself; an
            // HTML file that is none of the site's pages (one under static/, say) has only this mark.
            boolean unexplainedNoindex = html != null && html.noindex() && page.isEmpty() && !generated.contains(path)
                    && !rendered.isRedirectOrNotFound(path);
            if (internalPage || unexplainedNoindex || html != null && page.isPresent() && internal.contains(path)) {
                findings.add(Finding.ofPage(path, Severity.ERROR, "internal page " + basePath + Urls.url(path)
                        + " in a public build" + (internalPage ? " (audience: internal)"
                        : unexplainedNoindex ? " (it is marked noindex, as internal pages are)" : "")));
            } else if (internal.contains(path)) {
                byFolder.computeIfAbsent(internal.folderOf(path), f -> new ArrayList<>()).add(path);
            }
        }
        byFolder.forEach((folder, list) -> findings.add(new Finding(list.get(0), 1, 1, Severity.ERROR,
                "a public build must not contain " + folder + ", which is internal, but it has " + list.size()
                        + (list.size() == 1 ? " file" : " files") + " there", Finding.NO_MARK, false)));
    }

    /**
     * Files under content/ that only internal pages use, in a public build: the assembler leaves them
     * out, and this makes sure nothing else (a static file of the same path, say) brought them back.
     */
    void filesOfInternalPages(Problems problems) {
        site.internalFiles().forEach((path, use) -> {
            if (rendered.files.contains(path)) {
                problems.error("content/" + path, 0, 0, "a public build must not contain " + path + ", which only"
                        + " internal pages use (" + use.where() + "); link to it from a public page, or leave it out");
            }
        });
    }
}
