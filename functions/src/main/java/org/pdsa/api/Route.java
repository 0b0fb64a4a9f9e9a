package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * One route of the HTTP API: method and path template (API Gateway's syntax, {@code /programmes/{id}}), the
 * function area that serves it, its handler class, how it honours an Idempotency-Key ({@link Idempotency.Mode#NONE}
 * for routes that change nothing) and whether it needs a signed-in caller.
 */
public record Route(
        String method,
        String path,
        String area,
        Class<? extends RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handler,
        Idempotency.Mode idempotency,
        boolean signedIn) {

    /** Whether the route changes state: Idempotency-Key applies to it. */
    public boolean mutating() {
        return idempotency != Idempotency.Mode.NONE;
    }

    /** API Gateway's route key, e.g. {@code GET /programmes/{id}}: what the event's routeKey holds. */
    public String key() {
        return method + " " + path;
    }

    /** The Lambda handler string of template.yaml, e.g. {@code org.pdsa.api.TasksHandler::handleRequest}. */
    public String lambdaHandler() {
        return handler.getName() + "::handleRequest";
    }
}
