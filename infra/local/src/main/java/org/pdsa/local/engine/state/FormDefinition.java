package org.pdsa.local.engine.state;

/** A deployed Camunda Form (stored for user tasks; rendering is the user-task API's business). */
public record FormDefinition(long key, String formId, int version, Resource resource) {}
