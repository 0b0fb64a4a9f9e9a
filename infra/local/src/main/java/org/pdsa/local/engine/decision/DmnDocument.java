package org.pdsa.local.engine.decision;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the engine reads from a DMN file itself: the decision requirements graph's id and name,
 * and each decision's id, name and {@code zeebe:versionTag}.
 */
public record DmnDocument(String id, String name, List<Decision> decisions, Element root) {
    private static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";

    /** One decision of the file. */
    public record Decision(String id, String name, String versionTag, String text) {}

    /** Reads the file; throws IllegalArgumentException with a reason when it is not usable DMN. */
    public static DmnDocument read(byte[] content) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new IllegalArgumentException("malformed DMN XML: " + e.getMessage());
        }
        Element definitions = doc.getDocumentElement();
        if (!"definitions".equals(definitions.getLocalName())) throw new IllegalArgumentException("the root element is not DMN definitions");
        String id = definitions.getAttribute("id");
        if (id.isBlank()) throw new IllegalArgumentException("the DMN definitions have no id");
        List<Decision> decisions = new ArrayList<>();
        NodeList nodes = definitions.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && "decision".equals(e.getLocalName())) {
                if (e.getAttribute("id").isBlank()) throw new IllegalArgumentException("a decision has no id");
                decisions.add(new Decision(e.getAttribute("id"), e.getAttribute("name"), versionTag(e), e.getTextContent()));
            }
        }
        if (decisions.isEmpty()) throw new IllegalArgumentException("the DMN file contains no decision");
        return new DmnDocument(id, definitions.getAttribute("name"), List.copyOf(decisions), definitions);
    }

    /** The ids of the decisions whose text contains {@code fragment} (to say which decision a parse error is in). */
    public List<String> decisionsContaining(String fragment) {
        List<String> ids = new ArrayList<>();
        for (Decision d : decisions) if (fragment != null && d.text() != null && d.text().contains(fragment)) ids.add(d.id());
        return ids;
    }

    private static String versionTag(Element decision) {
        for (Node n = decision.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element ext && "extensionElements".equals(ext.getLocalName())) {
                NodeList tags = ext.getElementsByTagNameNS(ZEEBE_NS, "versionTag");
                if (tags.getLength() > 0) {
                    String value = ((Element) tags.item(0)).getAttribute("value");
                    return value.isBlank() ? null : value;
                }
            }
        }
        return null;
    }
}
