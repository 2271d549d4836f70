package io.cxsite.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Makes the site's own phone numbers in a page's text {@code tel:} links, so a customer on a phone
 * calls with one tap. Only numbers written exactly as in site.yaml's phone channels are linked
 * (other digits may be order numbers or dates: cxsite does not guess), and never inside a link.
 */
final class PhoneLinks implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final List<String> numbers;

    /** @param numbers the phone channels' values as site.yaml writes them, longest first */
    PhoneLinks(HtmlNodeRendererContext context, List<String> numbers) {
        this.context = context;
        this.numbers = numbers;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class);
    }

    @Override
    public void render(Node node) {
        String text = ((Text) node).getLiteral();
        HtmlWriter html = context.getWriter();
        if (numbers.isEmpty() || insideLink(node)) {
            html.text(text);
            return;
        }
        int from = 0;
        while (true) {
            int at = -1;
            String found = null;
            for (String number : numbers) {
                int i = text.indexOf(number, from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = number;
                }
            }
            if (found == null) {
                html.text(text.substring(from));
                return;
            }
            html.text(text.substring(from, at));
            html.tag("a", Map.of("href", HelpContact.telHref(found)));
            html.text(found);
            html.tag("/a");
            from = at + found.length();
        }
    }

    private static boolean insideLink(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link) {
                return true;
            }
        }
        return false;
    }
}
