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

    /**
     * Runs of whitespace become one space; none at either end. Works on a char array: a build
     * collapses megabytes of text, and per-char {@code StringBuilder} calls cost several times more.
     */
    static String collapseWhitespace(CharSequence text) {
        int length = text.length();
        char[] in = new char[length];
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, length, in, 0);
        } else {
            text.toString().getChars(0, length, in, 0);
        }
        int out = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = in[i];
            if (c <= ' ' || c >= 0x80 && Character.isWhitespace(c)) {
                space = out > 0;
            } else {
                if (space) {
                    in[out++] = ' ';
                    space = false;
                }
                in[out++] = c;
            }
        }
        return new String(in, 0, out);
    }
}
