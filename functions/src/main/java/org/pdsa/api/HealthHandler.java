package org.pdsa.api;

import org.pdsa.lambda.PrimingRequests;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code GET /health}: liveness of the API; it answers without touching any other service. */
public final class HealthHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final ObjectMapper json;

    /** Used by the Lambda runtime. */
    public HealthHandler() {
        this(new ObjectMapper());
        PrimingRequests.register(this, "GET /health", null, null);
    }

    /** Used by tests and by the local gateway, which pass their own mapper. */
    public HealthHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(write(new Health("ok")))
                .build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a health answer. */
    public record Health(String status) {}
}
