package org.pdsa.local.engine.processing;

/** Completes a command's future exceptionally with a {@link Rejection}; no stack trace (it is not a bug). */
public final class RejectionException extends RuntimeException {
    private final Rejection rejection;

    public RejectionException(Rejection rejection) {
        super(rejection.detail(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
