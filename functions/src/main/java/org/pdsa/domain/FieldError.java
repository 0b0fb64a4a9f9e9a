package org.pdsa.domain;

/** One invalid field: its path in the request (e.g. {@code measures[1].period}) and why it was refused. */
public record FieldError(String field, String reason) {
}
