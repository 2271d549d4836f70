package io.cxsite.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the site check needs of one rendered HTML file, read by a tolerant scanner: every URL it
 * refers to, its ids, its title and headings, its images and graphics, each with the line and
 * column where it was written. The scanner never throws: unclosed or stray tags are taken as a
 * browser would take them closely enough for these checks (it is no validator).
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
 */
record HtmlPage(
        String path,
        Optional<Text> title,
        List<Text> headings,
        List<String> ids,
        List<Ref> refs,
        List<Image> images,
        List<Graphic> graphics,
        boolean noindex) {

    /**
     * An element's start tag as written (its first line) and how many identical ones come before it
     * in the file: raw HTML in Markdown reaches the page unchanged, so this finds it in the Markdown.
     */
    record Written(String tag, int ordinal) {
    }

    /** Text of an element, entities decoded, at the element's start tag. */
    record Text(String text, int line, int column, Written written) {
        boolean isBlank() {
            return HtmlPage.isBlank(text);
        }
    }

    /**
     * A URL in an attribute.
     *
     * @param navigation a person can follow it: a link, a GET form, a refresh; not a stylesheet or an image
     */
    record Ref(String element, String attribute, String url, int line, int column, boolean navigation,
            Written written) {
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
    record Image(String src, Optional<String> alt, int line, int column, Optional<String> bareLink,
            Written written) {
        String html() {
            return "<img src=\"" + src + "\"" + alt.map(a -> " alt=\"" + a + "\"").orElse("") + ">";
        }
    }

    /** An {@code <svg role="img">}; {@code titled} when it has a {@code <title>} child with text. */
    record Graphic(int line, int column, boolean titled, Written written) {
    }

    /** Reads {@code html}; never fails. */
    static HtmlPage parse(String path, String html) {
        return parse(path, html, new Shared());
    }

    /** Reads {@code html}, sharing equal values with the other pages read through {@code shared}. */
    static HtmlPage parse(String path, String html, Shared shared) {
        return new Scanner(path, html, shared).scan();
    }

    boolean hasId(String id) {
        return Collections.binarySearch(ids, id) >= 0;
    }

    /**
     * Equal values shared by the pages of one check: most of a page's links and tags are the
     * theme's, the same on every page, and a large site keeps every page's summary until the end.
     */
    static final class Shared {
        private final Map<Object, Object> values = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        <T> T of(T value) {
            Object prior = values.putIfAbsent(value, value);
            return prior == null ? value : (T) prior;
        }
    }

    /** Blank for a reader: nothing but white space, including no-break spaces. */
    static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00a0');
    }

    // html: elements that never have content or an end tag
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    // html: raw text (script, style) and escapable raw text (textarea, title) hold no tags
    private static final Set<String> RAW = Set.of("script", "style", "textarea");
    /** Elements whose start tag a check may report, besides those with URLs. */
    private static final Set<String> KEPT = Set.of("meta", "img", "svg", "h1", "title");
    /** Which attributes of which elements hold URLs; {@code *} marks those a person navigates by. */
    private static final Map<String, List<String>> URL_ATTRIBUTES = Map.ofEntries(
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

    /** One pass over the text with a stack of open elements. */
    private static final class Scanner {
        private final String path;
        private final String s;
        private final Shared shared;
        private final int[] lineStarts;
        private final Deque<Open> open = new ArrayDeque<>();
        private int capturing;
        private int pos;

        private Text title;
        private final List<Text> headings = new ArrayList<>();
        private final Set<String> ids = new TreeSet<>();
        private final List<Ref> refs = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<Graphic> graphics = new ArrayList<>();
        private boolean noindex;
        /** The start tag being read, and how often each start tag was seen. */
        private Written written;
        private final Map<String, Integer> writtenCount = new HashMap<>();

        Scanner(String path, String s, Shared shared) {
            this.path = path;
            this.s = s;
            this.shared = shared;
            this.lineStarts = lineStarts(s);
        }

        HtmlPage scan() {
            int length = s.length();
            while (pos < length) {
                int lt = s.indexOf('<', pos);
                int end = lt < 0 ? length : lt;
                if (end > pos && capturing > 0) {
                    text(s.substring(pos, end));
                }
                if (lt < 0) {
                    break;
                }
                pos = lt;
                markup();
            }
            while (!open.isEmpty()) {
                close(open.pop());
            }
            return new HtmlPage(path, Optional.ofNullable(title), List.copyOf(headings), List.copyOf(ids),
                    List.copyOf(refs), List.copyOf(images), List.copyOf(graphics), noindex);
        }

        /** At a {@code <}: a comment, a declaration, an end tag, a start tag, or just a character. */
        private void markup() {
            if (s.startsWith("<!--", pos)) {
                pos = skipPast("-->", pos + 4);
            } else if (s.startsWith("<![CDATA[", pos)) {
                pos = skipPast("]]>", pos + 9);
            } else if (s.startsWith("<!", pos) || s.startsWith("<?", pos)) {
                pos = skipPast(">", pos + 2);
            } else if (s.startsWith("</", pos) && pos + 2 < s.length() && Character.isLetter(s.charAt(pos + 2))) {
                int nameEnd = nameEnd(pos + 2);
                String name = s.substring(pos + 2, nameEnd).toLowerCase(Locale.ROOT);
                pos = skipPast(">", nameEnd);
                end(name);
            } else if (pos + 1 < s.length() && Character.isLetter(s.charAt(pos + 1))) {
                startTag();
            } else {
                if (capturing > 0) {
                    text("<");
                }
                pos++;
            }
        }

        private void startTag() {
            int start = pos;
            int nameEnd = nameEnd(pos + 1);
            String name = s.substring(pos + 1, nameEnd).toLowerCase(Locale.ROOT);
            Map<String, Attribute> attributes = new HashMap<>();
            int i = nameEnd;
            boolean selfClosing = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '>') {
                    i++;
                    break;
                }
                if (Character.isWhitespace(c) || c == '/') {
                    selfClosing = c == '/';
                    i++;
                    continue;
                }
                selfClosing = false;
                i = attribute(i, attributes);
            }
            pos = i;
            element(name, attributes, start, selfClosing);
        }

        /** Reads one attribute from {@code i}; returns where the next one may start. */
        private int attribute(int i, Map<String, Attribute> attributes) {
            int nameStart = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "=>".indexOf(s.charAt(i)) < 0
                    && !(s.charAt(i) == '/' && i + 1 < s.length() && s.charAt(i + 1) == '>')) {
                i++;
            }
            String name = s.substring(nameStart, Math.max(i, nameStart + 1)).toLowerCase(Locale.ROOT);
            i = Math.max(i, nameStart + 1);
            int j = skipSpace(i);
            if (j >= s.length() || s.charAt(j) != '=') {
                attributes.putIfAbsent(name, new Attribute("", nameStart));
                return i;
            }
            j = skipSpace(j + 1);
            String value;
            if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                int close = s.indexOf(s.charAt(j), j + 1);
                close = close < 0 ? s.length() : close;
                value = s.substring(j + 1, close);
                j = Math.min(close + 1, s.length());
            } else {
                int valueStart = j;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>') {
                    j++;
                }
                value = s.substring(valueStart, j);
            }
            // html: the first of two same-named attributes counts
            attributes.putIfAbsent(name, new Attribute(decode(value), nameStart));
            return j;
        }

        /** What a start tag means for the checks, then whether it opens an element. */
        private void element(String name, Map<String, Attribute> attributes, int start, boolean selfClosing) {
            // Only what the checks report on, and shared: the theme's tags repeat on every page.
            if (URL_ATTRIBUTES.containsKey(name) || KEPT.contains(name)) {
                int newline = s.indexOf('\n', start);
                String tag = s.substring(start, newline < 0 || newline > pos ? pos : newline);
                written = shared.of(new Written(shared.of(tag), writtenCount.merge(tag, 1, Integer::sum) - 1));
            } else {
                written = null;
            }
            Attribute id = attributes.get("id");
            if (id != null && !id.value().isEmpty()) {
                ids.add(id.value());
            }
            if (name.equals("a") && attributes.containsKey("name") && !attributes.get("name").value().isEmpty()) {
                ids.add(attributes.get("name").value());
            }
            urls(name, attributes);
            switch (name) {
                case "meta" -> meta(attributes);
                case "img" -> image(attributes, start);
                case "a" -> closeOpen("a");
                case "title" -> {
                    titleText(start);
                    return;
                }
                default -> {
                }
            }
            if (RAW.contains(name) && !selfClosing) {
                pos = skipPastIgnoreCase("</" + name, pos);
                pos = skipPast(">", pos);
                return;
            }
            if (VOID.contains(name) || selfClosing) {
                return;
            }
            Open element = new Open(name, start, written);
            if (name.equals("a") || name.equals("h1")) {
                element.text = new StringBuilder();
                element.href = attributes.containsKey("href") ? attributes.get("href").value() : null;
                element.named = name.equals("a") && (attributes.containsKey("aria-labelledby")
                        || attributes.containsKey("aria-label") && !isBlank(attributes.get("aria-label").value()));
                capturing++;
            }
            if (name.equals("svg") && attributes.containsKey("role")
                    && List.of(attributes.get("role").value().toLowerCase(Locale.ROOT).split("\\s+")).contains("img")) {
                element.graphic = graphics.size();
                graphics.add(new Graphic(line(start), column(start), false, written));
            }
            open.push(element);
        }

        private void urls(String tagName, Map<String, Attribute> attributes) {
            List<String> specs = URL_ATTRIBUTES.getOrDefault(tagName, List.of());
            String name = specs.isEmpty() ? tagName : shared.of(tagName);
            for (String spec : specs) {
                boolean navigation = spec.startsWith("*");
                String attribute = navigation ? spec.substring(1) : spec;
                Attribute value = attributes.get(attribute);
                if (value == null) {
                    continue;
                }
                if (name.equals("form")) {
                    Attribute method = attributes.get("method");
                    navigation = method == null || method.value().equalsIgnoreCase("get");
                }
                int line = line(value.at());
                int column = column(value.at());
                if (attribute.equals("srcset")) {
                    // html: "url 1x, url 2x" or "url 480w, ..."
                    for (String candidate : value.value().split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            refs.add(new Ref(name, attribute, shared.of(url), line, column, false, written));
                        }
                    }
                } else {
                    refs.add(new Ref(name, attribute, shared.of(value.value().strip()), line, column, navigation,
                            written));
                }
            }
        }

        private void meta(Map<String, Attribute> attributes) {
            String content = attributes.containsKey("content") ? attributes.get("content").value() : "";
            Attribute name = attributes.get("name");
            if (name != null && name.value().equalsIgnoreCase("robots")
                    && content.toLowerCase(Locale.ROOT).contains("noindex")) {
                noindex = true;
            }
            Attribute equiv = attributes.get("http-equiv");
            if (equiv != null && equiv.value().equalsIgnoreCase("refresh")) {
                // html: content="0; url=/target/"
                int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
                if (url >= 0) {
                    String target = content.substring(url + 4).strip().replaceAll("^['\"]|['\"]$", "");
                    Attribute at = attributes.get("content");
                    refs.add(new Ref("meta", "content", shared.of(target), line(at.at()), column(at.at()), true,
                            written));
                }
            }
        }

        private void image(Map<String, Attribute> attributes, int start) {
            String src = attributes.containsKey("src") ? shared.of(attributes.get("src").value()) : "";
            Optional<String> alt = Optional.ofNullable(attributes.get("alt")).map(Attribute::value);
            images.add(new Image(src, alt, line(start), column(start), Optional.empty(), written));
            if (alt.isPresent() && !isBlank(alt.get())) {
                text(alt.get());
            } else if (alt.isPresent()) {
                Open link = innermost("a");
                if (link != null) {
                    link.decorative.add(images.size() - 1);
                }
            }
        }

        /** {@code <title>} holds only text: the document's title, or an SVG's name. */
        private void titleText(int start) {
            int end = indexOfIgnoreCase("</title", pos);
            String text = decode(s.substring(pos, end < 0 ? s.length() : end));
            pos = end < 0 ? s.length() : skipPast(">", end);
            Open parent = open.peek();
            if (parent != null && parent.name.equals("svg")) {
                if (parent.graphic >= 0 && !isBlank(text)) {
                    Graphic g = graphics.get(parent.graphic);
                    graphics.set(parent.graphic, new Graphic(g.line(), g.column(), true, g.written()));
                }
                text(text);
            } else if (title == null && innermost("svg") == null) {
                title = new Text(text, line(start), column(start), written);
            }
        }

        /** Text inside every open link and heading counts towards its name. */
        private void text(String raw) {
            for (Open o : open) {
                if (o.text != null) {
                    o.text.append(raw);
                }
            }
        }

        private void end(String name) {
            if (innermost(name) == null) {
                return; // html: a stray end tag is ignored
            }
            Open o;
            do {
                o = open.pop();
                close(o);
            } while (!o.name.equals(name));
        }

        /** Closes the open element {@code name}, if any: a link never holds another link. */
        private void closeOpen(String name) {
            if (innermost(name) != null) {
                end(name);
            }
        }

        /** The innermost open element {@code name}, or null. */
        private Open innermost(String name) {
            for (Open o : open) {
                if (o.name.equals(name)) {
                    return o;
                }
            }
            return null;
        }

        private void close(Open o) {
            if (o.text == null) {
                return;
            }
            capturing--;
            String text = decode(o.text.toString());
            if (o.name.equals("h1")) {
                headings.add(new Text(text.strip(), line(o.start), column(o.start), o.written));
            } else if (!o.named && isBlank(text)) {
                for (int index : o.decorative) {
                    Image image = images.get(index);
                    images.set(index, new Image(image.src(), image.alt(), image.line(), image.column(),
                            Optional.of(o.href == null ? "" : o.href), image.written()));
                }
            }
        }

        private int nameEnd(int i) {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
                i++;
            }
            return i;
        }

        private int skipSpace(int i) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private int skipPast(String token, int from) {
            int at = s.indexOf(token, from);
            return at < 0 ? s.length() : at + token.length();
        }

        private int skipPastIgnoreCase(String token, int from) {
            int at = indexOfIgnoreCase(token, from);
            return at < 0 ? s.length() : at;
        }

        private int indexOfIgnoreCase(String token, int from) {
            for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
                if (s.regionMatches(true, i, token, 0, token.length())) {
                    return i;
                }
            }
            return -1;
        }

        private int line(int offset) {
            int at = Arrays.binarySearch(lineStarts, offset);
            return (at >= 0 ? at : -at - 2) + 1;
        }

        private int column(int offset) {
            return offset - lineStarts[line(offset) - 1] + 1;
        }

        private static int[] lineStarts(String s) {
            int[] starts = new int[Math.max(16, s.length() / 32)];
            int n = 1;
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            return Arrays.copyOf(starts, n);
        }
    }

    private record Attribute(String value, int at) {
    }

    /** An element still open, with what the checks collect inside it. */
    private static final class Open {
        final String name;
        final int start;
        final Written written;
        StringBuilder text;
        String href;
        boolean named;
        int graphic = -1;
        final List<Integer> decorative = new ArrayList<>(0);

        Open(String name, int start, Written written) {
            this.name = name;
            this.start = start;
            this.written = written;
        }
    }

    /** Character references: the named ones cxsite's output and authors' HTML use, and every numeric one. */
    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String replacement = semi < 0 || semi - amp > 10 ? null : reference(text.substring(amp + 1, semi));
            if (replacement == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(replacement);
                i = semi + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    private static String reference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> null;
        };
    }
}
