package org.pdsa.local.lambda;

/** How Lambda initialises an execution environment ({@code AWS_LAMBDA_INITIALIZATION_TYPE}). */
public enum InitType {
    /** A cold start on the first event. */
    ON_DEMAND("on-demand"),
    /**
     * SnapStart: the runtime runs its before-checkpoint hooks, asks {@code GET /runtime/restore/next}
     * (the snapshot point), then runs its after-restore hooks. The emulator restores at once, so the
     * time to the snapshot point is the init work a snapshot would save.
     */
    SNAP_START("snap-start");

    private final String value;

    InitType(String value) {
        this.value = value;
    }

    /** The value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}. */
    public String value() {
        return value;
    }
}
