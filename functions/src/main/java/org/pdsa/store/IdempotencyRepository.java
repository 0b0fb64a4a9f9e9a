package org.pdsa.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Idempotency-Key records, scoped to caller + route + key. Claimed first: {@link #claim} creates the record
 * conditionally before the request runs; {@link #complete} stores the response; {@link #release} forgets a
 * failed attempt so the client may retry; a claim left in progress longer than the lease (a crashed handler)
 * may be taken over. Recorded after: {@link #record} stores a finished request's response in one conditional
 * write, and {@link #find} reads it for a repeat. Records are kept (dynalite has no TTL).
 */
public final class IdempotencyRepository {

    /** How long a running request holds its key before a repeat may take it over. */
    public static final Duration LEASE = Duration.ofSeconds(60);
    private static final String SORT = "IDEMPOTENCY";

    private final Table table;

    IdempotencyRepository(Table table) {
        this.table = table;
    }

    /** The SHA-256 of a request body, hex: what "the same body" means. */
    public static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public IdempotencyClaim claim(IdempotencyScope scope, String requestHash, Instant now) {
        IdempotencyItem claim = item(scope, requestHash, IdempotencyItem.IN_PROGRESS, now.toEpochMilli());
        Optional<IdempotencyItem> existing = table.putIfAbsent(table.idempotency, claim);
        if (existing.isEmpty()) {
            return new IdempotencyClaim.Proceed();
        }
        IdempotencyItem found = existing.get();
        IdempotencyClaim verdict = verdict(found, requestHash);
        if (!(verdict instanceof IdempotencyClaim.InProgress) || found.getStartedAt() + LEASE.toMillis() > now.toEpochMilli()) {
            return verdict;
        }
        return takeOver(claim, found.getStartedAt()) ? new IdempotencyClaim.Proceed() : new IdempotencyClaim.InProgress();
    }

    /**
     * Stores the response of a request that has run (one conditional write), unless the key has a record:
     * then what that record says about this request (the same body replays it, another is a mismatch).
     */
    public IdempotencyClaim record(IdempotencyScope scope, String requestHash, StoredResponse response) {
        IdempotencyItem done = item(scope, requestHash, IdempotencyItem.COMPLETED, null);
        done.setResponseStatus(response.status());
        done.setResponseHeaders(response.headers().isEmpty() ? null : response.headers());
        done.setResponseBody(response.body());
        return table.putIfAbsent(table.idempotency, done)
                .map(found -> verdict(found, requestHash))
                .orElseGet(IdempotencyClaim.Proceed::new);
    }

    /** What the key's record says about a repeat of the request; {@code Proceed} when the key has none. */
    public IdempotencyClaim find(IdempotencyScope scope, String requestHash) {
        return table.get(table.idempotency, Table.key(partition(scope), SORT))
                .map(found -> verdict(found, requestHash))
                .orElseGet(IdempotencyClaim.Proceed::new);
    }

    private static IdempotencyClaim verdict(IdempotencyItem found, String requestHash) {
        if (!requestHash.equals(found.getRequestHash())) {
            return new IdempotencyClaim.Mismatch();
        }
        if (IdempotencyItem.COMPLETED.equals(found.getState())) {
            return new IdempotencyClaim.Replay(new StoredResponse(found.getResponseStatus(), found.getResponseHeaders(),
                    found.getResponseBody()));
        }
        return new IdempotencyClaim.InProgress();
    }

    /** Stores the response of a claimed request; repeats with the same body will replay it. */
    public void complete(IdempotencyScope scope, String requestHash, StoredResponse response) {
        IdempotencyItem done = item(scope, requestHash, IdempotencyItem.COMPLETED, null);
        done.setResponseStatus(response.status());
        done.setResponseHeaders(response.headers().isEmpty() ? null : response.headers());
        done.setResponseBody(response.body());
        try {
            // an update of the given attributes only: startedAt stays as claimed
            table.idempotency.updateItem(UpdateItemEnhancedRequest.builder(IdempotencyItem.class)
                    .item(done)
                    .ignoreNulls(true)
                    .conditionExpression(ownClaim(requestHash))
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("the idempotency claim for key '" + scope.key() + "' was lost before completion", e);
        }
    }

    /** Forgets an unfinished claim (the request failed before it changed anything), so a retry runs again. */
    public void release(IdempotencyScope scope, String requestHash) {
        try {
            table.idempotency.deleteItem(DeleteItemEnhancedRequest.builder()
                    .key(Table.key(partition(scope), SORT))
                    .conditionExpression(ownClaim(requestHash))
                    .build());
        } catch (ConditionalCheckFailedException alreadyGone) {
            // completed or taken over meanwhile: nothing of ours to forget
        }
    }

    private boolean takeOver(IdempotencyItem claim, long staleStartedAt) {
        try {
            table.idempotency.putItem(PutItemEnhancedRequest.builder(IdempotencyItem.class)
                    .item(claim)
                    .conditionExpression(Expression.builder()
                            .expression("startedAt = :stale AND #state = :inProgress")
                            .expressionNames(Map.of("#state", "state"))
                            .expressionValues(Map.of(
                                    ":stale", AttributeValue.fromN(Long.toString(staleStartedAt)),
                                    ":inProgress", AttributeValue.fromS(IdempotencyItem.IN_PROGRESS)))
                            .build())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException anotherTookIt) {
            return false;
        }
    }

    private static Expression ownClaim(String requestHash) {
        return Expression.builder()
                .expression("requestHash = :hash AND #state = :inProgress")
                .expressionNames(Map.of("#state", "state"))
                .expressionValues(Map.of(
                        ":hash", AttributeValue.fromS(requestHash),
                        ":inProgress", AttributeValue.fromS(IdempotencyItem.IN_PROGRESS)))
                .build();
    }

    private static String partition(IdempotencyScope scope) {
        return Keys.idempotency(scope.caller(), scope.route(), scope.key());
    }

    private static IdempotencyItem item(IdempotencyScope scope, String requestHash, String state, Long startedAt) {
        IdempotencyItem item = new IdempotencyItem();
        item.setKind(IdempotencyItem.KIND);
        item.keys(partition(scope), SORT);
        item.setRequestHash(requestHash);
        item.setState(state);
        item.setStartedAt(startedAt);
        return item;
    }
}
