package org.pdsa.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An error a runtime posted: Lambda's error JSON ({@code errorMessage}, {@code errorType},
 * {@code stackTrace}), read leniently because the format is only a convention. As Lambda does, the
 * {@code Lambda-Runtime-Function-Error-Type} header stands in when the document has no type.
 */
record ErrorDocument(String errorType, String errorMessage, String payload) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ErrorDocument parse(byte[] body, String errorTypeHeader) {
        String payload = new String(body, StandardCharsets.UTF_8);
        String type = null;
        String message = null;
        try {
            JsonNode document = body.length == 0 ? null : JSON.readTree(body);
            if (document != null && document.isObject()) {
                type = document.path("errorType").isTextual() ? document.get("errorType").asText() : null;
                message = document.path("errorMessage").isTextual() ? document.get("errorMessage").asText() : null;
            }
        } catch (IOException unreadable) {
            // not JSON: keep the raw payload and fall back on the header
        }
        if (type == null || type.isBlank()) {
            type = errorTypeHeader == null || errorTypeHeader.isBlank() ? "Unhandled" : errorTypeHeader;
        }
        return new ErrorDocument(type, message, payload);
    }
}
