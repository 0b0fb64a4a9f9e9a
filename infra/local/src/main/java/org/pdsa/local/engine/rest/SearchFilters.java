package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Filter fields in both shapes the clients send: a plain value ({@code "state": "ACTIVE"}) or an
 * advanced object ({@code {"$eq": ..., "$neq": ..., "$in": [...], "$notIn": [...], "$exists": true}});
 * empty arrays and absent operators mean "no constraint".
 */
public final class SearchFilters {
    private SearchFilters() {}

    /** Whether {@code actual} (null when the field has no value) satisfies the filter field (absent = anything). */
    public static boolean matches(JsonNode filter, String actual) {
        if (filter == null || filter.isNull() || filter.isMissingNode()) return true;
        if (!filter.isObject()) return filter.asText().equals(actual);
        JsonNode eq = filter.get("$eq");
        if (eq != null && !eq.isNull() && !eq.asText().equals(actual)) return false;
        JsonNode neq = filter.get("$neq");
        if (neq != null && !neq.isNull() && neq.asText().equals(actual)) return false;
        JsonNode exists = filter.get("$exists");
        if (exists != null && exists.isBoolean() && exists.asBoolean() != (actual != null)) return false;
        JsonNode in = filter.get("$in");
        if (in != null && in.isArray() && !in.isEmpty() && !contains(in, actual)) return false;
        JsonNode notIn = filter.get("$notIn");
        return notIn == null || !notIn.isArray() || !contains(notIn, actual);
    }

    private static boolean contains(JsonNode array, String actual) {
        for (JsonNode item : array) if (item.asText().equals(actual)) return true;
        return false;
    }

    /** The page request: {@code limit} (default 100) and {@code from} (default 0). */
    public record Page(int from, int limit) {
        public static Page of(JsonNode request) {
            JsonNode page = request == null ? null : request.get("page");
            int limit = page != null && page.hasNonNull("limit") ? page.get("limit").asInt() : 100;
            int from = page != null && page.hasNonNull("from") ? page.get("from").asInt() : 0;
            if (limit < 0 || from < 0) throw ProblemException.badRequest("Expected page 'limit' and 'from' to be zero or positive");
            return new Page(from, limit);
        }
    }
}
