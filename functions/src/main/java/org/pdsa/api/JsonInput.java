package org.pdsa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.pdsa.domain.FieldErrors;

/**
 * Reads request bodies: malformed JSON is 400; values of the wrong JSON type are collected as field errors
 * (422) with the field's path, so one answer names every problem. Absent and null values read as null; the
 * domain's validation decides what is required.
 */
public final class JsonInput {

    private final FieldErrors errors = new FieldErrors();

    /** The body as a JSON object; 400 when it is empty, not JSON, or not an object. */
    public static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("the request body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("the request body must be a JSON object");
        }
        return root;
    }

    /** The body as a JSON object, or an empty object when there is no body. */
    public static JsonNode optionalObject(String body) {
        return body == null || body.isBlank() ? ApiJson.object() : object(body);
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Throws 422 when anything read so far was invalid. */
    public void throwIfInvalid() {
        ApiProblem.throwIfAny(errors.list());
    }

    /** Refuses fields of {@code node} not in {@code known} (typos should not pass silently). */
    public void onlyFields(JsonNode node, String at, Set<String> known) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(join(at, name), "is not a known field (expected " + String.join(", ", known.stream().sorted()
                        .toList()) + ")");
            }
        }
    }

    public String text(JsonNode node, String at, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(join(at, field), "must be a string, got " + type(v));
            return null;
        }
        return v.textValue();
    }

    public BigDecimal number(JsonNode node, String at, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            errors.add(join(at, field), "must be a number, got " + type(v));
            return null;
        }
        return v.decimalValue();
    }

    /** A whole number; {@code fallback} when absent. */
    public Integer integer(JsonNode node, String at, String field, Integer fallback) {
        JsonNode v = value(node, field);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            errors.add(join(at, field), "must be a whole number, got " + (v.isNumber() ? v.toString() : type(v)));
            return fallback;
        }
        return v.intValue();
    }

    /** The elements of an array field (empty when absent). */
    public List<JsonNode> array(JsonNode node, String at, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            errors.add(join(at, field), "must be an array, got " + type(v));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        v.forEach(items::add);
        return items;
    }

    /** An array of strings (empty when absent); non-string elements are errors. */
    public List<String> texts(JsonNode node, String at, String field) {
        List<String> values = new ArrayList<>();
        List<JsonNode> items = array(node, at, field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isTextual()) {
                values.add(item.textValue());
            } else {
                errors.add(join(at, field) + "[" + i + "]", "must be a string, got " + type(item));
            }
        }
        return values;
    }

    /** An object field, or null when absent (an error when it is something else). */
    public JsonNode object(JsonNode node, String at, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            errors.add(join(at, field), "must be an object, got " + type(v));
            return null;
        }
        return v;
    }

    /** Checks that an array element is an object; returns it or null. */
    public JsonNode element(JsonNode item, String at) {
        if (!item.isObject()) {
            errors.add(at, "must be an object, got " + type(item));
            return null;
        }
        return item;
    }

    public static String join(String at, String field) {
        return at == null || at.isEmpty() ? field : at + "." + field;
    }

    /** The JSON type of a value, for messages ("a number", "an array"). */
    public static String type(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    private static JsonNode value(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }
}
