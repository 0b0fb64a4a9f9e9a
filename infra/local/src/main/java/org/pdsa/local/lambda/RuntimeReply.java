package org.pdsa.local.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Runtime API answers a runtime: status, headers and body. Errors use the API's own shape,
 * {@code {"errorMessage": ..., "errorType": ...}}, because runtime clients read that, not problem+json.
 */
public record RuntimeReply(int status, Map<String, String> headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_CONTENT = Map.of("Content-Type", "application/json");

    static RuntimeReply invocation(Invocation invocation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.put("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineMs()));
        headers.put("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn());
        headers.put("Lambda-Runtime-Trace-Id", invocation.traceId());
        return new RuntimeReply(200, Map.copyOf(headers), invocation.payload().getBytes(StandardCharsets.UTF_8));
    }

    static RuntimeReply accepted() {
        return new RuntimeReply(202, JSON_CONTENT, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
    }

    static RuntimeReply empty() {
        return new RuntimeReply(200, Map.of(), new byte[0]);
    }

    static RuntimeReply invalidRequestId(String requestId) {
        return error(400, "InvalidRequestID", "Invalid request ID: " + requestId);
    }

    static RuntimeReply invalidStateTransition(String message) {
        return error(403, "InvalidStateTransition", message);
    }

    static RuntimeReply tooLarge(int size) {
        return error(413, "RequestEntityTooLarge", "Response payload size (" + size
                + " bytes) exceeded maximum allowed payload size (" + RuntimeApi.MAX_RESPONSE_BYTES + " bytes).");
    }

    static RuntimeReply notFound(String path) {
        return error(404, "NotFound", "No Runtime API resource at " + path);
    }

    static RuntimeReply methodNotAllowed(String method, String path) {
        return error(405, "MethodNotAllowed", method + " is not allowed on " + path);
    }

    static RuntimeReply shuttingDown() {
        return error(500, "ShuttingDown", "The execution environment is shutting down; the runtime should exit.");
    }

    static RuntimeReply error(int status, String errorType, String message) {
        ObjectNode body = JSON.createObjectNode().put("errorMessage", message).put("errorType", errorType);
        return new RuntimeReply(status, JSON_CONTENT, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
