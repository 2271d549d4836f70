package io.cxsite.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * What the site check needs of one rendered HTML file, read with jsoup (which takes broken markup
 * as a browser would) and then let go: every URL it refers to, its ids, its title and headings,
 * its images and graphics, each with the line and column where it was written.
 *
 * <p>The elements a check may report on (those with URLs, images, graphics, {@code <h1>}) are the
 * page's <em>marks</em>, in document order, each with a {@link #key} that the same element written
 * as raw HTML in the Markdown also has: that is how {@link SourceMap} finds where it was written.
 *
 * @param path     site-relative output path, e.g. {@code guides/nps/index.html}
 * @param title    the document's {@code <title>} (an SVG's title is not it); empty when there is none
 * @param headings every {@code <h1>} with its text
 * @param ids      every {@code id} and {@code <a name>}, sorted, each once (see {@link #hasId})
 * @param refs     every URL in {@code href}, {@code src}, {@code srcset}, a form's {@code action} and a
 *                 refresh {@code <meta>}, in document order
 * @param images   every {@code <img>}
 * @param graphics every {@code <svg role="img">}
 * @param noindex  a {@code <meta name="robots">} says {@code noindex}
 * @param marks    the key of each mark, in document order
 */
record RenderedPage(
        String path,
        Optional<Text> title,
        List<Text> headings,
        List<String> ids,
        List<Ref> refs,
        List<Image> images,
        List<Graphic> graphics,
        boolean noindex,
        List<String> marks) {

    /** Text of an element at its start tag; {@code mark} is the element's index in {@link #marks}, or -1. */
    record Text(String text, int line, int column, int mark) {
        boolean isBlank() {
            return RenderedPage.isBlank(text);
        }
    }

    /**
     * A URL in an attribute, at the attribute.
     *
     * @param navigation a person can follow it: a link, a GET form, a refresh; not a stylesheet or an image
     */
    record Ref(String element, String attribute, String url, int line, int column, boolean navigation, int mark) {
        /** The attribute alone, for messages: {@code <a href="/x/">}. */
        String html() {
            return "<" + element + " " + attribute + "=\"" + url + "\">";
        }
    }

    /**
     * An {@code <img>}.
     *
     * @param alt      empty when the attribute is missing, {@code ""} when it is there but empty
     * @param bareLink the {@code href} of the link this image (with an empty alt) is the only content of
     */
    record Image(String src, Optional<String> alt, int line, int column, Optional<String> bareLink, int mark) {
        String html() {
            return "<img src=\"" + src + "\"" + alt.map(a -> " alt=\"" + a + "\"").orElse("") + ">";
        }
    }

    /** An {@code <svg role="img">}; {@code titled} when it has a {@code <title>} child with text. */
    record Graphic(int line, int column, boolean titled, int mark) {
    }

    /** Which attributes of which elements hold URLs; {@code *} marks those a person navigates by. */
    static final Map<String, List<String>> URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", List.of("*href")),
            Map.entry("area", List.of("*href")),
            Map.entry("link", List.of("href")),
            Map.entry("img", List.of("src", "srcset")),
            Map.entry("source", List.of("src", "srcset")),
            Map.entry("script", List.of("src")),
            Map.entry("iframe", List.of("src")),
            Map.entry("audio", List.of("src")),
            Map.entry("video", List.of("src", "poster")),
            Map.entry("track", List.of("src")),
            Map.entry("embed", List.of("src")),
            Map.entry("object", List.of("data")),
            Map.entry("form", List.of("action")));

    /** Reads {@code html}; never fails. */
    static RenderedPage read(String path, String html) {
        return read(path, html, new Interner());
    }

    /** Reads {@code html}, sharing equal strings with the other pages read through {@code interner}. */
    static RenderedPage read(String path, String html, Interner interner) {
        return new Reader(path, interner).read(parse(html));
    }

    /** {@code html} parsed as a browser would, each node knowing where it was written. */
    static Document parse(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    }

    boolean hasId(String id) {
        return Collections.binarySearch(ids, id) >= 0;
    }

    /**
     * Whether {@code element} is one a check may report on, and so a mark. Written here once for
     * rendered pages and for raw HTML in Markdown alike.
     */
    static boolean isMark(Element element) {
        String name = element.normalName();
        return URL_ATTRIBUTES.containsKey(name) || name.equals("h1") || isGraphic(element)
                || name.equals("meta") && isRefresh(element);
    }

    /**
     * The key of a mark: its name and the URLs it holds, the same for the element in the page and
     * for the Markdown or raw HTML it came from. A Markdown link is {@code key("a", url)}.
     */
    static String key(Element element) {
        String name = element.normalName();
        List<String> attributes = URL_ATTRIBUTES.get(name);
        if (attributes == null) {
            return name.equals("meta") ? key(name, element.attr("content")) : name;
        }
        String[] values = new String[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = element.attr(attributes.get(i).replace("*", ""));
        }
        return key(name, values);
    }

    /** The key of an element {@code name} whose URL attributes, in {@link #URL_ATTRIBUTES} order, hold {@code urls}. */
    static String key(String name, String... urls) {
        return name + "\u0000" + String.join("\u0000", urls);
    }

    static boolean isGraphic(Element element) {
        return element.normalName().equals("svg") && List.of(element.attr("role").toLowerCase(Locale.ROOT)
                .split("\\s+")).contains("img");
    }

    private static boolean isRefresh(Element element) {
        return element.attr("http-equiv").equalsIgnoreCase("refresh");
    }

    /** Blank for a reader: nothing but white space, including no-break spaces. */
    static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00a0');
    }

    /**
     * Equal strings shared by the pages of one check: most of a page's links are the theme's, the
     * same on every page, and a large site keeps every page's summary until the end.
     */
    static final class Interner {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        String of(String value) {
            String prior = values.putIfAbsent(value, value);
            return prior == null ? value : prior;
        }
    }

    /** One walk over the parsed document, in document order. */
    private static final class Reader {
        private final String path;
        private final Interner interner;
        private Text title;
        private final List<Text> headings = new ArrayList<>();
        private final Set<String> ids = new TreeSet<>();
        private final List<Ref> refs = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<Graphic> graphics = new ArrayList<>();
        private final List<String> marks = new ArrayList<>();
        private boolean noindex;

        Reader(String path, Interner interner) {
            this.path = path;
            this.interner = interner;
        }

        RenderedPage read(Document document) {
            for (Element element : document.getAllElements()) {
                element(element);
            }
            return new RenderedPage(path, Optional.ofNullable(title), List.copyOf(headings), List.copyOf(ids),
                    List.copyOf(refs), List.copyOf(images), List.copyOf(graphics), noindex, List.copyOf(marks));
        }

        private void element(Element element) {
            String name = element.normalName();
            String id = element.id();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            if (name.equals("a") && !element.attr("name").isEmpty()) {
                ids.add(element.attr("name"));
            }
            int mark = -1;
            if (isMark(element)) {
                mark = marks.size();
                marks.add(interner.of(key(element)));
            }
            Range.Position at = element.sourceRange().start();
            switch (name) {
                case "meta" -> meta(element, mark);
                case "img" -> images.add(new Image(interner.of(element.attr("src")), alt(element), at.lineNumber(),
                        at.columnNumber(), bareLink(element), mark));
                case "h1" -> headings.add(new Text(name(element).strip(), at.lineNumber(), at.columnNumber(), mark));
                case "title" -> {
                    if (title == null && !element.tag().namespace().equals(Parser.NamespaceSvg)) {
                        title = new Text(element.text(), at.lineNumber(), at.columnNumber(), mark);
                    }
                }
                default -> {
                    if (isGraphic(element)) {
                        graphics.add(new Graphic(at.lineNumber(), at.columnNumber(), titled(element), mark));
                    }
                }
            }
            urls(element, mark);
        }

        private void urls(Element element, int mark) {
            String name = element.normalName();
            for (String spec : URL_ATTRIBUTES.getOrDefault(name, List.of())) {
                boolean navigation = spec.startsWith("*");
                String attribute = navigation ? spec.substring(1) : spec;
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                if (name.equals("form")) {
                    String method = element.attr("method");
                    navigation = method.isEmpty() || method.equalsIgnoreCase("get");
                }
                Range.Position at = element.attributes().sourceRange(attribute).nameRange().start();
                String value = element.attr(attribute);
                if (attribute.equals("srcset")) {
                    // html: "url 1x, url 2x" or "url 480w, ..."
                    for (String candidate : value.split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            refs.add(ref(name, attribute, url, at, false, mark));
                        }
                    }
                } else {
                    refs.add(ref(name, attribute, value.strip(), at, navigation, mark));
                }
            }
        }

        private Ref ref(String element, String attribute, String url, Range.Position at, boolean navigation,
                int mark) {
            return new Ref(interner.of(element), attribute, interner.of(url), at.lineNumber(), at.columnNumber(),
                    navigation, mark);
        }

        private void meta(Element meta, int mark) {
            String content = meta.attr("content");
            if (meta.attr("name").equalsIgnoreCase("robots") && content.toLowerCase(Locale.ROOT).contains("noindex")) {
                noindex = true;
            }
            if (isRefresh(meta)) {
                // html: content="0; url=/target/"
                int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
                if (url >= 0) {
                    String target = content.substring(url + 4).strip().replaceAll("^['\"]|['\"]$", "");
                    refs.add(ref("meta", "content", target, meta.attributes().sourceRange("content").nameRange()
                            .start(), true, mark));
                }
            }
        }

        private static Optional<String> alt(Element image) {
            Attribute alt = image.attribute("alt");
            return alt == null ? Optional.empty() : Optional.of(alt.getValue());
        }

        /** The link an image with an empty alt is all of: then the link has no name for screen readers. */
        private static Optional<String> bareLink(Element image) {
            if (!image.hasAttr("alt") || !isBlank(image.attr("alt"))) {
                return Optional.empty();
            }
            Element link = image.parent();
            while (link != null && !link.normalName().equals("a")) {
                link = link.parent();
            }
            if (link == null || link.hasAttr("aria-labelledby")
                    || link.hasAttr("aria-label") && !isBlank(link.attr("aria-label")) || !isBlank(name(link))) {
                return Optional.empty();
            }
            return Optional.of(link.attr("href"));
        }

        /** What a screen reader reads out for an element: its text, and the alt text of its images. */
        private static String name(Element element) {
            StringBuilder name = new StringBuilder(element.text());
            for (Element image : element.getElementsByTag("img")) {
                name.append(' ').append(image.attr("alt"));
            }
            return name.toString();
        }

        private static boolean titled(Element svg) {
            return svg.children().stream().anyMatch(c -> c.normalName().equals("title") && !isBlank(c.text()));
        }
    }
}
