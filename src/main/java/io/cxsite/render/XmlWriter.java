package io.cxsite.render;

import java.io.StringWriter;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap's and feed's XML, written through the JDK's {@link XMLStreamWriter}, which escapes
 * every text and attribute value; line breaks and indents are ours, so the files read well in a diff.
 */
final class XmlWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter out;

    private XmlWriter(XMLStreamWriter out) {
        this.out = out;
    }

    /** An XML 1.0 document in UTF-8: the declaration, a line break, then what {@code body} writes. */
    static String document(Consumer<XmlWriter> body) {
        StringWriter text = new StringWriter(16 * 1024);
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            body.accept(new XmlWriter(writer));
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** A start tag; {@code attributes} alternate names and values. */
    XmlWriter open(String name, String... attributes) {
        return write(() -> {
            out.writeStartElement(name);
            attributes(attributes);
        });
    }

    /** An element without content, {@code <name a="v"/>}. */
    XmlWriter empty(String name, String... attributes) {
        return write(() -> {
            out.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** An element holding {@code text}. */
    XmlWriter element(String name, String text) {
        return open(name).text(text).close();
    }

    /** The end tag of the element opened last. */
    XmlWriter close() {
        return write(out::writeEndElement);
    }

    XmlWriter text(String text) {
        return write(() -> out.writeCharacters(text));
    }

    /** A line break, then {@code indent}. */
    XmlWriter line(String indent) {
        return text("\n" + indent);
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            out.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlWriter write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return this;
    }
}
