package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pdsa.api.Idempotency.Mode;
import org.pdsa.store.IdempotencyClaim;
import org.pdsa.store.IdempotencyScope;
import org.pdsa.store.StoredResponse;

class IdempotencyTest {

    private static final Mode CLAIM_FIRST = Mode.CLAIM_FIRST;
    private static final Mode RECORD_AFTER = Mode.RECORD_AFTER;

    private final FakeLedger ledger = new FakeLedger();
    private final Idempotency idempotency =
            new Idempotency(ledger, Clock.fixed(Instant.parse("2024-01-08T10:00:00Z"), ZoneOffset.UTC));
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void shouldRunOnceAndReplayTheStoredResponseForTheSameBody() {
        // given
        ApiRequest first = request("key-1", "{\"a\":1}");

        // when
        APIGatewayV2HTTPResponse original = idempotency.run(first, CLAIM_FIRST, this::created);
        APIGatewayV2HTTPResponse repeat = idempotency.run(request("key-1", "{\"a\":1}"), CLAIM_FIRST, this::created);

        // then
        assertThat(runs).hasValue(1);
        assertThat(repeat.getStatusCode()).isEqualTo(201);
        assertThat(repeat.getBody()).isEqualTo(original.getBody());
        assertThat(repeat.getHeaders()).containsEntry("Location", "/things/1").containsEntry(Idempotency.REPLAYED, "true");
        assertThat(ledger.scopes).containsOnlyKeys(new IdempotencyScope("alice", "POST /things", "key-1"));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        // given
        idempotency.run(request("key-1", "{\"a\":1}"), CLAIM_FIRST, this::created);

        // when / then
        assertThatThrownBy(() -> idempotency.run(request("key-1", "{\"a\":2}"), CLAIM_FIRST, this::created))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors().get(0).field()).isEqualTo("Idempotency-Key");
                });
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldAnswer409WhileTheFirstRequestRuns() {
        // given
        ledger.next = new IdempotencyClaim.InProgress();

        // when / then
        assertThatThrownBy(() -> idempotency.run(request("key-1", "{}"), CLAIM_FIRST, this::created))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.headers()).containsEntry("Retry-After", "1");
                });
    }

    @Test
    void shouldForgetAFailedAttemptSoTheClientCanRetry() {
        // when: the first attempt is refused, the second succeeds
        APIGatewayV2HTTPResponse refused = idempotency.run(request("key-1", "{}"), CLAIM_FIRST,
                () -> Responses.problem(ApiProblem.notFound("no programme p"), "/things"));
        APIGatewayV2HTTPResponse retried = idempotency.run(request("key-1", "{}"), CLAIM_FIRST, this::created);

        // then
        assertThat(refused.getStatusCode()).isEqualTo(404);
        assertThat(retried.getStatusCode()).isEqualTo(201);
        assertThat(retried.getHeaders()).doesNotContainKey(Idempotency.REPLAYED);
        assertThat(ledger.released).hasValue(1);
    }

    @Test
    void shouldReleaseTheKeyWhenTheRequestThrows() {
        assertThatThrownBy(() -> idempotency.run(request("key-1", "{}"), CLAIM_FIRST, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(ledger.released).hasValue(1);
        assertThat(ledger.scopes).isEmpty();
    }

    @Test
    void shouldRunWithoutTheHeaderAsUsual() {
        idempotency.run(request(null, "{}"), CLAIM_FIRST, this::created);
        idempotency.run(request(null, "{}"), CLAIM_FIRST, this::created);
        assertThat(runs).hasValue(2);
        assertThat(ledger.scopes).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedKey() {
        assertThatThrownBy(() -> idempotency.run(request("has space", "{}"), CLAIM_FIRST, this::created))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }

    @Test
    void shouldScopeKeysToTheCaller() {
        // given
        idempotency.run(request("key-1", "{}"), CLAIM_FIRST, this::created);

        // when: another caller uses the same key
        idempotency.run(request("key-1", "{}", "bob"), CLAIM_FIRST, this::created);

        // then
        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldRecordTheAnswerAfterTheRequestAndReplayItWhenARepeatIsRefused() {
        // given: a request whose effect cannot happen twice (like completing a task) ran once
        AtomicInteger completions = new AtomicInteger();
        java.util.function.Supplier<APIGatewayV2HTTPResponse> completeOnce = () -> completions.incrementAndGet() == 1
                ? Responses.json(200, Map.of("completed", true))
                : Responses.problem(ApiProblem.conflict("task 7 is completed, not open"), "/things");
        APIGatewayV2HTTPResponse first = idempotency.run(request("key-1", "{\"a\":1}"), RECORD_AFTER, completeOnce);

        // when: the client repeats it
        APIGatewayV2HTTPResponse repeat = idempotency.run(request("key-1", "{\"a\":1}"), RECORD_AFTER, completeOnce);

        // then: one claim-free write, and the repeat gets the first answer instead of the 409
        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(ledger.writes).hasValue(1);
        assertThat(repeat.getStatusCode()).isEqualTo(200);
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders()).containsEntry(Idempotency.REPLAYED, "true");
    }

    @Test
    void shouldRefuseARecordedKeyReusedWithAnotherBody() {
        // given
        idempotency.run(request("key-1", "{\"a\":1}"), RECORD_AFTER, this::created);

        // when / then: the request itself is refused as done, and the record shows another body
        assertThatThrownBy(() -> idempotency.run(request("key-1", "{\"a\":2}"), RECORD_AFTER,
                () -> Responses.problem(ApiProblem.conflict("done already"), "/things")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(422));
    }

    @Test
    void shouldAnswerARepeatThatRanAgainHarmlesslyWithTheFirstAnswer() {
        // given: a request that may run again without changing anything (assigning yourself a task)
        APIGatewayV2HTTPResponse first = idempotency.run(request("key-1", "{}"), RECORD_AFTER, this::created);

        // when
        APIGatewayV2HTTPResponse repeat = idempotency.run(request("key-1", "{}"), RECORD_AFTER, this::created);

        // then
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders()).containsEntry(Idempotency.REPLAYED, "true");
    }

    @Test
    void shouldLeaveARefusalAloneWhenNothingWasRecordedForTheKey() {
        // when: a first request is refused (the task was completed by someone else)
        APIGatewayV2HTTPResponse refused = idempotency.run(request("key-1", "{}"), RECORD_AFTER,
                () -> Responses.problem(ApiProblem.conflict("task 7 is completed, not open"), "/things"));

        // then: the refusal stands, nothing is written, and a later success with the key is recorded
        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(ledger.writes).hasValue(0);
        idempotency.run(request("key-1", "{}"), RECORD_AFTER, this::created);
        assertThat(ledger.writes).hasValue(1);
    }

    @Test
    void shouldNotRecordAValidationFailure() {
        // when
        APIGatewayV2HTTPResponse invalid = idempotency.run(request("key-1", "{}"), RECORD_AFTER,
                () -> Responses.problem(ApiProblem.invalid("variables.decision", "must be one of adopt, adapt, abandon"),
                        "/things"));

        // then: nothing read or written; the client corrects the body and retries with the same key
        assertThat(invalid.getStatusCode()).isEqualTo(422);
        assertThat(ledger.writes).hasValue(0);
        assertThat(ledger.reads).hasValue(0);
    }

    @Test
    void shouldAnswerTheRequestWhenItsAnswerCannotBeRecorded() {
        // given
        ledger.failWrites = true;

        // when
        APIGatewayV2HTTPResponse response = idempotency.run(request("key-1", "{}"), RECORD_AFTER, this::created);

        // then: the request happened, so the client is told so
        assertThat(response.getStatusCode()).isEqualTo(201);
    }

    private APIGatewayV2HTTPResponse created() {
        int n = runs.incrementAndGet();
        return Responses.created("/things/" + n, Map.of("n", n));
    }

    private static ApiRequest request(String key, String body) {
        return request(key, body, "alice");
    }

    private static ApiRequest request(String key, String body, String subject) {
        Map<String, String> headers = new HashMap<>();
        if (key != null) {
            headers.put("idempotency-key", key);
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /things").withRawPath("/things").withHeaders(headers).withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of("sub", subject, "role", "manager")).build())
                                .build())
                        .build())
                .build();
        return new ApiRequest(event);
    }

    /** The ledger's contract in memory: one record per scope, with its hash and (once done) response. */
    private static final class FakeLedger implements Idempotency.Ledger {
        final Map<IdempotencyScope, String[]> scopes = new HashMap<>();
        final Map<IdempotencyScope, StoredResponse> responses = new HashMap<>();
        final AtomicInteger released = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();
        IdempotencyClaim next;
        boolean failWrites;

        @Override
        public IdempotencyClaim record(IdempotencyScope scope, String requestHash, StoredResponse response) {
            if (failWrites) {
                throw new IllegalStateException("the table is unavailable");
            }
            writes.incrementAndGet();
            if (scopes.containsKey(scope)) {
                return verdict(scope, requestHash);
            }
            scopes.put(scope, new String[] {requestHash});
            responses.put(scope, response);
            return new IdempotencyClaim.Proceed();
        }

        @Override
        public IdempotencyClaim find(IdempotencyScope scope, String requestHash) {
            reads.incrementAndGet();
            return scopes.containsKey(scope) ? verdict(scope, requestHash) : new IdempotencyClaim.Proceed();
        }

        private IdempotencyClaim verdict(IdempotencyScope scope, String requestHash) {
            if (!scopes.get(scope)[0].equals(requestHash)) {
                return new IdempotencyClaim.Mismatch();
            }
            StoredResponse done = responses.get(scope);
            return done == null ? new IdempotencyClaim.InProgress() : new IdempotencyClaim.Replay(done);
        }

        @Override
        public IdempotencyClaim claim(IdempotencyScope scope, String requestHash, Instant now) {
            if (next != null) {
                return next;
            }
            String[] found = scopes.get(scope);
            if (found == null) {
                scopes.put(scope, new String[] {requestHash});
                return new IdempotencyClaim.Proceed();
            }
            if (!found[0].equals(requestHash)) {
                return new IdempotencyClaim.Mismatch();
            }
            StoredResponse done = responses.get(scope);
            return done == null ? new IdempotencyClaim.InProgress() : new IdempotencyClaim.Replay(done);
        }

        @Override
        public void complete(IdempotencyScope scope, String requestHash, StoredResponse response) {
            responses.put(scope, response);
        }

        @Override
        public void release(IdempotencyScope scope, String requestHash) {
            released.incrementAndGet();
            scopes.remove(scope);
        }
    }
}
