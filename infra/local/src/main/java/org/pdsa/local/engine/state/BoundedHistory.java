package org.pdsa.local.engine.state;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Finished things kept for searches (user tasks, resolved incidents), bounded: beyond
 * {@code limit} the oldest is dropped, so memory follows the limit, not the engine's lifetime.
 */
public final class BoundedHistory<T> {
    private final int limit;
    private final ToLongFunction<T> key;
    private final ArrayDeque<T> order = new ArrayDeque<>();
    private final LongMap<T> byKey;

    public BoundedHistory(int limit, ToLongFunction<T> key) {
        this.limit = Math.max(0, limit);
        this.key = key;
        this.byKey = new LongMap<>(Math.min(this.limit, 1 << 12));
    }

    public T get(long k) {
        return byKey.get(k);
    }

    public int size() {
        return order.size();
    }

    /** Oldest first. */
    public void forEach(Consumer<T> action) {
        order.forEach(action);
    }

    public void add(T finished) {
        if (limit == 0) return;
        order.addLast(finished);
        byKey.put(key.applyAsLong(finished), finished);
        while (order.size() > limit) byKey.remove(key.applyAsLong(order.pollFirst()));
    }
}
