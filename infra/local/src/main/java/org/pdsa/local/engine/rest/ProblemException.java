package org.pdsa.local.engine.rest;

/** A request the HTTP layer refuses before it reaches the engine (malformed body, bad key, ...). */
public final class ProblemException extends RuntimeException {
    private final int status;
    private final String title;

    public ProblemException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "INVALID_ARGUMENT", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
