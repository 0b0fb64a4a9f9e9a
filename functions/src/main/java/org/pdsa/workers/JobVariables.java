package org.pdsa.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of job variables (or of one object variable, such as {@code plan}) that name the variable and
 * the contract's type when a value is missing or of the wrong type, so the incident says what to fix.
 */
public final class JobVariables {

    private final ObjectNode values;
    private final String prefix;

    JobVariables(ObjectNode values) {
        this(values, "");
    }

    private JobVariables(ObjectNode values, String prefix) {
        this.values = values == null ? JsonNodeFactory.instance.objectNode() : values;
        this.prefix = prefix;
    }

    /** A required, non-blank string. */
    public String string(String name) {
        return optionalString(name).filter(s -> !s.isBlank()).orElseThrow(() -> missing(name, "string"));
    }

    /** A string that may be null or absent. */
    public Optional<String> optionalString(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw wrong(name, "string", node);
        }
        return Optional.of(node.asText());
    }

    /** A required whole number (a JSON number, or digits as text as some clients send them). */
    public int integer(String name) {
        JsonNode node = present(name);
        if (node == null) {
            throw missing(name, "number");
        }
        if (node.isIntegralNumber() || (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(node.asText());
        }
        throw wrong(name, "number", node);
    }

    /** A required ISO date ({@code YYYY-MM-DD}); a date-time's date part is accepted too. */
    public LocalDate date(String name) {
        String text = optionalString(name).orElseThrow(() -> missing(name, "date"));
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new JobInputException("variable '" + prefix + name + "' must be a date (YYYY-MM-DD), got '" + text + "'");
        }
    }

    /** A boolean; absent or null gives {@code otherwise}. */
    public boolean bool(String name, boolean otherwise) {
        JsonNode node = present(name);
        if (node == null) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            throw wrong(name, "boolean", node);
        }
        return node.asBoolean();
    }

    /** A required, non-empty list of strings. */
    public List<String> strings(String name) {
        List<String> list = optionalStrings(name);
        if (list.isEmpty()) {
            throw missing(name, "non-empty list<string>");
        }
        return list;
    }

    /** A list of strings; absent or null gives an empty list. */
    public List<String> optionalStrings(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrong(name, "list<string>", node);
        }
        List<String> list = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw wrong(name, "list<string>", node);
            }
            list.add(item.asText());
        }
        return List.copyOf(list);
    }

    /** An object variable, read with the same rules; absent or null gives an empty object. */
    public JobVariables object(String name) {
        JsonNode node = present(name);
        if (node == null) {
            return new JobVariables(null, prefix + name + ".");
        }
        if (!node.isObject()) {
            throw wrong(name, "object", node);
        }
        return new JobVariables((ObjectNode) node, prefix + name + ".");
    }

    /** The raw value (null when absent or null), for values passed on as they are. */
    public JsonNode raw(String name) {
        return present(name);
    }

    /** The names of the values present, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        values.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode present(String name) {
        JsonNode node = values.get(name);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private JobInputException missing(String name, String type) {
        return new JobInputException("variable '" + prefix + name + "' (" + type + ") is missing");
    }

    private JobInputException wrong(String name, String type, JsonNode node) {
        String shown = node.toString();
        return new JobInputException("variable '" + prefix + name + "' must be a " + type + ", got "
                + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown));
    }
}
