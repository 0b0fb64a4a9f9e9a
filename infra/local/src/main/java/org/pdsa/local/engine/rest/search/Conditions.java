package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pdsa.local.engine.rest.ProblemException;

/**
 * Parses a filter field in both shapes the clients send: a plain value ({@code "state": "ACTIVE"})
 * or an advanced object ({@code {"$eq": .., "$neq": .., "$exists": .., "$in": [..], "$notIn": [..],
 * "$gt"/"$gte"/"$lt"/"$lte": .., "$like": ".."}}). Null operators and empty arrays mean "no
 * constraint"; an unknown operator or a value of the wrong type is a 400 naming the field.
 */
final class Conditions {
    private static final Set<String> EQUALITY = Set.of("$eq", "$neq", "$exists", "$in", "$notIn");
    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");

    /** Which operators a kind of value supports. */
    enum Kind {
        TEXT(true, false), KEY(false, false), ORDERED(false, true), BOOLEAN(false, false);

        final boolean like;
        final boolean range;

        Kind(boolean like, boolean range) {
            this.like = like;
            this.range = range;
        }
    }

    private Conditions() {}

    /**
     * The condition a filter value describes. {@code allowed}, when not null, is the set of values
     * the field can have (an enum such as a state); anything else is a 400.
     */
    static <V extends Comparable<V>> Condition<V> parse(String field, JsonNode node, Operand<V> operand, Kind kind,
                                                         Set<String> allowed) {
        if (node == null || node.isNull() || node.isMissingNode()) return Condition.any();
        if (node.isArray()) throw ProblemException.badRequest("Expected filter '" + field + "' to be a value or an object of operators, but was an array");
        if (!node.isObject()) {
            V expected = value(field, node, operand, allowed);
            return actual -> actual != null && actual.compareTo(expected) == 0;
        }
        List<Condition<V>> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> op = it.next();
            String name = op.getKey();
            JsonNode arg = op.getValue();
            if (!EQUALITY.contains(name) && !(kind.range && RANGE.contains(name)) && !(kind.like && "$like".equals(name))) {
                throw ProblemException.badRequest("Expected filter '" + field + "' to use the operators " + operators(kind)
                        + ", but found '" + name + "'");
            }
            if (arg == null || arg.isNull()) continue;
            all.add(operator(field, name, arg, operand, allowed));
        }
        if (all.isEmpty()) return Condition.any();
        if (all.size() == 1) return all.get(0);
        return actual -> {
            for (Condition<V> c : all) if (!c.test(actual)) return false;
            return true;
        };
    }

    private static <V extends Comparable<V>> Condition<V> operator(String field, String name, JsonNode arg, Operand<V> operand,
                                                                   Set<String> allowed) {
        String where = field + "." + name;
        switch (name) {
            case "$exists" -> {
                boolean exists = Operand.BOOLEAN.read(where, arg);
                return actual -> (actual != null) == exists;
            }
            case "$in", "$notIn" -> {
                if (!arg.isArray()) throw ProblemException.badRequest("Expected filter '" + where + "' to be an array, but was " + arg);
                if (arg.isEmpty()) return Condition.any();
                Set<V> values = new HashSet<>();
                for (JsonNode item : arg) values.add(value(where, item, operand, allowed));
                return "$in".equals(name)
                        ? actual -> actual != null && contains(values, actual)
                        : actual -> actual == null || !contains(values, actual);
            }
            case "$like" -> {
                Pattern pattern = like(Operand.TEXT.read(where, arg));
                return actual -> actual != null && pattern.matcher(actual.toString()).matches();
            }
            default -> {
                V expected = value(where, arg, operand, allowed);
                return switch (name) {
                    case "$eq" -> actual -> actual != null && actual.compareTo(expected) == 0;
                    case "$neq" -> actual -> actual == null || actual.compareTo(expected) != 0;
                    case "$gt" -> actual -> actual != null && actual.compareTo(expected) > 0;
                    case "$gte" -> actual -> actual != null && actual.compareTo(expected) >= 0;
                    case "$lt" -> actual -> actual != null && actual.compareTo(expected) < 0;
                    case "$lte" -> actual -> actual != null && actual.compareTo(expected) <= 0;
                    default -> throw new IllegalStateException(name);
                };
            }
        }
    }

    private static <V extends Comparable<V>> boolean contains(Set<V> values, V actual) {
        return values.contains(actual);
    }

    private static <V> V value(String field, JsonNode node, Operand<V> operand, Set<String> allowed) {
        V value = operand.read(field, node);
        if (allowed != null && !allowed.contains(String.valueOf(value))) {
            throw ProblemException.badRequest("Expected filter '" + field + "' to be one of " + allowed.stream().sorted().toList()
                    + ", but was '" + value + "'");
        }
        return value;
    }

    /** Camunda's $like: {@code *} any run of characters, {@code ?} one character, backslash escapes. */
    static Pattern like(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                literal.append(text.charAt(++i));
            } else if (c == '*' || c == '?') {
                if (!literal.isEmpty()) regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String operators(Kind kind) {
        List<String> ops = new ArrayList<>(List.of("$eq", "$neq", "$exists", "$in", "$notIn"));
        if (kind.range) ops.addAll(List.of("$gt", "$gte", "$lt", "$lte"));
        if (kind.like) ops.add("$like");
        return ops.toString();
    }
}
