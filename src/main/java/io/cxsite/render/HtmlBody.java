package io.cxsite.render;

import io.cxsite.content.Markdown;
import io.cxsite.content.ReportBlock;
import io.cxsite.site.FlowSpec;
import io.cxsite.site.Page;
import io.cxsite.site.ReportSpec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.HtmlRenderer;

/** A page's Markdown body as HTML (links rewritten to site URLs, headings with ids) or as plain text. */
final class HtmlBody {
    private HtmlBody() {
    }

    /**
     * Authors' Markdown is trusted, so raw HTML in it passes through. The page's {@code cx-} blocks
     * become what {@code reports} makes of them, in document order; {@code cx-troubleshoot} flows
     * become what {@code flowHtml} makes of them, and the page a {@code #contact} for them if it lacks one.
     */
    static String html(Page page, String basePath, Function<ReportSpec, String> reports, FlowHtml flowHtml) {
        Iterator<String> ids = page.anchors().iterator();
        AttributeProvider links = linkTargets(page.links(), basePath);
        AttributeProvider rewrite = (node, tagName, attributes) -> {
            if (node instanceof Heading && ids.hasNext()) {
                attributes.put("id", ids.next());
            } else if (node instanceof org.commonmark.ext.gfm.tables.TableBlock) {
                // Wide tables scroll sideways on their own; a keyboard can scroll only what it can focus.
                attributes.put("tabindex", "0");
            } else {
                links.setAttributes(node, tagName, attributes);
            }
        };
        Iterator<ReportSpec> blocks = page.reports().iterator();
        Iterator<FlowSpec> flows = page.flows().iterator();
        // One renderer per page: the iterators belong to this page. Building one is cheap.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIONS)
                .attributeProviderFactory(context -> rewrite)
                .nodeRendererFactory(context -> new ReportBlockRenderer(context, blocks, reports, flows, flowHtml))
                .build();
        String body = renderer.render(page.document());
        return body + flowHtml.contactFallback(page, body);
    }

    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

    /**
     * The level of a block's top headings, so that they sit in the page's outline: one below the
     * heading the block follows, or h2 when no heading comes before it. Screen-reader users move
     * through a page by its headings, and a skipped level reads as a missing part.
     */
    static int outlineLevel(Node block) {
        for (Node node = block; node != null; node = node.getParent()) {
            for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
                if (before instanceof Heading heading) {
                    return Math.min(heading.getLevel() + 1, 6);
                }
            }
        }
        return 2;
    }

    /**
     * {@code html}, a block's own markup, with its headings moved so that the highest is {@code top}
     * and the rest keep their distance below it (never past h6). Customers' words in blocks are
     * escaped, so every heading tag here is one cxsite or the author wrote.
     */
    static String nest(String html, int top) {
        Matcher tags = HEADING_TAG.matcher(html);
        int highest = 7;
        while (tags.find()) {
            highest = Math.min(highest, tags.group(2).charAt(0) - '0');
        }
        if (highest == 7 || highest == top) {
            return html;
        }
        int shift = top - highest;
        return tags.reset().replaceAll(tag -> "<" + tag.group(1) + "h"
                + Math.min(6, tag.group(2).charAt(0) - '0' + shift));
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

    /** Renders {@code cx-} fenced blocks through {@code reports}; other fenced code as usual. */
    private static final class ReportBlockRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final Iterator<ReportSpec> blocks;
        private final Function<ReportSpec, String> reports;
        private final Iterator<FlowSpec> flows;
        private final FlowHtml flowHtml;

        ReportBlockRenderer(HtmlNodeRendererContext context, Iterator<ReportSpec> blocks,
                Function<ReportSpec, String> reports, Iterator<FlowSpec> flows, FlowHtml flowHtml) {
            this.context = context;
            this.blocks = blocks;
            this.reports = reports;
            this.flows = flows;
            this.flowHtml = flowHtml;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock code = (FencedCodeBlock) node;
            HtmlWriter html = context.getWriter();
            if (isFlow(code) && flows.hasNext()) {
                html.line();
                html.raw(nest(flowHtml.html(flows.next()), outlineLevel(code)));
                html.line();
                return;
            }
            if (ReportBlock.isReportBlock(code.getInfo()) && !isFlow(code) && blocks.hasNext()) {
                html.line();
                html.raw(nest(reports.apply(blocks.next()), outlineLevel(code)));
                html.line();
                return;
            }
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            Map<String, String> attributes = new LinkedHashMap<>();
            if (!info.isEmpty()) {
                attributes.put("class", "language-" + info.split("\\s+")[0]);
            }
            html.line();
            html.tag("pre", context.extendAttributes(node, "pre", Map.of()));
            html.tag("code", context.extendAttributes(node, "code", attributes));
            html.text(code.getLiteral());
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
    }

    /** A {@code cx-troubleshoot} block, rendered by {@link FlowHtml}. */
    private static boolean isFlow(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        return info.split("\\s+")[0].equals(ReportBlock.FLOW);
    }

    /**
     * The words a reader sees, for the search index: text, code and link labels (not their
     * destinations), one space between blocks and lines.
     */
    static String text(Page page) {
        StringBuilder out = new StringBuilder(4096);
        Iterator<FlowSpec> flows = page.flows().iterator();
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
                // A flow's words are its steps, not the YAML they are written in.
                String words = isFlow(code) && flows.hasNext() ? FlowHtml.text(flows.next()) : code.getLiteral();
                out.append(' ').append(words).append(' ');
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
