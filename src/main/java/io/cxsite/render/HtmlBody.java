package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.site.Page;
import java.util.Iterator;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/** A page's Markdown body as HTML (links rewritten to site URLs, headings with ids) or as plain text. */
final class HtmlBody {
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

    /**
     * The words a reader sees, for the search index: text, code and link labels (not their
     * destinations), one space between blocks and lines.
     */
    static String text(Page page) {
        StringBuilder out = new StringBuilder(4096);
        page.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(' ').append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(' ').append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block || parent instanceof TableCell) {
                    out.append(' ');
                }
            }
        });
        return collapseWhitespace(out);
    }

    /** Runs of whitespace become one space; none at either end. */
    static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c)) {
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
