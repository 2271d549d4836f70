package io.cxsite.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Charts read back as XML, so tests assert on elements rather than on substrings. */
final class ChartXml {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartXml() {
    }

    /** Parses namespace-aware and fails the test on any well-formedness error. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Elements of the SVG namespace with this local name, in document order. */
    static List<Element> svgElements(Document doc, String localName) {
        return list(doc.getElementsByTagNameNS(SVG_NS, localName));
    }

    /** Elements of any name in no namespace (HTML written as XML), in document order. */
    static List<Element> elements(Document doc, String name) {
        return list(doc.getElementsByTagName(name));
    }

    /** Elements whose class list contains {@code cssClass}. */
    static List<Element> byClass(Document doc, String cssClass) {
        return list(doc.getElementsByTagNameNS("*", "*")).stream()
                .filter(e -> Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    /** The text of the {@code <title>} child of each element. */
    static List<String> tooltips(List<Element> elements) {
        return elements.stream().map(e -> {
            List<Element> titles = list(e.getElementsByTagNameNS(SVG_NS, "title"));
            assertEquals(1, titles.size(), "one tooltip per mark");
            return titles.get(0).getTextContent();
        }).toList();
    }

    static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::getTextContent).toList();
    }

    static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
