package org.pdsa.local.engine.state;

import java.util.function.LongSupplier;

/**
 * The engine's clock: system time unless pinned ({@code PUT /v2/clock}). Pinning is state
 * (journaled, snapshotted); reading it happens once per processed command, and the value read is
 * stored with the record so replay uses the same "now".
 */
public final class EngineClock {
    private final LongSupplier system;
    private long pinnedAt = -1;

    public EngineClock(LongSupplier systemMillis) {
        this.system = systemMillis;
    }

    public long now() {
        return pinnedAt >= 0 ? pinnedAt : system.getAsLong();
    }

    public void pin(long epochMillis) {
        pinnedAt = epochMillis;
    }

    public void reset() {
        pinnedAt = -1;
    }

    public boolean pinned() {
        return pinnedAt >= 0;
    }

    public long pinnedAt() {
        return pinnedAt;
    }
}
