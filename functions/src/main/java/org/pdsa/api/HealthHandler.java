package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.pdsa.lambda.HttpApiStreams;
import org.pdsa.lambda.PrimingRequests;

/** {@code GET /health}: liveness of the API; it answers without touching any other service. */
public final class HealthHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, RequestStreamHandler {

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

    /** Lambda's entry point: see {@link ApiHandler#handleRequest(InputStream, OutputStream, Context)}. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpApiStreams.handle(this, input, output, context);
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
