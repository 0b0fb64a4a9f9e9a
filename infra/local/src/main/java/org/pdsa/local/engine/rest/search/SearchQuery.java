package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.pdsa.local.engine.rest.ProblemException;

/**
 * A validated search: filter, sort (ties broken by key, ascending) and page. {@link #run} filters
 * the candidates, sorts them and cuts the page, by offset ({@code from}) or by cursor
 * ({@code after}/{@code before}, the {@code endCursor}/{@code startCursor} of an earlier answer).
 * Runs on the processor thread; the views it returns are what the HTTP thread renders.
 */
public final class SearchQuery<T> {
    static final int DEFAULT_LIMIT = 100;

    /** One sort criterion. */
    record SortField<T>(Function<T, ?> value, boolean descending) {}

    /** The {@code page} of a request: offset paging or cursor paging, not both. */
    record PageRequest(int from, int limit, Cursor after, Cursor before) {
        static PageRequest of(JsonNode page) {
            if (page == null || page.isNull()) return new PageRequest(0, DEFAULT_LIMIT, null, null);
            if (!page.isObject()) throw ProblemException.badRequest("Expected 'page' to be an object, but was " + page);
            int limit = integer(page, "limit", DEFAULT_LIMIT);
            int from = integer(page, "from", 0);
            Cursor after = cursor(page, "after");
            Cursor before = cursor(page, "before");
            if (after != null && before != null) throw ProblemException.badRequest("Expected only one of 'page.after' and 'page.before', but both were given");
            if ((after != null || before != null) && page.hasNonNull("from")) {
                throw ProblemException.badRequest("Expected either offset paging ('page.from') or cursor paging ('page.after'/'page.before'), but both were given");
            }
            return new PageRequest(from, limit, after, before);
        }

        private static int integer(JsonNode page, String field, int fallback) {
            JsonNode node = page.get(field);
            if (node == null || node.isNull()) return fallback;
            if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
                throw ProblemException.badRequest("Expected 'page." + field + "' to be zero or a positive integer, but was " + node);
            }
            return node.asInt();
        }

        private static Cursor cursor(JsonNode page, String field) {
            JsonNode node = page.get(field);
            if (node == null || node.isNull()) return null;
            return Cursor.decode("page." + field, node.asText());
        }
    }

    private final Predicate<T> filter;
    private final List<SortField<T>> sort;
    private final ToLongFunction<T> key;
    private final PageRequest page;

    SearchQuery(Predicate<T> filter, List<SortField<T>> sort, ToLongFunction<T> key, PageRequest page) {
        this.filter = filter;
        this.sort = sort;
        this.key = key;
        this.page = page;
        // checked here, on the HTTP thread: a cursor from a search with another sort is a 400, not a failed query
        if (page.after() != null) page.after().tuple(sort.size() + 1);
        if (page.before() != null) page.before().tuple(sort.size() + 1);
    }

    /** Whether an item matches the filter (for callers that narrow candidates themselves). */
    public boolean matches(T item) {
        return filter.test(item);
    }

    /** Filters, sorts and pages the items {@code source} hands out; views are made for the page only. */
    public <V> SearchPage<V> run(Consumer<Consumer<T>> source, Function<T, V> view) {
        List<Entry<T>> matches = new ArrayList<>();
        source.accept(item -> {
            if (filter.test(item)) matches.add(new Entry<>(item, tuple(item)));
        });
        Comparator<Object[]> order = Cursor.order(directions());
        matches.sort((a, b) -> order.compare(a.tuple, b.tuple));
        int start;
        int end;
        if (page.after() != null) {
            start = firstAfter(matches, page.after(), order);
            end = Math.min(matches.size(), start + page.limit());
        } else if (page.before() != null) {
            end = firstAtOrAfter(matches, page.before(), order);
            start = Math.max(0, end - page.limit());
        } else {
            start = Math.min(page.from(), matches.size());
            end = (int) Math.min(matches.size(), (long) start + page.limit());
        }
        List<V> items = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) items.add(view.apply(matches.get(i).item));
        String startCursor = start < end ? Cursor.encode(matches.get(start).tuple) : null;
        String endCursor = start < end ? Cursor.encode(matches.get(end - 1).tuple) : null;
        return new SearchPage<>(List.copyOf(items), matches.size(), startCursor, endCursor);
    }

    private record Entry<T>(T item, Object[] tuple) {}

    private Object[] tuple(T item) {
        Object[] tuple = new Object[sort.size() + 1];
        for (int i = 0; i < sort.size(); i++) tuple[i] = Cursor.normalize(sort.get(i).value().apply(item));
        tuple[sort.size()] = key.applyAsLong(item);
        return tuple;
    }

    private boolean[] directions() {
        boolean[] descending = new boolean[sort.size() + 1];
        for (int i = 0; i < sort.size(); i++) descending[i] = sort.get(i).descending();
        return descending;
    }

    private int firstAfter(List<Entry<T>> sorted, Cursor cursor, Comparator<Object[]> order) {
        Object[] at = cursor.tuple(sort.size() + 1);
        int i = 0;
        while (i < sorted.size() && order.compare(sorted.get(i).tuple, at) <= 0) i++;
        return i;
    }

    private int firstAtOrAfter(List<Entry<T>> sorted, Cursor cursor, Comparator<Object[]> order) {
        Object[] at = cursor.tuple(sort.size() + 1);
        int i = 0;
        while (i < sorted.size() && order.compare(sorted.get(i).tuple, at) < 0) i++;
        return i;
    }
}
