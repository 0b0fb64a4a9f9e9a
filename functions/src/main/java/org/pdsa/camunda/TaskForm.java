package org.pdsa.camunda;

/** A Camunda Form linked to a user task: its id, version, key and schema (the form JSON as text). */
public record TaskForm(String formId, long version, long formKey, String schema) {
}
