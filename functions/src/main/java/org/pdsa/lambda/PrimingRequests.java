package org.pdsa.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * Priming requests for the API's handlers: an HTTP API event of one of the handler's routes, made by a
 * caller that belongs to nothing, so it runs the whole path (event, claims, access, the table, problem+json)
 * and changes nothing. Only reads and refusals: a priming request never writes.
 */
public final class PrimingRequests {

    /** The subject, provider and ids of priming requests: no programme, provider or cycle has them. */
    public static final String NOBODY = "snapstart-priming";

    private PrimingRequests() {}

    /** Registers a priming request of {@code routeKey} by a caller with {@code role}, to run before the snapshot. */
    public static void register(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                String routeKey, String role, String body, Runnable... more) {
        Runnable request = () -> handler.handleRequest(event(routeKey, role, body), null);
        Runnable[] steps = new Runnable[more.length + 1];
        steps[0] = request;
        System.arraycopy(more, 0, steps, 1, more.length);
        SnapStartPriming.register(handler.getClass().getSimpleName(), steps);
    }

    static APIGatewayV2HTTPEvent event(String routeKey, String role, String body) {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String template = routeKey.substring(routeKey.indexOf(' ') + 1);
        String path = template.replaceAll("\\{[^}]+}", NOBODY);
        Map<String, String> parameters = template.contains("{")
                ? Map.of(template.substring(template.indexOf('{') + 1, template.indexOf('}')), NOBODY) : null;
        Map<String, String> claims = role == null ? null : Map.of("sub", NOBODY, "role", role, "provider", NOBODY,
                "groups", "[" + NOBODY + "]");
        RequestContext.Authorizer authorizer = claims == null ? null : RequestContext.Authorizer.builder()
                .withJwt(RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(Map.of("content-type", "application/json"))
                .withPathParameters(parameters)
                .withBody(body)
                .withRequestContext(RequestContext.builder()
                        .withRouteKey(routeKey)
                        .withRequestId(NOBODY)
                        .withHttp(RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .withAuthorizer(authorizer)
                        .build())
                .build();
    }
}
