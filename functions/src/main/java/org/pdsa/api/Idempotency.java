package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.pdsa.store.IdempotencyClaim;
import org.pdsa.store.IdempotencyRepository;
import org.pdsa.store.IdempotencyScope;
import org.pdsa.store.StoredResponse;

/**
 * {@code Idempotency-Key} on mutating requests (DESIGN §3.2), scoped to caller + method and path + key and
 * kept in the table. The first request runs and, when it succeeds (2xx), its response is stored; a repeat
 * with the same body (and query) replays it, one with another body is 422, one while the first still runs is
 * 409. A failed first attempt is forgotten, so the client may simply retry it. Requests without the header
 * run as they are.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** Where idempotency records live: the store's {@link IdempotencyRepository}, or a fake in tests. */
    public interface Ledger {
        IdempotencyClaim claim(IdempotencyScope scope, String requestHash, Instant now);

        void complete(IdempotencyScope scope, String requestHash, StoredResponse response);

        void release(IdempotencyScope scope, String requestHash);

        static Ledger of(IdempotencyRepository repository) {
            return new Ledger() {
                @Override
                public IdempotencyClaim claim(IdempotencyScope scope, String requestHash, Instant now) {
                    return repository.claim(scope, requestHash, now);
                }

                @Override
                public void complete(IdempotencyScope scope, String requestHash, StoredResponse response) {
                    repository.complete(scope, requestHash, response);
                }

                @Override
                public void release(IdempotencyScope scope, String requestHash) {
                    repository.release(scope, requestHash);
                }
            };
        }
    }

    private final Ledger ledger;
    private final Clock wallClock;

    /** {@code wallClock} times the lease of a running request: real time, unlike business "now". */
    public Idempotency(Ledger ledger, Clock wallClock) {
        this.ledger = ledger;
        this.wallClock = wallClock;
    }

    public APIGatewayV2HTTPResponse run(ApiRequest request, Supplier<APIGatewayV2HTTPResponse> action) {
        String key = request.header(HEADER);
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.badRequest(HEADER + " must be 1-255 visible ASCII characters (a UUID is a good choice)");
        }
        String method = request.routeKey().substring(0, request.routeKey().indexOf(' '));
        IdempotencyScope scope = new IdempotencyScope(request.caller().subject(), method + " " + request.path(), key);
        String query = request.event().getRawQueryString() == null ? "" : request.event().getRawQueryString();
        String hash = IdempotencyRepository.hash(query + "\n" + request.body());
        IdempotencyClaim claim = ledger.claim(scope, hash, wallClock.instant());
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replayed(replay.response());
        }
        if (claim instanceof IdempotencyClaim.Mismatch) {
            throw ApiProblem.invalid(HEADER, "'" + key + "' was already used for a different request to "
                    + scope.route() + "; use a new key for a new request");
        }
        if (claim instanceof IdempotencyClaim.InProgress) {
            throw new ApiProblem(409, "Conflict", "a request with " + HEADER + " '" + key
                    + "' is still running; retry in a moment", null, Map.of("Retry-After", "1"));
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            ledger.release(scope, hash);
            throw e;
        }
        if (response.getStatusCode() >= 200 && response.getStatusCode() < 300) {
            ledger.complete(scope, hash, stored(response));
        } else {
            ledger.release(scope, hash);
        }
        return response;
    }

    private static StoredResponse stored(APIGatewayV2HTTPResponse response) {
        Map<String, String> headers = new HashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> {
                if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Location")) {
                    headers.put(name, value);
                }
            });
        }
        return new StoredResponse(response.getStatusCode(), headers, response.getBody());
    }

    private static APIGatewayV2HTTPResponse replayed(StoredResponse stored) {
        Map<String, String> headers = new HashMap<>(stored.headers());
        headers.put(REPLAYED, "true");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(stored.status())
                .withHeaders(headers)
                .withBody(stored.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
