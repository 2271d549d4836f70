package io.cxsite.check;

import io.cxsite.site.FileUse;
import io.cxsite.site.Site;
import java.util.List;
import java.util.Optional;

/** Checks a page's internal links and anchors: each must name an output file, and an id on it. */
final class LinkCheck {
    private final Site site;
    private final boolean publicBuild;
    private final String basePath;
    private final Urls urls;
    private final InternalFolders internal;
    private final RenderedFiles rendered;

    LinkCheck(Site site, boolean publicBuild, Urls urls, InternalFolders internal, RenderedFiles rendered) {
        this.site = site;
        this.publicBuild = publicBuild;
        this.basePath = site.config().basePath();
        this.urls = urls;
        this.internal = internal;
        this.rendered = rendered;
    }

    void links(RenderedPage page, List<Finding> findings) {
        for (RenderedPage.Ref ref : page.refs()) {
            Urls.Target target = urls.target(page.path(), ref.url());
            String problem = switch (target.kind()) {
                case EXTERNAL -> null;
                case MALFORMED -> "not a valid URL";
                case OUTSIDE_BASE -> "outside the site's base path " + basePath
                        + ", so it would not load where the site is published";
                case SITE -> problem(page, target);
            };
            if (problem != null) {
                findings.add(Finding.error(page, ref.line(), ref.column(), ref.html() + ": " + problem, ref.mark()));
            }
        }
    }

    /** What is wrong with a link to {@code target} of the site, or null. */
    private String problem(RenderedPage from, Urls.Target target) {
        if (publicBuild && internal.contains(target.path())) {
            return "links to internal " + internal.folderOf(target.path()) + " in a public build";
        }
        FileUse internalFile = site.internalFiles().get(target.path());
        if (publicBuild && internalFile != null) {
            return "links to content/" + internalFile.file() + ", which only internal pages use ("
                    + internalFile.where() + "), in a public build";
        }
        Optional<String> file = rendered.file(target.path());
        if (file.isEmpty()) {
            return "no such page or file in the built site";
        }
        String fragment = target.fragment();
        RenderedPage page = rendered.pages.get(file.get());
        // html: an empty fragment and #top scroll to the top of the page
        if (fragment.isEmpty() || page == null || page.hasId(fragment) || fragment.equalsIgnoreCase("top")) {
            return null;
        }
        String where = page == from ? "on this page" : "in " + page.path();
        return "no id '" + fragment + "' " + where + NearestId.of(fragment, page.ids()).map(id -> "; did you mean '#" + id
                + "'?").orElse("");
    }
}
