package org.pdsa.local.engine.state;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Open-addressing hash map from primitive long keys to values, for the engine's hot state (jobs,
 * element instances by key): no boxing of keys, one array pair, linear probing, backward-shift
 * deletion. Not thread-safe: only the stream processor touches it. Iteration order is arbitrary
 * (it differs after a snapshot is loaded), so no processing decision may depend on it.
 */
public final class LongMap<V> {
    private static final long FREE = 0L; // engine keys are never 0

    private long[] keys;
    private Object[] values;
    private int size;
    private int mask;
    private int resizeAt;

    public LongMap() {
        this(16);
    }

    public LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    public V get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) return (V) values[slot];
            if (k == FREE) return null;
            slot = (slot + 1) & mask;
        }
    }

    public boolean containsKey(long key) {
        return get(key) != null;
    }

    @SuppressWarnings("unchecked")
    public V put(long key, V value) {
        if (key == FREE) throw new IllegalArgumentException("key 0 is reserved");
        if (value == null) throw new IllegalArgumentException("null values are not stored");
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                V old = (V) values[slot];
                values[slot] = value;
                return old;
            }
            if (k == FREE) {
                keys[slot] = key;
                values[slot] = value;
                if (++size >= resizeAt) grow();
                return null;
            }
            slot = (slot + 1) & mask;
        }
    }

    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == FREE) return null;
            if (k == key) {
                V old = (V) values[slot];
                shiftBack(slot);
                size--;
                return old;
            }
            slot = (slot + 1) & mask;
        }
    }

    @SuppressWarnings("unchecked")
    public void forEachValue(Consumer<? super V> action) {
        long[] ks = keys;
        Object[] vs = values;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] != FREE) action.accept((V) vs[i]);
        }
    }

    public void clear() {
        Arrays.fill(keys, FREE);
        Arrays.fill(values, null);
        size = 0;
    }

    private void shiftBack(int gap) {
        int slot = gap;
        while (true) {
            slot = (slot + 1) & mask;
            long k = keys[slot];
            if (k == FREE) break;
            int home = slot(k);
            // move k into the gap if its home slot is not cyclically within (gap, slot]
            boolean movable = gap <= slot ? (home <= gap || home > slot) : (home <= gap && home > slot);
            if (movable) {
                keys[gap] = k;
                values[gap] = values[slot];
                gap = slot;
            }
        }
        keys[gap] = FREE;
        values[gap] = null;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        resizeAt = (int) (capacity * 0.6f);
    }
}
