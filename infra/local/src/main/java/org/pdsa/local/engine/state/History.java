package org.pdsa.local.engine.state;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Finished process instances, kept compactly and queryable, bounded: when more than {@code limit}
 * are kept the oldest finished one is evicted. Memory stays proportional to the limit, not to the
 * engine's lifetime.
 */
public final class History {
    private final int limit;
    private final ArrayDeque<ProcessInstance> order = new ArrayDeque<>();
    private final LongMap<ProcessInstance> byKey;

    public History(int limit) {
        this.limit = Math.max(0, limit);
        this.byKey = new LongMap<>(Math.min(this.limit, 1 << 16));
    }

    public int limit() {
        return limit;
    }

    public ProcessInstance get(long key) {
        return byKey.get(key);
    }

    public int size() {
        return order.size();
    }

    /** Oldest first. */
    public void forEach(Consumer<ProcessInstance> action) {
        order.forEach(action);
    }

    public void add(ProcessInstance finished) {
        if (limit == 0) return;
        order.addLast(finished);
        byKey.put(finished.key(), finished);
        while (order.size() > limit) byKey.remove(order.pollFirst().key());
    }
}
