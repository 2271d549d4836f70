package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.site.Page;
import java.util.Iterator;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** A page's Markdown body as HTML (links rewritten to site URLs, headings with ids) or as plain text. */
final class HtmlBody {
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(Markdown.EXTENSIONS).build();

    private HtmlBody() {
    }

    /** Authors' Markdown is trusted, so raw HTML in it passes through. */
    static String html(Page page, String basePath) {
        Iterator<String> ids = page.anchors().iterator();
        AttributeProvider rewrite = (node, tagName, attributes) -> {
            if (node instanceof Heading && ids.hasNext()) {
                attributes.put("id", ids.next());
            } else if (node instanceof Link link) {
                String target = page.links().get(link.getDestination());
                if (target != null) {
                    attributes.put("href", basePath + target);
                }
            } else if (node instanceof Image image) {
                String target = page.links().get(image.getDestination());
                if (target != null) {
                    attributes.put("src", basePath + target);
                }
            }
        };
        // One renderer per page: the id iterator belongs to this page. Building one is cheap.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIONS)
                .attributeProviderFactory(context -> rewrite)
                .build();
        return renderer.render(page.document());
    }

    static String text(Page page) {
        return collapseWhitespace(TEXT.render(page.document()));
    }

    /** Runs of whitespace become one space; none at either end. */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
