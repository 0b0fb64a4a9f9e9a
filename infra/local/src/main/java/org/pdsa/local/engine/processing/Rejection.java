package org.pdsa.local.engine.processing;

/** Why a command was refused; the REST layer maps the type to a status (400, 404, 409, ...). */
public record Rejection(Type type, String detail) {
    /** Rejection kinds, as Zeebe names them. */
    public enum Type {
        INVALID_ARGUMENT(400), NOT_FOUND(404), INVALID_STATE(409), ALREADY_EXISTS(409), DEADLINE_EXCEEDED(504),
        UNAVAILABLE(503), INTERNAL(500);

        private final int status;

        Type(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static Rejection notFound(String detail) {
        return new Rejection(Type.NOT_FOUND, detail);
    }

    public static Rejection invalidState(String detail) {
        return new Rejection(Type.INVALID_STATE, detail);
    }

    public static Rejection invalidArgument(String detail) {
        return new Rejection(Type.INVALID_ARGUMENT, detail);
    }
}
