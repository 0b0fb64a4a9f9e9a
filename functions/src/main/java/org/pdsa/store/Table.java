package org.pdsa.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** The table's operations the repositories share: conditional puts, consistent gets, queries, batches. */
final class Table {

    static final int BATCH_WRITE_LIMIT = 25;
    static final int BATCH_GET_LIMIT = 100;
    private static final int BATCH_RETRIES = 8;
    private static final Expression ABSENT = Expression.builder().expression("attribute_not_exists(pk)").build();

    final DynamoDbTable<DocumentItem> documents;
    final DynamoDbTable<VersionedItem> versioned;
    final DynamoDbTable<MeasurementItem> measurements;
    final DynamoDbTable<IdempotencyItem> idempotency;
    /** Measurements through a client without the version extension, for batch-writing new items at version 1. */
    final DynamoDbTable<MeasurementItem> measurementsUnversioned;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbEnhancedClient unversioned;

    Table(DynamoDbEnhancedClient enhanced, DynamoDbEnhancedClient unversioned, String name) {
        this.enhanced = enhanced;
        this.unversioned = unversioned;
        this.documents = enhanced.table(name, DocumentItem.SCHEMA);
        this.versioned = enhanced.table(name, VersionedItem.SCHEMA);
        this.measurements = enhanced.table(name, MeasurementItem.SCHEMA);
        this.idempotency = enhanced.table(name, IdempotencyItem.SCHEMA);
        this.measurementsUnversioned = unversioned.table(name, MeasurementItem.SCHEMA);
    }

    /** Puts {@code item} unless its key exists; returns the existing item when it did (nothing written). */
    <T> Optional<T> putIfAbsent(DynamoDbTable<T> table, T item) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(table.tableSchema().itemType().rawClass())
                    .item(item)
                    .conditionExpression(ABSENT)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .build());
            return Optional.empty();
        } catch (ConditionalCheckFailedException exists) {
            if (exists.hasItem() && !exists.item().isEmpty()) {
                return Optional.of(table.tableSchema().mapToItem(exists.item()));
            }
            // servers without ReturnValuesOnConditionCheckFailure (dynalite) need a read to say what is there
            return get(table, table.keyFrom(item));
        }
    }

    <T> Optional<T> get(DynamoDbTable<T> table, Key key) {
        return Optional.ofNullable(table.getItem(GetItemEnhancedRequest.builder().key(key).consistentRead(true).build()));
    }

    static Key key(String pk, String sk) {
        return Key.builder().partitionValue(pk).sortValue(sk).build();
    }

    /** Items of partition {@code pk} whose sort key starts with {@code skPrefix}, read consistently. */
    <T> List<T> query(DynamoDbTable<T> table, String pk, String skPrefix) {
        return collect(table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(key(pk, skPrefix)))
                .consistentRead(true)
                .build()).items());
    }

    /** Items of partition {@code pk} whose sort keys lie between {@code from} and {@code to}, inclusive. */
    <T> List<T> queryBetween(DynamoDbTable<T> table, String pk, String from, String to) {
        return collect(table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(key(pk, from), key(pk, to)))
                .consistentRead(true)
                .build()).items());
    }

    /** Items of a GSI partition whose sort key starts with {@code skPrefix} (eventually consistent, as GSIs are). */
    <T> List<T> queryIndex(DynamoDbTable<T> table, String indexName, String pk, String skPrefix) {
        DynamoDbIndex<T> index = table.index(indexName);
        List<T> found = new ArrayList<>();
        index.query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.sortBeginsWith(key(pk, skPrefix)))
                        .build())
                .forEach(page -> found.addAll(page.items()));
        return found;
    }

    /** Reads many items by key: one BatchGetItem request per 100 keys (plus any the server left unprocessed). */
    <T> List<T> batchGet(DynamoDbTable<T> table, List<Key> keys) {
        List<T> found = new ArrayList<>();
        Class<T> type = table.tableSchema().itemType().rawClass();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            ReadBatch.Builder<T> batch = ReadBatch.builder(type).mappedTableResource(table);
            keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))
                    .forEach(k -> batch.addGetItem(GetItemEnhancedRequest.builder().key(k).consistentRead(true).build()));
            enhanced.batchGetItem(BatchGetItemEnhancedRequest.builder().readBatches(batch.build()).build())
                    .resultsForTable(table)
                    .forEach(found::add);
        }
        return found;
    }

    /** Writes many items: one BatchWriteItem request per 25 items, retrying what the server left unprocessed. */
    <T> void batchPut(DynamoDbTable<T> table, List<T> items) {
        Class<T> type = table.tableSchema().itemType().rawClass();
        DynamoDbEnhancedClient client = table == measurementsUnversioned ? unversioned : enhanced;
        for (int from = 0; from < items.size(); from += BATCH_WRITE_LIMIT) {
            List<T> pending = items.subList(from, Math.min(items.size(), from + BATCH_WRITE_LIMIT));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt == BATCH_RETRIES) {
                    throw new IllegalStateException(pending.size() + " items stayed unprocessed after " + attempt + " batch writes");
                }
                pause(attempt);
                WriteBatch.Builder<T> batch = WriteBatch.builder(type).mappedTableResource(table);
                pending.forEach(batch::addPutItem);
                BatchWriteResult result = client.batchWriteItem(
                        BatchWriteItemEnhancedRequest.builder().writeBatches(batch.build()).build());
                pending = result.unprocessedPutItemsForTable(table);
            }
        }
    }

    private static void pause(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1000, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a batch write", e);
        }
    }

    private static <T> List<T> collect(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
