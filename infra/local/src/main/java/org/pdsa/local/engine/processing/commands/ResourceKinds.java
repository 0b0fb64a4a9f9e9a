package org.pdsa.local.engine.processing.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Recognises deployable files by name and reads the form id a deployment needs. */
final class ResourceKinds {
    enum Kind { BPMN, DMN, FORM, UNSUPPORTED }

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
