package org.pdsa.local.lambda;

/**
 * One event handed to a runtime by {@code GET /runtime/invocation/next}, with what Lambda sends beside it.
 *
 * @param requestId the {@code Lambda-Runtime-Aws-Request-Id}
 * @param payload the event, JSON text
 * @param deadlineMs when the function times out, Unix epoch milliseconds ({@code Lambda-Runtime-Deadline-Ms})
 * @param functionArn the {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId the X-Ray tracing header ({@code Lambda-Runtime-Trace-Id})
 */
public record Invocation(String requestId, String payload, long deadlineMs, String functionArn, String traceId) {}
