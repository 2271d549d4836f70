package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.content.FrontMatter;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * A page as it will be published.
 *
 * @param sourcePath   the Markdown file relative to the site root ({@code content/guides/} for a
 *                     section without an {@code _index.md})
 * @param url          site-relative URL: {@code guides/nps/}, {@code ""} for the home page
 * @param sectionUrl   URL of the section the page lists under; for a section's own index page, the parent
 * @param links        each link destination of the body, as written, to its site-relative target
 *                     ({@code help/login/#step-2}); external links are absent
 * @param anchors      heading ids in document order
 */
public record Page(
        String sourcePath,
        String url,
        String sectionUrl,
        FrontMatter meta,
        Audience audience,
        String lang,
        Node document,
        List<String> anchors,
        Map<String, String> links) {

    public String title() {
        return meta.title();
    }
}
