package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.pdsa.domain.FieldError;

/** Builds API Gateway responses: JSON bodies and RFC 9457 problems. */
public final class Responses {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Responses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return response(status, JSON, ApiJson.write(body), Map.of());
    }

    public static APIGatewayV2HTTPResponse created(String location, Object body) {
        return response(201, JSON, ApiJson.write(body), Map.of("Location", location));
    }

    public static APIGatewayV2HTTPResponse problem(ApiProblem problem, String instance) {
        ObjectNode body = ApiJson.object()
                .put("type", "about:blank")
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (FieldError e : problem.errors()) {
                errors.addObject().put("field", e.field()).put("reason", e.reason());
            }
        }
        return response(problem.status(), PROBLEM_JSON, ApiJson.write(body), problem.headers());
    }

    public static APIGatewayV2HTTPResponse response(int status, String contentType, String body, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("Content-Type", contentType);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
