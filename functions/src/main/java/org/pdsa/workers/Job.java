package org.pdsa.workers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One activated job as a handler sees it: its key, type, process instance and element, the variables in
 * scope (a JSON object), the task's custom headers, the retries left, and {@code now}: the engine's time at
 * activation, never the JVM's clock (see {@link #engineTimeAtActivation}).
 */
public record Job(
        long key,
        String type,
        long processInstanceKey,
        String elementId,
        ObjectNode variables,
        Map<String, String> headers,
        int retries,
        Instant now) {

    public Job {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /**
     * The engine's time when it activated a job: the engine sets a job's deadline to its own clock plus the
     * timeout the worker asked for, so the deadline minus that timeout is the engine's "now". This holds on
     * Camunda 8 and on the local engine, including when its clock is pinned or moved ahead (the accelerated
     * demo), so handlers and timers agree on what day it is.
     */
    public static Instant engineTimeAtActivation(long deadlineEpochMillis, Duration requestedTimeout) {
        return Instant.ofEpochMilli(deadlineEpochMillis).minus(requestedTimeout);
    }

    /** The variables, read with clear errors for missing or mistyped ones. */
    public JobVariables vars() {
        return new JobVariables(variables);
    }

    /** A custom header that must be present. */
    public String header(String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new JobInputException("the task has no '" + name + "' header (element " + elementId + ")");
        }
        return value;
    }
}
