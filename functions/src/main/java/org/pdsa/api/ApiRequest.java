package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** One HTTP API request as API Gateway (payload 2.0) hands it to a handler, with the reading done once. */
public final class ApiRequest {

    private final APIGatewayV2HTTPEvent event;
    private Caller caller;

    public ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    public String routeKey() {
        return event.getRouteKey();
    }

    /** The request path as sent, e.g. {@code /providers/rf4/measurements}. */
    public String path() {
        return event.getRawPath();
    }

    /** A path parameter of the route ({@code id} in {@code /programmes/{id}}); 400 when absent. */
    public String pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        String value = params == null ? null : params.get(name);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("the path parameter " + name + " is missing");
        }
        return value;
    }

    /** A query string parameter, or null. API Gateway joins repeated parameters with commas. */
    public String query(String name) {
        Map<String, String> params = event.getQueryStringParameters();
        String value = params == null ? null : params.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** A header by name, whatever its case (API Gateway lower-cases them; tests may not). */
    public String header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return null;
        }
        String value = headers.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            value = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return value;
    }

    /** The body as text (decoded when API Gateway sent it base64-encoded); empty when there is none. */
    public String body() {
        String body = event.getBody();
        if (body == null) {
            return "";
        }
        return event.getIsBase64Encoded() ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }

    /** The signed-in caller (401/403 when the claims do not name one). */
    public Caller caller() {
        if (caller == null) {
            caller = Claims.caller(Claims.of(event));
        }
        return caller;
    }

    public String requestId() {
        return event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
    }

    public APIGatewayV2HTTPEvent event() {
        return event;
    }
}
