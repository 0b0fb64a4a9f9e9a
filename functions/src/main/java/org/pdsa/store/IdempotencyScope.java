package org.pdsa.store;

/** What an Idempotency-Key is scoped to: the caller (token subject), the route, and the key itself. */
public record IdempotencyScope(String caller, String route, String key) {
}
