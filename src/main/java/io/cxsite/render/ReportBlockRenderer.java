package io.cxsite.render;

import io.cxsite.content.ReportBlock;
import io.cxsite.site.FlowSpec;
import io.cxsite.site.ReportSpec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders {@code cx-} fenced blocks through {@code reports}; other fenced code as usual. */
final class ReportBlockRenderer implements NodeRenderer {
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
            html.raw(BlockOutline.nest(flowHtml.html(flows.next()), BlockOutline.outlineLevel(code)));
            html.line();
            return;
        }
        if (ReportBlock.isReportBlock(code.getInfo()) && !isFlow(code) && blocks.hasNext()) {
            html.line();
            html.raw(BlockOutline.nest(reports.apply(blocks.next()), BlockOutline.outlineLevel(code)));
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

    /** A {@code cx-troubleshoot} block, rendered by {@link FlowHtml}. */
    static boolean isFlow(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        return info.split("\\s+")[0].equals(ReportBlock.FLOW);
    }
}
