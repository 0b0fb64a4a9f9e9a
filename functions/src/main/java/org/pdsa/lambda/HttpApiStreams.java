package org.pdsa.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API Gateway HTTP API (payload format 2.0) events in and responses out, read and written with our own
 * Jackson, around a handler that takes the typed event. Lambda calls the stream method of a handler that has
 * one; the runtime client then never loads its own serialiser (some 700 classes, about half a second of CPU
 * at every cold start). The JWT authorizer's claims and scopes are carried; an IAM authorizer's identity is not
 * (the API uses only JWT).
 */
public final class HttpApiStreams {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpApiStreams() {}

    public static void handle(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, InputStream input,
                              OutputStream output, Context context) throws IOException {
        APIGatewayV2HTTPEvent event = read(JSON.readTree(input));
        JSON.writeValue(output, write(handler.handleRequest(event, context)));
    }

    /** The event as API Gateway sends it (field names of the 2.0 payload). */
    public static APIGatewayV2HTTPEvent read(JsonNode event) {
        JsonNode context = event.path("requestContext");
        JsonNode http = context.path("http");
        JsonNode authorizer = context.path("authorizer");
        RequestContext.Authorizer auth = null;
        if (authorizer.isObject()) {
            JsonNode jwt = authorizer.path("jwt");
            auth = RequestContext.Authorizer.builder()
                    .withJwt(jwt.isObject() ? RequestContext.Authorizer.JWT.builder()
                            .withClaims(strings(jwt.path("claims"))).withScopes(list(jwt.path("scopes"))).build() : null)
                    .withLambda(authorizer.path("lambda").isObject()
                            ? JSON.convertValue(authorizer.path("lambda"), LAMBDA_CONTEXT) : null)
                    .build();
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion(text(event, "version"))
                .withRouteKey(text(event, "routeKey"))
                .withRawPath(text(event, "rawPath"))
                .withRawQueryString(text(event, "rawQueryString"))
                .withCookies(list(event.path("cookies")))
                .withHeaders(strings(event.path("headers")))
                .withQueryStringParameters(strings(event.path("queryStringParameters")))
                .withPathParameters(strings(event.path("pathParameters")))
                .withStageVariables(strings(event.path("stageVariables")))
                .withBody(text(event, "body"))
                .withIsBase64Encoded(event.path("isBase64Encoded").asBoolean(false))
                .withRequestContext(context.isObject() ? RequestContext.builder()
                        .withRouteKey(text(context, "routeKey"))
                        .withAccountId(text(context, "accountId"))
                        .withStage(text(context, "stage"))
                        .withApiId(text(context, "apiId"))
                        .withDomainName(text(context, "domainName"))
                        .withDomainPrefix(text(context, "domainPrefix"))
                        .withTime(text(context, "time"))
                        .withTimeEpoch(context.path("timeEpoch").asLong())
                        .withRequestId(text(context, "requestId"))
                        .withHttp(http.isObject() ? RequestContext.Http.builder()
                                .withMethod(text(http, "method"))
                                .withPath(text(http, "path"))
                                .withProtocol(text(http, "protocol"))
                                .withSourceIp(text(http, "sourceIp"))
                                .withUserAgent(text(http, "userAgent"))
                                .build() : null)
                        .withAuthorizer(auth)
                        .build() : null)
                .build();
    }

    /** The response as API Gateway reads it (payload format 2.0). */
    public static ObjectNode write(APIGatewayV2HTTPResponse response) {
        ObjectNode node = JSON.createObjectNode().put("statusCode", response.getStatusCode());
        if (response.getHeaders() != null) {
            node.set("headers", JSON.valueToTree(response.getHeaders()));
        }
        if (response.getMultiValueHeaders() != null) {
            node.set("multiValueHeaders", JSON.valueToTree(response.getMultiValueHeaders()));
        }
        if (response.getCookies() != null) {
            node.set("cookies", JSON.valueToTree(response.getCookies()));
        }
        if (response.getBody() != null) {
            node.put("body", response.getBody());
        }
        return node.put("isBase64Encoded", response.getIsBase64Encoded());
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> LAMBDA_CONTEXT =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> strings(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return values;
    }

    private static List<String> list(JsonNode node) {
        if (!node.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }
}
