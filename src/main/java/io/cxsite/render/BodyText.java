package io.cxsite.render;

import io.cxsite.site.FlowSpec;
import io.cxsite.site.Page;
import java.util.Iterator;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** A page's Markdown body as the plain words a reader sees, for the search index. */
final class BodyText {
    private BodyText() {
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
                String words = ReportBlockRenderer.isFlow(code) && flows.hasNext() ? FlowHtml.text(flows.next())
                        : code.getLiteral();
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
