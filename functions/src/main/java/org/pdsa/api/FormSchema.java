package org.pdsa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Camunda Form (the JSON Camunda Modeler writes) read for validation: every component that takes input,
 * with groups flattened (a group's {@code path} prefixes its fields' keys) and dynamic lists as one list-valued
 * field. Display-only components (text,
 * html, table, image, spacer, separator, button) and computed ones (expression) take no input.
 */
public record FormSchema(String id, List<FormField> fields) {

    /** Component types whose value the user enters or picks. */
    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
            "select", "taglist", "datetime", "filepicker");

    public FormSchema {
        fields = List.copyOf(fields);
    }

    public static FormSchema parse(String schemaJson) {
        JsonNode root;
        try {
            root = ApiJson.MAPPER.readTree(schemaJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the task's form is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), "", fields);
        return new FormSchema(root.path("id").asText(null), fields);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static void collect(JsonNode components, String prefix, List<FormField> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            String key = c.path("key").asText(null);
            if (type.equals("group")) {
                String path = c.path("path").asText("");
                collect(c.path("components"), path.isEmpty() ? prefix : prefix + path + ".", fields);
                continue;
            }
            if (type.equals("dynamiclist")) {
                // a list of rows kept under its path: checked as a list, its rows are not validated here
                String path = c.path("path").asText(null);
                if (path != null && !path.isBlank()) {
                    fields.add(field(c, type, prefix + path));
                }
            } else if (INPUT_TYPES.contains(type) && key != null && !key.isBlank()) {
                fields.add(field(c, type, prefix + key));
            }
        }
    }

    private static FormField field(JsonNode c, String type, String key) {
        JsonNode v = c.path("validate");
        List<String> values = new ArrayList<>();
        c.path("values").forEach(option -> values.add(option.path("value").asText()));
        return new FormField(key, type, text(c, "label", text(c, "dateLabel", null)),
                v.path("required").asBoolean(false),
                decimal(v.path("min")), decimal(v.path("max")),
                v.hasNonNull("minLength") ? v.path("minLength").asInt() : null,
                v.hasNonNull("maxLength") ? v.path("maxLength").asInt() : null,
                text(v, "pattern", null), text(v, "validationType", null),
                values, text(c, "valuesKey", null), c.hasNonNull("valuesExpression"),
                text(c, "subtype", null),
                c.hasNonNull("decimalDigits") ? c.path("decimalDigits").asInt() : null,
                c.path("conditional").hasNonNull("hide"),
                c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false));
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isTextual() ? fallback : v.textValue();
    }
}
