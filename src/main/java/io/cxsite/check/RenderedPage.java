package io.cxsite.check;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        return new PageReader(path, interner).read(parse(html));
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

    static boolean isRefresh(Element element) {
        return element.attr("http-equiv").equalsIgnoreCase("refresh");
    }

    /** Blank for a reader: nothing but white space, including no-break spaces. */
    static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00a0');
    }

}
