package org.pdsa.local.engine.processing.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Recognises deployable files by name and reads the little the deployment answer needs from DMN and forms. */
final class ResourceKinds {
    enum Kind { BPMN, DMN, FORM, UNSUPPORTED }

    /** A DMN file's requirements graph id/name and its decisions. */
    record DmnSummary(String id, String name, List<String[]> decisions) {}

    private ResourceKinds() {}

    static Kind of(String name) {
        String lower = name.toLowerCase();
        if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) return Kind.BPMN;
        if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) return Kind.DMN;
        if (lower.endsWith(".form")) return Kind.FORM;
        return Kind.UNSUPPORTED;
    }

    /** The form's {@code id} field, or an exception message. */
    static String formId(byte[] content) {
        JsonNode json;
        try {
            json = CommandJson.MAPPER.readTree(content);
        } catch (Exception e) {
            throw new IllegalArgumentException("the form is not valid JSON: " + e.getMessage());
        }
        JsonNode id = json == null ? null : json.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new IllegalArgumentException("the form has no 'id' field");
        }
        return id.asText();
    }

    static DmnSummary dmn(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
            Element definitions = doc.getDocumentElement();
            if (!"definitions".equals(definitions.getLocalName())) throw new IllegalArgumentException("the root element is not DMN definitions");
            List<String[]> decisions = new ArrayList<>();
            NodeList nodes = definitions.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e && "decision".equals(e.getLocalName())) {
                    decisions.add(new String[] {e.getAttribute("id"), e.getAttribute("name")});
                }
            }
            if (decisions.isEmpty()) throw new IllegalArgumentException("the DMN file contains no decision");
            return new DmnSummary(definitions.getAttribute("id"), definitions.getAttribute("name"), decisions);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("malformed DMN XML: " + e.getMessage());
        }
    }

    static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
