package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pdsa.lambda.HttpApiStreams;
import org.pdsa.lambda.ParallelInit;
import org.pdsa.lambda.PrimingRequests;
import org.pdsa.store.Store;

/**
 * The cold start of an API function on two threads: the store is built and its read path loaded on one while
 * the other loads what every request goes through (the event read from JSON, the caller's claims, a JSON body,
 * the answer and a problem+json written). Nothing is written anywhere; the first event then finds the classes loaded.
 */
final class ApiPriming {

    /** An HTTP API event as API Gateway sends it, of a signed-in caller who belongs to nothing. */
    private static final String EVENT = "{\"version\":\"2.0\",\"routeKey\":\"POST /priming/{id}\",\"rawPath\":\"/priming/"
            + PrimingRequests.NOBODY + "\",\"rawQueryString\":\"\",\"headers\":{\"content-type\":\"application/json\"},"
            + "\"pathParameters\":{\"id\":\"" + PrimingRequests.NOBODY + "\"},\"body\":\"{\\\"value\\\":1.5,\\\"date\\\":"
            + "\\\"2024-01-01\\\"}\",\"isBase64Encoded\":false,\"requestContext\":{\"routeKey\":\"POST /priming/{id}\","
            + "\"requestId\":\"" + PrimingRequests.NOBODY + "\",\"http\":{\"method\":\"POST\",\"path\":\"/priming/"
            + PrimingRequests.NOBODY + "\"},\"authorizer\":{\"jwt\":{\"claims\":{\"sub\":\"" + PrimingRequests.NOBODY
            + "\",\"role\":\"staff\",\"provider\":\"" + PrimingRequests.NOBODY + "\"},\"scopes\":null}}}}";

    private ApiPriming() {}

    /** The container's store, built while the request path's JSON is primed on another thread; then its read path. */
    static Store store() {
        return ParallelInit.alongside(() -> {
            Store store = Store.shared();
            ParallelInit.run(() -> store.prime(PrimingRequests.NOBODY));
            return store;
        }, ApiPriming::requestPath);
    }

    /** One event through the stream entry point and the pieces every handler uses; the answer is dropped. */
    static void requestPath() {
        try {
            HttpApiStreams.handle((event, context) -> answer(event),
                    new ByteArrayInputStream(EVENT.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        ApiRequest request = new ApiRequest(event);
        Caller caller = request.caller();
        JsonNode body = JsonInput.object(request.body());
        Sample sample = new Sample(caller.subject(), LocalDate.parse(body.path("date").asText()), Instant.EPOCH,
                body.path("value").decimalValue(), List.of(caller.role().name()), Map.of("n", 1));
        ApiJson.tree(sample);
        Responses.json(200, sample);
        return Responses.problem(ApiProblem.notFound("nothing at " + request.pathParameter("id")), request.path());
    }

    /** A record of the kinds the API writes: text, a date, an instant, an exact decimal, a list and a map. */
    private record Sample(String id, LocalDate date, Instant at, BigDecimal value, List<String> roles,
                          Map<String, Integer> counts) {}
}
