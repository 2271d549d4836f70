package io.cxsite.content;

import java.util.List;
import org.commonmark.node.Node;

/**
 * One Markdown file, parsed.
 *
 * @param path        file path relative to the site root, e.g. {@code content/help/login.md}
 * @param contentPath file path relative to {@code content/}, e.g. {@code help/login.md}
 * @param document    the commonmark document of the body; read-only once loaded
 * @param anchors     ids of the headings in document order, unique within the page
 * @param blocks      the {@code cx-} fenced blocks in document order
 * @param bodyLine    file line (1-based) where the Markdown body starts, after the front matter
 * @param html        the raw HTML of the body (inline tags and HTML blocks) in document order
 */
public record PageSource(
        String path,
        String contentPath,
        FrontMatter meta,
        Node document,
        List<LinkRef> links,
        List<String> anchors,
        List<ReportBlock> blocks,
        int bodyLine,
        List<RawHtml> html) {

    /** A page without raw HTML. */
    public PageSource(String path, String contentPath, FrontMatter meta, Node document, List<LinkRef> links,
            List<String> anchors, List<ReportBlock> blocks, int bodyLine) {
        this(path, contentPath, meta, document, links, anchors, blocks, bodyLine, List.of());
    }

    /** An {@code _index.md} file: the front matter and intro of the folder's section. */
    public boolean isSectionIndex() {
        return contentPath.equals("_index.md") || contentPath.endsWith("/_index.md");
    }

    /** The folder of this file relative to {@code content/}: {@code ""} at the top. */
    public String folder() {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }
}
