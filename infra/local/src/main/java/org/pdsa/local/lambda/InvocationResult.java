package org.pdsa.local.lambda;

import java.time.Duration;

/** What an invocation of a function came to: its response, or why there is none. */
public sealed interface InvocationResult {

    /** The function answered; {@code payload} is its JSON response. */
    record Success(String payload) implements InvocationResult {}

    /**
     * The function failed on this event ({@code POST /runtime/invocation/{id}/error}), or its response
     * was refused (too large).
     *
     * @param errorType the {@code errorType} of the error document, else the runtime's error-type header
     * @param errorMessage the {@code errorMessage} of the error document, if any
     * @param payload the error document as the runtime posted it (Lambda's error JSON)
     */
    record FunctionError(String errorType, String errorMessage, String payload) implements InvocationResult {}

    /**
     * The function could not initialise ({@code POST /runtime/init/error}, or {@code /runtime/restore/error}
     * after a snapshot); like Lambda, every invocation of that environment answers with it.
     */
    record InitError(String errorType, String errorMessage, String payload) implements InvocationResult {}

    /** No answer came before the function's timeout; like Lambda, the environment was then stopped. */
    record Timeout(Duration timeout) implements InvocationResult {}

    /** The runtime's process ended without answering. */
    record Exited(int exitCode, String logTail) implements InvocationResult {}
}
