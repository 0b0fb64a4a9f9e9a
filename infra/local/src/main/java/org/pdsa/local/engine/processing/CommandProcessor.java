package org.pdsa.local.engine.processing;

/**
 * Processes one command type on the stream processor thread. Validate first and reject through
 * the context without touching state; once accepted, change state and respond (or defer the
 * response). Registered per {@link CommandType} in {@link CommandProcessors}.
 */
@FunctionalInterface
public interface CommandProcessor {
    void process(Command command, ProcessingContext context);
}
