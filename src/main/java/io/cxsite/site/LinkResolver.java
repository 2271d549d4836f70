package io.cxsite.site;

import io.cxsite.config.SiteConfig;
import io.cxsite.content.LinkRef;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a link written in a page into its site-relative target, against the full index of pages,
 * sections and files; a miss (no such page, file, heading, or a page this build leaves out) is a
 * problem at the link's position.
 */
final class LinkResolver {
    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteConfig config;
    private final FolderTree tree;
    private final Map<String, PageSource> sourcesByPath;
    private final Set<String> assetPaths;
    private final Map<String, String> leftOut;
    private final Map<String, Page> published;
    private final Problems problems;

    /**
     * @param sourcesByPath every source by content path, including pages left out of this build
     * @param leftOut       why a source is not published in this build, by content path
     * @param published     the pages placed so far, by content path
     */
    LinkResolver(SiteConfig config, FolderTree tree, Map<String, PageSource> sourcesByPath, Set<String> assetPaths,
            Map<String, String> leftOut, Map<String, Page> published, Problems problems) {
        this.config = config;
        this.tree = tree;
        this.sourcesByPath = sourcesByPath;
        this.assetPaths = assetPaths;
        this.leftOut = leftOut;
        this.published = published;
        this.problems = problems;
    }

    /** The site-relative target of a link, or empty for external links and for misses (which become problems). */
    Optional<String> resolve(PageSource from, LinkRef ref) {
        String destination = ref.destination();
        if (destination.isEmpty() || SCHEME.matcher(destination).find() || destination.startsWith("//")) {
            return Optional.empty();
        }
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? "" : destination.substring(hash + 1);
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        String path = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.isEmpty()) {
            if (!fragment.isEmpty() && !from.anchors().contains(fragment)) {
                missingAnchor(from, ref, fragment, from);
            }
            return Optional.empty();
        }
        if (path.startsWith("/")) {
            return resolveSitePath(from, ref, path, fragment);
        }
        Optional<String> target = normalize(from.folder(), path);
        if (target.isEmpty()) {
            problems.error(from.path(), ref.line(), ref.column(),
                    "link '" + destination + "' points outside content/; link to a page or file inside it");
            return Optional.empty();
        }
        return resolveContentPath(from, ref, target.get(), fragment);
    }

    /** A link to a path under content/: a page, a file, or a section folder. */
    private Optional<String> resolveContentPath(PageSource from, LinkRef ref, String contentPath, String fragment) {
        if (contentPath.endsWith(".md")) {
            return resolvePage(from, ref, contentPath, fragment);
        }
        if (assetPaths.contains(contentPath)) {
            return Optional.of(contentPath);
        }
        String folder = contentPath.endsWith("/") ? contentPath.substring(0, contentPath.length() - 1) : contentPath;
        String index = folder.isEmpty() ? "_index.md" : folder + "/_index.md";
        if (sourcesByPath.containsKey(index)) {
            return resolvePage(from, ref, index, fragment);
        }
        if (tree.contains(folder)) {
            return resolveBareSection(from, ref, folder, fragment);
        }
        problems.error(from.path(), ref.line(), ref.column(), (ref.image() ? "image '" : "link '") + ref.destination()
                + "' points to content/" + contentPath + ", which does not exist");
        return Optional.empty();
    }

    private Optional<String> resolvePage(PageSource from, LinkRef ref, String contentPath, String fragment) {
        PageSource target = sourcesByPath.get(contentPath);
        if (target == null) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination()
                    + "' points to content/" + contentPath + ", which does not exist");
            return Optional.empty();
        }
        if (ref.image()) {
            problems.error(from.path(), ref.line(), ref.column(), "image '" + ref.destination()
                    + "' points to a Markdown page; images need an image file");
            return Optional.empty();
        }
        String why = leftOut.get(contentPath);
        if (why != null && !leftOut.containsKey(from.contentPath())) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "' points to "
                    + target.path() + ", which " + why + "; remove the link or publish the page");
            return Optional.empty();
        }
        if (!fragment.isEmpty() && !target.anchors().contains(fragment)) {
            missingAnchor(from, ref, fragment, target);
            return Optional.empty();
        }
        Page page = published.get(contentPath);
        String url = page != null ? page.url() : PagePlacer.urlOf(target);
        return Optional.of(fragment.isEmpty() ? url : url + "#" + fragment);
    }

    /** A link to a folder that is a section but has no _index.md: its generated list page. */
    private Optional<String> resolveBareSection(PageSource from, LinkRef ref, String folder, String fragment) {
        if (!config.audience().includes(tree.audience(folder))) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "' points to content/"
                    + folder + "/, which is internal and this is a public build; remove the link or publish the page");
            return Optional.empty();
        }
        if (!fragment.isEmpty()) {
            problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "': content/"
                    + folder + "/ has no _index.md, so its page has no headings to link to");
            return Optional.empty();
        }
        return Optional.of(FolderTree.folderUrl(folder));
    }

    private Optional<String> resolveSitePath(PageSource from, LinkRef ref, String path, String fragment) {
        String relative = path.substring(1);
        for (Page page : published.values()) {
            String url = page.url();
            boolean same = relative.equals(url) || relative.equals(url + "index.html") || (relative + "/").equals(url);
            if (same && !leftOut.containsKey(page.sourcePath().substring("content/".length()))) {
                if (!fragment.isEmpty() && !page.anchors().contains(fragment)) {
                    PageSource target = sourcesByPath.get(page.sourcePath().substring("content/".length()));
                    missingAnchor(from, ref, fragment, target);
                    return Optional.empty();
                }
                return Optional.of(fragment.isEmpty() ? url : url + "#" + fragment);
            }
        }
        if (assetPaths.contains(relative)) {
            return Optional.of(relative);
        }
        if (relative.isEmpty() || relative.startsWith("tags/")) {
            return Optional.of(relative + (fragment.isEmpty() ? "" : "#" + fragment));
        }
        problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination()
                + "' matches no page or file of the site; link to the .md file instead, e.g. ../help/contact.md");
        return Optional.empty();
    }

    private void missingAnchor(PageSource from, LinkRef ref, String fragment, PageSource target) {
        List<String> known = target.anchors();
        String hint = known.isEmpty() ? "it has no headings"
                : "its headings are #" + String.join(", #", known.subList(0, Math.min(8, known.size())))
                        + (known.size() > 8 ? ", ..." : "");
        problems.error(from.path(), ref.line(), ref.column(), "link '" + ref.destination() + "': no heading '#"
                + fragment + "' in " + target.path() + "; " + hint);
    }

    /** Resolves {@code path} against {@code folder}; empty when it climbs out of content/. */
    static Optional<String> normalize(String folder, String path) {
        List<String> parts = new ArrayList<>();
        if (!folder.isEmpty()) {
            parts.addAll(List.of(folder.split("/")));
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.equals(".") && !(segment.isEmpty() && i < segments.length - 1)) {
                parts.add(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
