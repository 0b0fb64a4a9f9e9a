package org.pdsa.local.engine.state;

/**
 * Keys as Zeebe makes them: partition 1 in the high bits ({@code (1L << 51) + counter}), so they
 * look like real cluster keys to clients. Deterministic: replay hands out the same keys.
 */
public final class KeyGenerator {
    public static final long PARTITION_ONE = 1L << 51;
    private long last = PARTITION_ONE;

    public long next() {
        return ++last;
    }

    public long last() {
        return last;
    }

    public void restore(long lastKey) {
        last = Math.max(PARTITION_ONE, lastKey);
    }
}
