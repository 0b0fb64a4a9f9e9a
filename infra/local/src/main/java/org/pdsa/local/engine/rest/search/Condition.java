package org.pdsa.local.engine.rest.search;

/** One parsed filter field: tests an item's actual value (null when the item has none). */
@FunctionalInterface
public interface Condition<V> {
    boolean test(V actual);

    /** No constraint (an absent filter field, or one with only empty operators). */
    static <V> Condition<V> any() {
        return actual -> true;
    }
}
