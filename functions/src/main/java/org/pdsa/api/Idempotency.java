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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on mutating requests (DESIGN §3.2), scoped to caller + method and path + key and
 * kept in the table. A repeat with the same body (and query) replays the first response, one with another body
 * is 422. Requests without the header run as they are. How the key is kept depends on the route's {@link Mode}:
 * <ul>
 *   <li>{@link Mode#CLAIM_FIRST} (requests that could change state twice, e.g. a submission): the key is
 *   claimed before the request runs and the response stored when it succeeds (2xx); a repeat while the first
 *   still runs is 409; a failed first attempt is forgotten, so the client may simply retry it. Two writes.</li>
 *   <li>{@link Mode#RECORD_AFTER} (requests whose effect cannot happen twice: the engine completes a task once,
 *   assigning yourself again changes nothing): the request runs, and its response is recorded when it
 *   succeeds; a repeat that the request itself refuses (404/409, the task is done) is answered from the
 *   record. One write.</li>
 * </ul>
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** How a route honours the key; {@link #NONE} for routes that change nothing. */
    public enum Mode {
        NONE, CLAIM_FIRST, RECORD_AFTER
    }

    /** Where idempotency records live: the store's {@link IdempotencyRepository}, or a fake in tests. */
    public interface Ledger {
        IdempotencyClaim claim(IdempotencyScope scope, String requestHash, Instant now);

        void complete(IdempotencyScope scope, String requestHash, StoredResponse response);

        void release(IdempotencyScope scope, String requestHash);

        /** Records a finished request's response unless the key has a record; {@code Proceed} when recorded. */
        IdempotencyClaim record(IdempotencyScope scope, String requestHash, StoredResponse response);

        /** What the key's record says about a repeat; {@code Proceed} when there is none. */
        IdempotencyClaim find(IdempotencyScope scope, String requestHash);

        static Ledger of(IdempotencyRepository repository) {
            return new Ledger() {
                @Override
                public IdempotencyClaim record(IdempotencyScope scope, String requestHash, StoredResponse response) {
                    return repository.record(scope, requestHash, response);
                }

                @Override
                public IdempotencyClaim find(IdempotencyScope scope, String requestHash) {
                    return repository.find(scope, requestHash);
                }

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

    /** Runs {@code action} for {@code request}, honouring its Idempotency-Key as {@code mode} says. */
    public APIGatewayV2HTTPResponse run(ApiRequest request, Mode mode, Supplier<APIGatewayV2HTTPResponse> action) {
        String key = request.header(HEADER);
        if (key == null || mode == Mode.NONE) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.badRequest(HEADER + " must be 1-255 visible ASCII characters (a UUID is a good choice)");
        }
        String method = request.routeKey().substring(0, request.routeKey().indexOf(' '));
        IdempotencyScope scope = new IdempotencyScope(request.caller().subject(), method + " " + request.path(), key);
        String query = request.event().getRawQueryString() == null ? "" : request.event().getRawQueryString();
        String hash = IdempotencyRepository.hash(query + "\n" + request.body());
        return mode == Mode.CLAIM_FIRST ? claimFirst(scope, hash, action) : recordAfter(scope, hash, action);
    }

    private APIGatewayV2HTTPResponse claimFirst(IdempotencyScope scope, String hash,
                                               Supplier<APIGatewayV2HTTPResponse> action) {
        IdempotencyClaim claim = ledger.claim(scope, hash, wallClock.instant());
        if (!(claim instanceof IdempotencyClaim.Proceed)) {
            return repeat(claim, scope);
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            ledger.release(scope, hash);
            throw e;
        }
        if (succeeded(response)) {
            ledger.complete(scope, hash, stored(response));
        } else {
            ledger.release(scope, hash);
        }
        return response;
    }

    private APIGatewayV2HTTPResponse recordAfter(IdempotencyScope scope, String hash,
                                                Supplier<APIGatewayV2HTTPResponse> action) {
        // a failure that throws records nothing: the request did not happen, and a retry runs it again
        APIGatewayV2HTTPResponse response = action.get();
        IdempotencyClaim record;
        if (succeeded(response)) {
            try {
                record = ledger.record(scope, hash, stored(response));
            } catch (RuntimeException e) {
                // the request did happen: say so; only a later repeat misses its replay (it gets the 404/409)
                LOG.warn("the response to {} {} '{}' was not recorded; a repeat will not be replayed", scope.route(),
                        HEADER, scope.key(), e);
                return response;
            }
        } else if (response.getStatusCode() == 404 || response.getStatusCode() == 409) {
            // refused because it is done already (task completed or gone): a repeat of a recorded request?
            record = ledger.find(scope, hash);
        } else {
            return response;
        }
        // Proceed: nothing recorded before (ours is now) or nothing to replay; InProgress: a claim of another mode
        return record instanceof IdempotencyClaim.Replay || record instanceof IdempotencyClaim.Mismatch
                ? repeat(record, scope) : response;
    }

    private static APIGatewayV2HTTPResponse repeat(IdempotencyClaim claim, IdempotencyScope scope) {
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replayed(replay.response());
        }
        if (claim instanceof IdempotencyClaim.Mismatch) {
            throw ApiProblem.invalid(HEADER, "'" + scope.key() + "' was already used for a different request to "
                    + scope.route() + "; use a new key for a new request");
        }
        throw new ApiProblem(409, "Conflict", "a request with " + HEADER + " '" + scope.key()
                + "' is still running; retry in a moment", null, Map.of("Retry-After", "1"));
    }

    private static boolean succeeded(APIGatewayV2HTTPResponse response) {
        return response.getStatusCode() >= 200 && response.getStatusCode() < 300;
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
