package org.pdsa.local.engine;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A cheap, thread-safe latency histogram for "job became activatable -> handed to a worker":
 * 10 µs buckets up to 100 ms, then an overflow bucket. Recording is one atomic increment.
 */
public final class JobLatency {
    private static final int BUCKET_NANOS = 10_000;
    private static final int BUCKETS = 10_000;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS + 1);
    private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();

    /** Counts one activation answer that handed out at least one job. */
    public void batchHandedOut() {
        batches.incrementAndGet();
    }

    /** Activation answers with jobs since the last reset. */
    public long batches() {
        return batches.get();
    }

    public void record(long nanos) {
        int bucket = (int) Math.min(BUCKETS, Math.max(0, nanos) / BUCKET_NANOS);
        counts.incrementAndGet(bucket);
    }

    public void reset() {
        batches.set(0);
        for (int i = 0; i <= BUCKETS; i++) counts.set(i, 0);
    }

    public long count() {
        long total = 0;
        for (int i = 0; i <= BUCKETS; i++) total += counts.get(i);
        return total;
    }

    /** The latency in milliseconds below which {@code fraction} of the samples fall (upper bucket edge); NaN when empty. */
    public double percentileMillis(double fraction) {
        long total = count();
        if (total == 0) return Double.NaN;
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) return (i + 1) * (BUCKET_NANOS / 1e6);
        }
        return Double.POSITIVE_INFINITY;
    }
}
