package org.pdsa.store;

/** A stored value with the version it was read at; an update must name that version. */
public record Versioned<T>(T value, long version) {
}
