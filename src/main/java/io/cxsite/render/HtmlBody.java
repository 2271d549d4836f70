package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.site.FlowSpec;
import io.cxsite.site.Page;
import io.cxsite.site.ReportSpec;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/** A page's Markdown body as HTML: links rewritten to site URLs, headings with ids, blocks rendered. */
final class HtmlBody {
    private HtmlBody() {
    }

    /**
     * Authors' Markdown is trusted, so raw HTML in it passes through. The page's {@code cx-} blocks
     * become what {@code reports} makes of them, in document order; {@code cx-troubleshoot} flows
     * become what {@code flowHtml} makes of them, and the page a {@code #contact} for them if it lacks one.
     * Tables sit in a scroll region labelled {@code tableLabel}; the site's {@code phones} become tel: links.
     * A page with charts is laid out by the {@code dashboard} partial of {@code partials}.
     */
    static String html(Page page, String basePath, Function<ReportSpec, String> reports, FlowHtml flowHtml,
            List<String> phones, String tableLabel, PartialRenderer partials) {
        Iterator<String> ids = page.anchors().iterator();
        AttributeProvider links = linkTargets(page.links(), basePath);
        AttributeProvider rewrite = (node, tagName, attributes) -> {
            if (node instanceof Heading && ids.hasNext()) {
                attributes.put("id", ids.next());
            } else if (node instanceof TableCell cell) {
                // A narrow screen stacks a row's cells, each after its column's heading (cxsite.css).
                String heading = TableRegion.columnHeading(cell);
                if (!heading.isEmpty()) {
                    attributes.put("data-label", heading);
                }
            } else {
                links.setAttributes(node, tagName, attributes);
            }
        };
        Iterator<ReportSpec> blocks = page.reports().iterator();
        Iterator<FlowSpec> flows = page.flows().iterator();
        // One renderer per page: the iterators belong to this page. Building one is cheap.
        // The first factory for a node type wins: ours come before the tables extension's.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .attributeProviderFactory(context -> rewrite)
                .nodeRendererFactory(context -> new ReportBlockRenderer(context, blocks, reports, flows, flowHtml))
                .nodeRendererFactory(context -> new TableRegion(context, tableLabel))
                .nodeRendererFactory(context -> new PhoneLinks(context, phones))
                .extensions(Markdown.EXTENSIONS)
                .build();
        String body = ChartGrid.applies(page.document())
                ? partials.render(Partial.DASHBOARD, ChartGrid.layout(page.document(), renderer::render))
                : renderer.render(page.document());
        return body + flowHtml.contactFallback(page, body);
    }

    /**
     * Points each link's {@code href} and image's {@code src} at the site URL the assembler
     * resolved it to ({@code links}: destination as written to site-relative target), under
     * {@code basePath}; links it did not resolve (external ones) stay as written.
     */
    static AttributeProvider linkTargets(Map<String, String> links, String basePath) {
        return (node, tagName, attributes) -> {
            String destination = node instanceof Link link ? link.getDestination()
                    : node instanceof Image image ? image.getDestination() : null;
            String target = destination == null ? null : links.get(destination);
            if (target != null) {
                attributes.put(node instanceof Image ? "src" : "href", basePath + target);
            }
        };
    }
}
