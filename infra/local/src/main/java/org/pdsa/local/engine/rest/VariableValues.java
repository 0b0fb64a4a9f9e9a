package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Variable values as the REST API shows them: JSON text (the string {@code "4"} for the number 4,
 * {@code "\"a\""} for the text a), truncated in search results beyond {@link #TRUNCATE_AT} characters.
 */
public final class VariableValues {
    /** Camunda's default size above which search results carry a truncated preview. */
    public static final int TRUNCATE_AT = 8191;

    private VariableValues() {}

    public static String json(Object value) {
        try {
            return ResponseJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a variable value is not JSON-shaped: " + e.getMessage(), e);
        }
    }

    /** The same JSON written the engine's way, or null when {@code text} is not JSON. */
    public static String normalizeJson(String text) {
        try {
            return json(ResponseJson.MAPPER.readValue(text, Object.class));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public static boolean truncated(String json) {
        return json.length() > TRUNCATE_AT;
    }

    public static String preview(String json) {
        return truncated(json) ? json.substring(0, TRUNCATE_AT) : json;
    }
}
