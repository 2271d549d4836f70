package io.cxsite.charts;


/**
 * A small writer of XML (the SVG) and HTML (the table): elements with attributes given as
 * name-value pairs, all text and attribute values escaped. Knows nothing about charts.
 */
final class Markup {
    private final StringBuilder out;

    /** For a chart: room for most without growing. */
    Markup() {
        this(16_384);
    }

    /** For something small, such as a sparkline, which would otherwise take a chart's room. */
    Markup(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** {@code <name a="v">}; {@code attributes} alternate names and values. */
    Markup open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    Markup close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name a="v"/>}. */
    Markup empty(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** {@code <name a="v">text</name>}. */
    Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /** Text that must not be escaped, such as a style sheet without {@code <} or {@code &}. */
    Markup raw(String text) {
        out.append(text);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
    }

    /**
     * Text safe in XML and HTML content and in quoted attributes. Characters XML 1.0 does not allow
     * (control characters, lone surrogates) become U+FFFD, so any label still parses.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped);
        return escaped.toString();
    }

    /** {@link #escape(String)} written to {@code escaped}; text with nothing to escape is copied whole. */
    static void escape(String text, StringBuilder escaped) {
        if (isPlain(text)) {
            escaped.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    } else {
                        escaped.append('\uFFFD');
                    }
                }
            }
        }
    }

    /** Whether {@code text} is printable ASCII without a character that XML escapes: most labels and every number. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    // XML 1.0 Char production, for one UTF-16 unit that is not part of a surrogate pair.
    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }

    /** A coordinate with at most one decimal and no locale: {@code 12}, {@code 12.5}, never {@code -0}. */
    static String num(double value) {
        return HalfUp.shortest(value, 1);
    }
}
