package org.stiel.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A rendered picture parsed as XML: the test fails here if the markup is not well-formed. */
final class SvgDocument {

    final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        return new SvgDocument(document);
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every element with this name, in document order. */
    List<Element> all(String name) {
        var nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The elements with this name whose class attribute is {@code cssClass}. */
    List<Element> withClass(String name, String cssClass) {
        return all(name).stream()
                .filter(e -> cssClass.equals(e.getAttribute("class")))
                .toList();
    }

    /** The first child element with this name. */
    static Element child(Element parent, String name) {
        var nodes = parent.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        assertThat(nodes.getLength())
                .as("a <%s> in <%s>", name, parent.getLocalName())
                .isPositive();
        return (Element) nodes.item(0);
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
