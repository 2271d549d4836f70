package io.cxsite.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One walk over a parsed page that collects what later stages need: its links and images with
 * their file positions, its raw HTML with positions, its heading ids and its {@code cx-} blocks. Drops the source spans on the way.
 */
final class PageScan extends AbstractVisitor {
    private final int bodyLine;
    private final List<LinkRef> links = new ArrayList<>();
    private final List<String> anchors = new ArrayList<>();
    private final List<ReportBlock> blocks = new ArrayList<>();
    private final List<RawHtml> html = new ArrayList<>();
    private final AnchorIds ids = new AnchorIds();

    private PageScan(int bodyLine) {
        this.bodyLine = bodyLine;
    }

    /** Scans {@code document}, whose first line is file line {@code bodyLine}. */
    static PageScan of(Node document, int bodyLine) {
        PageScan scan = new PageScan(bodyLine);
        document.accept(scan);
        return scan;
    }

    List<LinkRef> links() {
        return List.copyOf(links);
    }

    List<String> anchors() {
        return List.copyOf(anchors);
    }

    List<ReportBlock> blocks() {
        return List.copyOf(blocks);
    }

    List<RawHtml> html() {
        return List.copyOf(html);
    }

    @Override
    public void visit(Link link) {
        links.add(ref(link.getDestination(), link, false));
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        links.add(ref(image.getDestination(), image, true));
        visitChildren(image);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        if (ReportBlock.isReportBlock(code.getInfo())) {
            List<SourceSpan> spans = code.getSourceSpans();
            int line = spans.isEmpty() ? bodyLine : bodyLine + spans.get(0).getLineIndex();
            List<String> words = List.of(code.getInfo().strip().split("\\s+"));
            blocks.add(new ReportBlock(words.get(0), words.subList(1, words.size()), code.getLiteral().strip(),
                    line, 1, code.getLiteral(), textColumn(code.getLiteral(), spans)));
        }
        visitChildren(code);
    }

    @Override
    public void visit(HtmlInline inline) {
        html.add(raw(inline.getLiteral(), inline));
        visitChildren(inline);
    }

    @Override
    public void visit(HtmlBlock block) {
        html.add(raw(block.getLiteral(), block));
        visitChildren(block);
    }

    @Override
    public void visit(Heading heading) {
        anchors.add(ids.next(Markdown.textOf(heading)));
        visitChildren(heading);
    }

    /** Source spans are only needed for the link positions above; dropping them saves a third of the tree. */
    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        parent.setSourceSpans(List.of());
    }

    private LinkRef ref(String destination, Node node, boolean image) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan first = spans.isEmpty() ? null : spans.get(0);
        int line = first == null ? bodyLine : bodyLine + first.getLineIndex();
        int column = first == null ? 1 : first.getColumnIndex() + 1;
        return new LinkRef(destination, line, column, image);
    }

    private RawHtml raw(String literal, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan first = spans.isEmpty() ? null : spans.get(0);
        return new RawHtml(literal, first == null ? bodyLine : bodyLine + first.getLineIndex(),
                first == null ? 1 : first.getColumnIndex() + 1);
    }

    /**
     * The file column of a fenced block's first body character. Span i + 1 covers body line i from
     * its container's content start; the literal drops the fence's indent, so it ends the span.
     */
    private static int textColumn(String literal, List<SourceSpan> spans) {
        List<String> lines = literal.lines().toList();
        for (int i = 0; i < lines.size() && i + 1 < spans.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                SourceSpan span = spans.get(i + 1);
                return span.getColumnIndex() + span.getLength() - lines.get(i).length() + 1;
            }
        }
        return spans.size() > 1 ? spans.get(1).getColumnIndex() + 1 : 1;
    }
}
