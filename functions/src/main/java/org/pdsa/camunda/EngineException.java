package org.pdsa.camunda;

/** A request to the engine failed; {@link #kind()} says how, so the API can answer with the right status. */
public final class EngineException extends RuntimeException {

    /** How a request failed. */
    public enum Kind {
        /** The task, process or form does not exist (any more). */
        NOT_FOUND,
        /** The request clashes with the current state (task assigned to someone else, already completed). */
        CONFLICT,
        /** The engine refused the request as invalid (e.g. no deployed process with that id). */
        REJECTED,
        /** The engine could not be reached or failed. */
        UNAVAILABLE
    }

    private final Kind kind;

    public EngineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public EngineException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
