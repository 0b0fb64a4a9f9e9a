package org.pdsa.local.engine.state;

import org.pdsa.local.engine.model.ElementType;

/** A finished element instance, kept compactly on its process instance for timelines and history. */
public record ElementRecord(long key, String elementId, ElementType type, ElementState state, long startTime, long endTime) {}
