package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.pdsa.local.engine.rest.ProblemException;

/**
 * What one search endpoint can filter and sort on, over items of type {@code T}: each filter field
 * names an extractor and the kind of its value. {@link #parse} turns a request body into a
 * validated {@link SearchQuery} on the HTTP thread (400s name the field); the query then runs on
 * the processor thread. A filter field this spec does not know is refused unless its value is
 * empty (clients send empty {@code tags}, {@code $or} and {@code variables} arrays).
 */
public final class SearchSpec<T> {
    /** Parses one custom filter field (variables, lists, ...) into a predicate over items. */
    @FunctionalInterface
    public interface FieldParser<T> {
        Predicate<T> parse(String field, JsonNode value);
    }

    /** Parses several filter fields that constrain the same thing together (present fields only). */
    @FunctionalInterface
    public interface GroupParser<T> {
        Predicate<T> parse(Map<String, JsonNode> fields);
    }

    private record Group<T>(Set<String> names, GroupParser<T> parser) {}

    private final List<Group<T>> groups = new ArrayList<>();
    private final String resource;
    private final ToLongFunction<T> key;
    private final Map<String, FieldParser<T>> filters = new LinkedHashMap<>();
    private final Map<String, Function<T, ?>> sorts = new LinkedHashMap<>();

    /** {@code resource} names the items in messages ("user task"); {@code key} breaks ties and orders by default. */
    public SearchSpec(String resource, ToLongFunction<T> key) {
        this.resource = resource;
        this.key = key;
    }

    public SearchSpec<T> text(String name, Function<T, String> value) {
        return filter(name, (field, node) -> test(Conditions.parse(field, node, Operand.TEXT, Conditions.Kind.TEXT, null), value));
    }

    /** A text field with a closed set of values (a state, a type): other values are a 400. */
    public SearchSpec<T> enumText(String name, Function<T, String> value, Set<String> allowed) {
        return filter(name, (field, node) -> test(Conditions.parse(field, node, Operand.TEXT, Conditions.Kind.TEXT, allowed), value));
    }

    /** A key field; an extracted value of 0 or less means "none". */
    public SearchSpec<T> key(String name, ToLongFunction<T> value) {
        return filter(name, (field, node) -> test(Conditions.parse(field, node, Operand.KEY, Conditions.Kind.KEY, null),
                item -> positive(value.applyAsLong(item))));
    }

    public SearchSpec<T> integer(String name, Function<T, Long> value) {
        return filter(name, (field, node) -> test(Conditions.parse(field, node, Operand.INTEGER, Conditions.Kind.ORDERED, null), value));
    }

    /** A date-time field in epoch milliseconds; a negative value means "none". */
    public SearchSpec<T> dateTime(String name, ToLongFunction<T> value) {
        return filter(name, (field, node) -> test(Conditions.parse(field, node, Operand.DATE_TIME, Conditions.Kind.ORDERED, null),
                item -> {
                    long millis = value.applyAsLong(item);
                    return millis < 0 ? null : millis;
                }));
    }

    public SearchSpec<T> bool(String name, Function<T, Boolean> value) {
        return filter(name, (field, node) -> test(Conditions.parse(field, node, Operand.BOOLEAN, Conditions.Kind.BOOLEAN, null), value));
    }

    /** A text filter on a multi-valued field (candidate groups): matches when one of the values does. */
    public SearchSpec<T> anyText(String name, Function<T, Collection<String>> values) {
        return filter(name, (field, node) -> {
            Condition<String> condition = Conditions.parse(field, node, Operand.TEXT, Conditions.Kind.TEXT, null);
            return item -> {
                Collection<String> all = values.apply(item);
                if (all == null || all.isEmpty()) return condition.test(null);
                for (String v : all) if (condition.test(v)) return true;
                return false;
            };
        });
    }

    public SearchSpec<T> filter(String name, FieldParser<T> parser) {
        filters.put(name, parser);
        return this;
    }

    /** Filter fields that must hold for one and the same part of an item (e.g. one element instance). */
    public SearchSpec<T> group(Set<String> names, GroupParser<T> parser) {
        groups.add(new Group<>(Set.copyOf(names), parser));
        for (String name : names) filters.put(name, (field, node) -> item -> true); // parsed by the group
        return this;
    }

    /** A sort field; the extractor returns a String, Number, Boolean or null (nulls sort last). */
    public SearchSpec<T> sort(String name, Function<T, ?> value) {
        sorts.put(name, value);
        return this;
    }

    /** Validates and compiles a search request body ({@code filter}, {@code sort}, {@code page}). */
    public SearchQuery<T> parse(JsonNode request) {
        JsonNode filter = request.get("filter");
        Predicate<T> predicate = filter == null || filter.isNull() ? item -> true : filterOf(filter, "filter", true);
        return new SearchQuery<>(predicate, sortOf(request.get("sort")), key, SearchQuery.PageRequest.of(request.get("page")));
    }

    private Predicate<T> filterOf(JsonNode filter, String where, boolean allowOr) {
        if (!filter.isObject()) throw ProblemException.badRequest("Expected '" + where + "' to be an object, but was " + filter);
        List<Predicate<T>> all = new ArrayList<>();
        for (Group<T> group : groups) {
            Map<String, JsonNode> present = new LinkedHashMap<>();
            for (String name : group.names()) {
                JsonNode value = filter.get(name);
                if (value != null && !value.isNull()) present.put(name, value);
            }
            if (!present.isEmpty()) all.add(group.parser().parse(present));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (allowOr && "$or".equals(name)) {
                Predicate<T> or = orOf(value);
                if (or != null) all.add(or);
                continue;
            }
            FieldParser<T> parser = filters.get(name);
            if (parser == null) {
                if (isEmpty(value)) continue;
                throw ProblemException.badRequest("The " + resource + " search of the local engine does not support the filter '"
                        + name + "' (supported: " + filters.keySet() + ")");
            }
            all.add(parser.parse(name, value));
        }
        return item -> {
            for (Predicate<T> p : all) if (!p.test(item)) return false;
            return true;
        };
    }

    private Predicate<T> orOf(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isArray()) throw ProblemException.badRequest("Expected filter '$or' to be an array of filters, but was " + value);
        if (value.isEmpty()) return null;
        List<Predicate<T>> alternatives = new ArrayList<>();
        int i = 0;
        for (JsonNode alternative : value) alternatives.add(filterOf(alternative, "filter.$or[" + i++ + "]", false));
        return item -> {
            for (Predicate<T> p : alternatives) if (p.test(item)) return true;
            return false;
        };
    }

    private List<SearchQuery.SortField<T>> sortOf(JsonNode sort) {
        List<SearchQuery.SortField<T>> fields = new ArrayList<>();
        if (sort == null || sort.isNull()) return fields;
        if (!sort.isArray()) throw ProblemException.badRequest("Expected 'sort' to be an array of {field, order}, but was " + sort);
        for (JsonNode entry : sort) {
            String field = entry.path("field").asText(null);
            Function<T, ?> extractor = field == null ? null : sorts.get(field);
            if (extractor == null) {
                throw ProblemException.badRequest("Expected the " + resource + " sort field to be one of " + sorts.keySet()
                        + ", but was '" + field + "'");
            }
            JsonNode order = entry.get("order");
            boolean descending = false;
            if (order != null && !order.isNull()) {
                String text = order.asText();
                if (!"ASC".equalsIgnoreCase(text) && !"DESC".equalsIgnoreCase(text)) {
                    throw ProblemException.badRequest("Expected sort order 'ASC' or 'DESC' for '" + field + "', but was '" + text + "'");
                }
                descending = "DESC".equalsIgnoreCase(text);
            }
            fields.add(new SearchQuery.SortField<>(extractor, descending));
        }
        return fields;
    }

    /** Null, empty arrays and objects whose operators are all null or empty: no constraint. */
    static boolean isEmpty(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return true;
        if (value.isArray()) return value.isEmpty();
        if (value.isObject()) {
            for (JsonNode child : value) if (!isEmpty(child)) return false;
            return true;
        }
        return false;
    }

    private static <T, V> Predicate<T> test(Condition<V> condition, Function<T, V> value) {
        return item -> condition.test(value.apply(item));
    }

    private static Long positive(long key) {
        return key > 0 ? key : null;
    }
}
