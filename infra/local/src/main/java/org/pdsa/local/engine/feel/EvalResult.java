package org.pdsa.local.engine.feel;

/** Outcome of evaluating an expression: a value, or a failure that the caller turns into an incident. */
public sealed interface EvalResult<T> {

    /** A successful evaluation. */
    record Value<T>(T value) implements EvalResult<T> {}

    /** An evaluation that failed, with the message an incident will carry. */
    record Failure<T>(String message) implements EvalResult<T> {}

    static <T> EvalResult<T> value(T value) {
        return new Value<>(value);
    }

    static <T> EvalResult<T> failure(String message) {
        return new Failure<>(message);
    }

    default boolean failed() {
        return this instanceof Failure;
    }

    /** The value; only call after checking {@link #failed()}. */
    @SuppressWarnings("unchecked")
    default T get() {
        if (this instanceof Value<T> v) return v.value();
        throw new IllegalStateException("no value: " + ((Failure<T>) this).message());
    }

    /** The failure message; only call after checking {@link #failed()}. */
    default String message() {
        return ((Failure<T>) this).message();
    }

    /** The same failure, retyped. */
    default <R> EvalResult<R> cast() {
        return failure(message());
    }
}
