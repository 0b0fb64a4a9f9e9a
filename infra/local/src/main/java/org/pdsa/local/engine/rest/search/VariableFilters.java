package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pdsa.local.engine.rest.ProblemException;
import org.pdsa.local.engine.rest.VariableValues;

/**
 * The {@code variables}-style filters ({@code [{"name": "x", "value": "\"text\""}]}): every entry
 * must match a variable of that name whose value, as JSON text, satisfies {@code value} (a plain
 * JSON text or an advanced string filter).
 */
public final class VariableFilters {
    private VariableFilters() {}

    public static <T> SearchSpec.FieldParser<T> of(Function<T, Map<String, Object>> variables) {
        return (field, node) -> parse(field, node, variables);
    }

    static <T> Predicate<T> parse(String field, JsonNode node, Function<T, Map<String, Object>> variables) {
        if (node == null || node.isNull()) return item -> true;
        if (!node.isArray()) throw ProblemException.badRequest("Expected filter '" + field + "' to be an array of {name, value}, but was " + node);
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : node) {
            String where = field + "[" + i++ + "]";
            JsonNode name = entry.get("name");
            if (name == null || !name.isTextual() || name.asText().isEmpty()) {
                throw ProblemException.badRequest("Expected filter '" + where + ".name' to be a variable name, but was " + name);
            }
            entries.add(new Entry(name.asText(), Conditions.parse(where + ".value", canonical(entry.get("value")), Operand.TEXT,
                    Conditions.Kind.TEXT, null)));
        }
        return item -> {
            Map<String, Object> vars = variables.apply(item);
            for (Entry e : entries) {
                if (!vars.containsKey(e.name)) return false;
                if (!e.value.test(VariableValues.json(vars.get(e.name)))) return false;
            }
            return true;
        };
    }

    private record Entry(String name, Condition<String> value) {}

    /** Plain values are JSON text; written as the engine writes JSON so that "4" matches 4 and "{\"a\": 1}" matches {"a":1}. */
    private static JsonNode canonical(JsonNode value) {
        if (value == null || !value.isTextual()) return value;
        String normalized = VariableValues.normalizeJson(value.asText());
        return normalized == null ? value : com.fasterxml.jackson.databind.node.TextNode.valueOf(normalized);
    }
}
