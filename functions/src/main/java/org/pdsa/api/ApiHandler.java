package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.pdsa.camunda.EngineException;
import org.pdsa.lambda.HttpApiStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every area handler does around its routes: find the route by the event's routeKey, require a
 * signed-in caller, apply Idempotency-Key to mutating routes, and turn refusals into problem+json. Subclasses
 * only map a route to a call on plain Java.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>,
        RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final String area;
    private final Idempotency idempotency;

    protected ApiHandler(String area, Idempotency idempotency) {
        this.area = area;
        this.idempotency = idempotency;
    }

    /** Serves one request of a route of this handler's area. */
    protected abstract APIGatewayV2HTTPResponse handle(Route route, ApiRequest request);

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiRequest request = new ApiRequest(event);
        try {
            Route route = Routes.find(event.getRouteKey())
                    .filter(r -> r.area().equals(area))
                    .orElseThrow(() -> ApiProblem.notFound("no route " + event.getRouteKey() + " in the " + area + " API"));
            if (route.signedIn()) {
                request.caller();
            }
            if (route.mutating() && idempotency != null) {
                return idempotency.run(request, route.idempotency(), () -> answer(route, request));
            }
            return answer(route, request);
        } catch (ApiProblem problem) {
            return Responses.problem(problem, request.path());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed (request {})", event.getRouteKey(), request.path(), request.requestId(), e);
            return Responses.problem(new ApiProblem(500, "Internal Server Error",
                    "the request failed on our side" + (request.requestId() == null ? "" : " (request "
                            + request.requestId() + ")") + "; it is safe to retry with the same Idempotency-Key",
                    null, null), request.path());
        }
    }

    /**
     * Lambda's entry point (it prefers the stream method): the event read and the answer written with our own
     * Jackson, so a cold start does not load the runtime's serialiser; {@link #handleRequest(APIGatewayV2HTTPEvent,
     * Context)} does the work, as it does for the local gateway and the tests.
     */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpApiStreams.handle(this, input, output, context);
    }

    /** The route's answer, refusals included, so that an idempotent request can store or forget it. */
    private APIGatewayV2HTTPResponse answer(Route route, ApiRequest request) {
        try {
            return handle(route, request);
        } catch (ApiProblem problem) {
            return Responses.problem(problem, request.path());
        } catch (EngineException e) {
            LOG.warn("{} {}: engine {}: {}", route.key(), request.path(), e.kind(), e.getMessage());
            return Responses.problem(engineProblem(e), request.path());
        }
    }

    static ApiProblem engineProblem(EngineException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ApiProblem.notFound(e.getMessage());
            case CONFLICT -> ApiProblem.conflict(e.getMessage());
            case REJECTED -> new ApiProblem(502, "Bad Gateway", "the process engine refused the request: "
                    + e.getMessage(), null, null);
            case UNAVAILABLE -> ApiProblem.unavailable("the process engine is not reachable: " + e.getMessage());
        };
    }
}
