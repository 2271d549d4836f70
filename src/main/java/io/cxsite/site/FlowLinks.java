package io.cxsite.site;

import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.content.LinkRef;
import io.cxsite.content.Markdown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Reads a flow's Markdown and resolves each link written in the flow, keeping where it leads. */
final class FlowLinks {
    private final FlowBlock at;
    private final Function<LinkRef, Optional<String>> resolve;
    private final Map<String, String> links = new LinkedHashMap<>();

    FlowLinks(FlowBlock at, Function<LinkRef, Optional<String>> resolve) {
        this.at = at;
        this.resolve = resolve;
    }

    /** Each link destination met so far, as written, to its site-relative target. */
    Map<String, String> links() {
        return links;
    }

    /** Resolves a link written in the flow at file position {@code place}; a miss is reported by the resolver. */
    void link(String destination, int[] place, boolean image) {
        resolve.apply(new LinkRef(destination, place[0], place[1], image)).ifPresent(t -> links.put(destination, t));
    }

    /** The instruction's Markdown, its links resolved like the page's own. */
    Node body(Entry entry) {
        if (entry == null || entry.value().kind() == YamlNode.Kind.NULL) {
            return Markdown.PARSER.parse("");
        }
        YamlNode value = entry.value();
        if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE) {
            at.error(entry, "'body:' must be Markdown text (write 'body: |' and the text indented below it),"
                    + " found " + value.describe());
            return Markdown.PARSER.parse("");
        }
        Node body = Markdown.PARSER.parse(value.text());
        body.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link(link.getDestination(), place(link), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                link(image.getDestination(), place(image), true);
                visitChildren(image);
            }

            private int[] place(Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                return spans.isEmpty() ? at.position(value, 0, 0)
                        : at.position(value, spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
            }
        });
        return body;
    }
}
