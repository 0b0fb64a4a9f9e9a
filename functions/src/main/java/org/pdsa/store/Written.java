package org.pdsa.store;

/**
 * The result of a conditional, idempotent write: it created the item, found the same item already there
 * (a repeat: nothing written), or found a different item under the same key (refused).
 */
public record Written<T>(Outcome outcome, T stored) {

    /** What the write did. */
    public enum Outcome {
        CREATED,
        ALREADY_PRESENT,
        CONFLICT
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }

    static <T> Written<T> compare(T existing, T wanted) {
        return new Written<>(existing.equals(wanted) ? Outcome.ALREADY_PRESENT : Outcome.CONFLICT, existing);
    }
}
