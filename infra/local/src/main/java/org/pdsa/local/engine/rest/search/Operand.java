package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.pdsa.local.engine.rest.ProblemException;

/**
 * How one kind of filter value is read from JSON (text, key, integer, date-time, boolean); a value
 * of the wrong type is a 400 naming the field.
 */
@FunctionalInterface
interface Operand<V> {
    V read(String field, JsonNode node);

    Operand<String> TEXT = (field, node) -> {
        if (node.isValueNode()) return node.asText();
        throw wrongType(field, "a text value", node);
    };

    Operand<Long> KEY = (field, node) -> {
        if (node.isIntegralNumber() && node.asLong() > 0) return node.asLong();
        if (node.isTextual()) {
            try {
                long key = Long.parseLong(node.asText().strip());
                if (key > 0) return key;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw wrongType(field, "a key (a string of digits)", node);
    };

    Operand<Long> INTEGER = (field, node) -> {
        if (node.isIntegralNumber()) return node.asLong();
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().strip());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw wrongType(field, "an integer", node);
    };

    /** ISO-8601 date-time with offset, read as epoch milliseconds. */
    Operand<Long> DATE_TIME = (field, node) -> {
        if (node.isTextual()) {
            try {
                return OffsetDateTime.parse(node.asText().strip()).toInstant().toEpochMilli();
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        throw wrongType(field, "an ISO-8601 date-time with offset (for example 2030-01-01T00:00:00Z)", node);
    };

    Operand<Boolean> BOOLEAN = (field, node) -> {
        if (node.isBoolean()) return node.asBoolean();
        if (node.isTextual() && ("true".equals(node.asText()) || "false".equals(node.asText()))) return Boolean.parseBoolean(node.asText());
        throw wrongType(field, "a boolean", node);
    };

    static ProblemException wrongType(String field, String expected, JsonNode node) {
        return ProblemException.badRequest("Expected filter '" + field + "' to be " + expected + ", but was " + node);
    }
}
