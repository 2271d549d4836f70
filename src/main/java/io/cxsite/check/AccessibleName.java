package io.cxsite.check;

import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** What screen readers make of an element: its alt text, its accessible name, whether a link has none. */
final class AccessibleName {
    private AccessibleName() {
    }

    static Optional<String> alt(Element image) {
        Attribute alt = image.attribute("alt");
        return alt == null ? Optional.empty() : Optional.of(alt.getValue());
    }

    /** The link an image with an empty alt is all of: then the link has no name for screen readers. */
    static Optional<String> bareLink(Element image) {
        if (!image.hasAttr("alt") || !RenderedPage.isBlank(image.attr("alt"))) {
            return Optional.empty();
        }
        Element link = image.parent();
        while (link != null && !link.normalName().equals("a")) {
            link = link.parent();
        }
        if (link == null || link.hasAttr("aria-labelledby")
                || link.hasAttr("aria-label") && !RenderedPage.isBlank(link.attr("aria-label")) || !RenderedPage.isBlank(name(link))) {
            return Optional.empty();
        }
        return Optional.of(link.attr("href"));
    }

    /** What a screen reader reads out for an element: its text, and the alt text of its images. */
    static String name(Element element) {
        StringBuilder name = new StringBuilder(element.text());
        for (Element image : element.getElementsByTag("img")) {
            name.append(' ').append(image.attr("alt"));
        }
        return name.toString();
    }

    static boolean titled(Element svg) {
        return svg.children().stream().anyMatch(c -> c.normalName().equals("title") && !RenderedPage.isBlank(c.text()));
    }
}
