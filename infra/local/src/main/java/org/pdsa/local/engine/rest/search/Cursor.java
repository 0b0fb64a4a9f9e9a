package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Base64;
import java.util.Comparator;
import org.pdsa.local.engine.rest.ProblemException;

/**
 * A search cursor: the sort values and key of one item, as base64url JSON. {@code after} a cursor
 * means "items that sort after that item", so a page stays stable when earlier items change.
 */
record Cursor(JsonNode values) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static String encode(Object[] tuple) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(tuple));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Cursor decode(String field, String text) {
        try {
            JsonNode values = JSON.readTree(Base64.getUrlDecoder().decode(text.strip()));
            if (values != null && values.isArray() && !values.isEmpty()) return new Cursor(values);
        } catch (IllegalArgumentException | java.io.IOException ignored) {
            // reported below
        }
        throw ProblemException.badRequest("Expected '" + field + "' to be a cursor from an earlier answer (startCursor or endCursor), but was '"
                + text + "'");
    }

    /** The cursor's values for a sort of {@code size} values (the last one is the key). */
    Object[] tuple(int size) {
        if (values.size() != size) {
            throw ProblemException.badRequest("The page cursor was made for a different sort; search again without it");
        }
        Object[] tuple = new Object[size];
        ArrayNode array = (ArrayNode) values;
        for (int i = 0; i < size; i++) {
            JsonNode v = array.get(i);
            tuple[i] = v.isNull() ? null : v.isBoolean() ? v.asBoolean() : v.isIntegralNumber() ? v.asLong()
                    : v.isNumber() ? v.asDouble() : v.asText();
        }
        return tuple;
    }

    /** Sort values as stored in tuples: integral numbers as Long, enums by name. */
    static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) return value;
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
        if (value instanceof Number n) return n.doubleValue();
        if (value instanceof Enum<?> e) return e.name();
        return value.toString();
    }

    /** Tuple order: per value ascending or descending, nulls last either way. */
    static Comparator<Object[]> order(boolean[] descending) {
        return (a, b) -> {
            for (int i = 0; i < descending.length; i++) {
                Object x = a[i];
                Object y = b[i];
                if (x == null || y == null) {
                    if (x != y) return x == null ? 1 : -1;
                    continue;
                }
                int c = compare(x, y);
                if (c != 0) return descending[i] ? -c : c;
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number b) {
            if (a instanceof Long la && b instanceof Long lb) return Long.compare(la, lb);
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (x.getClass() == y.getClass() && x instanceof Comparable c) return c.compareTo(y);
        return x.toString().compareTo(y.toString());
    }
}
