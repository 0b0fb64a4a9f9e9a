package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class IdempotencyRepositoryTest {

    private static final Instant NOW = Instant.parse("2024-03-11T09:00:00Z");
    private static final IdempotencyScope SCOPE = new IdempotencyScope("system-a", "POST /cycles", "key-1");
    private static final String BODY = "{\"programme\":\"flow\"}";
    private static final StoredResponse CREATED =
            new StoredResponse(201, Map.of("Location", "/cycles/a-1"), "{\"id\":\"a-1\"}");

    @Test
    void shouldReplayTheStoredResponseForTheSameBody(Store store) {
        // given a first request that ran and completed
        IdempotencyRepository repo = store.idempotency();
        String hash = IdempotencyRepository.hash(BODY);
        assertThat(repo.claim(SCOPE, hash, NOW)).isInstanceOf(IdempotencyClaim.Proceed.class);
        repo.complete(SCOPE, hash, CREATED);
        // when the same body comes again
        IdempotencyClaim again = repo.claim(SCOPE, IdempotencyRepository.hash(BODY), NOW.plusSeconds(5));
        // then
        assertThat(again).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBody(Store store) {
        // given
        IdempotencyRepository repo = store.idempotency();
        repo.claim(SCOPE, IdempotencyRepository.hash(BODY), NOW);
        repo.complete(SCOPE, IdempotencyRepository.hash(BODY), CREATED);
        // when
        IdempotencyClaim other = repo.claim(SCOPE, IdempotencyRepository.hash("{\"programme\":\"sepsis\"}"), NOW);
        // then
        assertThat(other).isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void shouldScopeKeysToCallerAndRoute(Store store) {
        // given
        IdempotencyRepository repo = store.idempotency();
        repo.claim(SCOPE, IdempotencyRepository.hash(BODY), NOW);
        // when another caller, or another route, uses the same key
        IdempotencyClaim otherCaller = repo.claim(new IdempotencyScope("system-b", SCOPE.route(), SCOPE.key()),
                IdempotencyRepository.hash("x"), NOW);
        IdempotencyClaim otherRoute = repo.claim(new IdempotencyScope(SCOPE.caller(), "POST /programmes", SCOPE.key()),
                IdempotencyRepository.hash("x"), NOW);
        // then each is a first request
        assertThat(otherCaller).isInstanceOf(IdempotencyClaim.Proceed.class);
        assertThat(otherRoute).isInstanceOf(IdempotencyClaim.Proceed.class);
    }

    @Test
    void shouldNotLetSeparatorsInAScopeForgeAnotherScope(Store store) {
        // given a caller whose name holds the separator
        IdempotencyRepository repo = store.idempotency();
        repo.claim(new IdempotencyScope("a#b", "r", "k"), IdempotencyRepository.hash(BODY), NOW);
        // when
        IdempotencyClaim forged = repo.claim(new IdempotencyScope("a", "b#r", "k"), IdempotencyRepository.hash("x"), NOW);
        // then
        assertThat(forged).isInstanceOf(IdempotencyClaim.Proceed.class);
    }

    @Test
    void shouldSayARepeatIsInProgressUntilTheLeaseRunsOut(Store store) {
        // given a claim whose handler has not finished
        IdempotencyRepository repo = store.idempotency();
        String hash = IdempotencyRepository.hash(BODY);
        repo.claim(SCOPE, hash, NOW);
        // when
        IdempotencyClaim during = repo.claim(SCOPE, hash, NOW.plusSeconds(10));
        IdempotencyClaim after = repo.claim(SCOPE, hash, NOW.plus(IdempotencyRepository.LEASE).plusSeconds(1));
        IdempotencyClaim afterTakeOver = repo.claim(SCOPE, hash, NOW.plus(IdempotencyRepository.LEASE).plusSeconds(2));
        // then
        assertThat(during).isInstanceOf(IdempotencyClaim.InProgress.class);
        assertThat(after).isInstanceOf(IdempotencyClaim.Proceed.class);
        assertThat(afterTakeOver).isInstanceOf(IdempotencyClaim.InProgress.class);
    }

    @Test
    void shouldLetTheClientRetryAfterAReleasedFailure(Store store) {
        // given a request that failed before changing anything
        IdempotencyRepository repo = store.idempotency();
        String hash = IdempotencyRepository.hash(BODY);
        repo.claim(SCOPE, hash, NOW);
        repo.release(SCOPE, hash);
        // when
        IdempotencyClaim retry = repo.claim(SCOPE, hash, NOW.plusSeconds(1));
        // then
        assertThat(retry).isInstanceOf(IdempotencyClaim.Proceed.class);
    }

    @Test
    void shouldNotReleaseACompletedRequest(Store store) {
        // given
        IdempotencyRepository repo = store.idempotency();
        String hash = IdempotencyRepository.hash(BODY);
        repo.claim(SCOPE, hash, NOW);
        repo.complete(SCOPE, hash, CREATED);
        // when
        repo.release(SCOPE, hash);
        // then
        assertThat(repo.claim(SCOPE, hash, NOW)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void shouldRecordAFinishedRequestInOneWriteAndFindItForARepeat(Store store) {
        // given
        IdempotencyRepository repo = store.idempotency();
        String hash = IdempotencyRepository.hash(BODY);
        long before = store.requestCounter().total();

        // when
        IdempotencyClaim recorded = repo.record(SCOPE, hash, CREATED);

        // then
        assertThat(recorded).isInstanceOf(IdempotencyClaim.Proceed.class);
        assertThat(store.requestCounter().total() - before).isEqualTo(1);
        assertThat(repo.find(SCOPE, hash)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
        assertThat(repo.find(SCOPE, IdempotencyRepository.hash("{}"))).isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void shouldKeepTheFirstRecordWhenTheKeyIsRecordedAgain(Store store) {
        // given
        IdempotencyRepository repo = store.idempotency();
        String hash = IdempotencyRepository.hash(BODY);
        repo.record(SCOPE, hash, CREATED);

        // when: a repeat that ran again harmlessly, and a different body under the same key
        IdempotencyClaim same = repo.record(SCOPE, hash, new StoredResponse(201, Map.of(), "{\"id\":\"other\"}"));
        IdempotencyClaim other = repo.record(SCOPE, IdempotencyRepository.hash("{}"), CREATED);

        // then
        assertThat(same).isEqualTo(new IdempotencyClaim.Replay(CREATED));
        assertThat(other).isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void shouldFindNothingForAnUnusedKey(Store store) {
        assertThat(store.idempotency().find(SCOPE, IdempotencyRepository.hash(BODY))).isInstanceOf(IdempotencyClaim.Proceed.class);
    }
}
