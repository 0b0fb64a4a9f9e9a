package org.pdsa.store;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The one table: keys {@code pk}/{@code sk} and two GSIs, exactly as template.yaml declares them (see
 * functions/STORE.md). {@link #createIfMissing} is for the local stack and tests; in AWS the template
 * creates the table.
 */
public final class TableDefinition {

    /** By programme (cycles, decisions, notifications) and by member (programmes of a manager or provider). */
    public static final String GSI1 = "gsi1";
    /** By provider (cycles of a provider, across or within programmes). */
    public static final String GSI2 = "gsi2";

    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(30);

    private TableDefinition() {
    }

    /** Creates the table unless it exists, then waits until it is ACTIVE. Returns true when it created it. */
    public static boolean createIfMissing(DynamoDbClient client, String tableName) {
        boolean created = false;
        if (!exists(client, tableName)) {
            try {
                client.createTable(request(tableName));
                created = true;
            } catch (ResourceInUseException raced) {
                // another process created it between our look and our create: fine, wait for it below
            }
        }
        waitUntilActive(client, tableName);
        return created;
    }

    static CreateTableRequest request(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        stringAttribute("pk"), stringAttribute("sk"),
                        stringAttribute("gsi1pk"), stringAttribute("gsi1sk"),
                        stringAttribute("gsi2pk"), stringAttribute("gsi2sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(index(GSI1, "gsi1pk", "gsi1sk"), index(GSI2, "gsi2pk", "gsi2sk"))
                .build();
    }

    private static boolean exists(DynamoDbClient client, String tableName) {
        try {
            client.describeTable(r -> r.tableName(tableName));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static void waitUntilActive(DynamoDbClient client, String tableName) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        // the SDK's waiter polls every 20 s; dynalite is ready in milliseconds, so poll briskly ourselves
        while (client.describeTable(r -> r.tableName(tableName)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + tableName + " did not become ACTIVE within " + ACTIVE_TIMEOUT);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + tableName, e);
            }
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static GlobalSecondaryIndex index(String name, String partitionKey, String sortKey) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(List.of(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE)))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }
}
