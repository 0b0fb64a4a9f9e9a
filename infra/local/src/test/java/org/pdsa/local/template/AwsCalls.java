package org.pdsa.local.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The IAM actions a function's code needs, from the AWS calls its classes make: DynamoDB through the
 * Enhanced Client or the low-level client, and the requests we sign ourselves (Secrets Manager, SES). An
 * SDK method not mapped here fails the check, so a new kind of call is never allowed by accident.
 */
final class AwsCalls {

    private static final String ENHANCED = "software/amazon/awssdk/enhanced/dynamodb/";
    private static final String DYNAMODB_CLIENT = "software/amazon/awssdk/services/dynamodb/DynamoDbClient";

    /** Enhanced Client types and their methods that send a request, by IAM action. */
    private static final Map<String, Map<String, String>> ENHANCED_ACTIONS = Map.of(
            ENHANCED + "DynamoDbTable", Map.of("putItem", "PutItem", "getItem", "GetItem", "updateItem", "UpdateItem",
                    "deleteItem", "DeleteItem", "query", "Query", "scan", "Scan", "createTable", "CreateTable",
                    "deleteTable", "DeleteTable", "describeTable", "DescribeTable"),
            ENHANCED + "DynamoDbIndex", Map.of("query", "Query", "scan", "Scan"),
            ENHANCED + "DynamoDbEnhancedClient", Map.of("batchGetItem", "BatchGetItem", "batchWriteItem", "BatchWriteItem",
                    "transactGetItems", "TransactGetItems", "transactWriteItems", "TransactWriteItems"));
    /** Their methods that send nothing. */
    private static final Set<String> ENHANCED_LOCAL = Set.of("index", "table", "keyFrom", "tableSchema", "tableName",
            "mapperExtension", "indexName", "builder", "create");
    /** DynamoDbClient methods that send nothing; every other method is the operation of its name. */
    private static final Set<String> CLIENT_LOCAL = Set.of("builder", "create", "close", "serviceName",
            "serviceClientConfiguration", "utilities", "waiter");
    /** Requests we sign ourselves, by the class that sends them. */
    private static final Map<String, String> SIGNED_REQUESTS = Map.of(
            "org/pdsa/camunda/SecretsManagerReader", "secretsmanager:GetSecretValue",
            "org/pdsa/notify/SesApi", "ses:SendEmail");
    /**
     * Classes whose calls never run in Lambda: TableDefinition creates the table for dynalite and tests
     * (Store#createTableIfMissing); in AWS the template creates it.
     */
    static final Set<String> LOCAL_ONLY = Set.of("org/pdsa/store/TableDefinition");

    private AwsCalls() {}

    /**
     * The actions the classes need; unmapped SDK calls are added to {@code unmapped}. DynamoDB calls count only
     * when the classes also build a DynamoDB client: code that merely can call a repository it is never given
     * (an API handler without idempotency) sends nothing.
     */
    static Set<String> actions(List<ClassConstants> classes, List<String> unmapped) {
        Set<String> actions = new TreeSet<>();
        boolean buildsClient = classes.stream().filter(c -> !LOCAL_ONLY.contains(c.name()))
                .flatMap(c -> c.calls().stream())
                .anyMatch(call -> call.owner().equals(DYNAMODB_CLIENT) && Set.of("builder", "create").contains(call.name()));
        for (ClassConstants c : classes) {
            if (LOCAL_ONLY.contains(c.name())) {
                continue;
            }
            if (SIGNED_REQUESTS.containsKey(c.name())) {
                actions.add(SIGNED_REQUESTS.get(c.name()));
            }
            for (ClassConstants.MethodCall call : c.calls()) {
                Map<String, String> enhanced = ENHANCED_ACTIONS.get(call.owner());
                if (enhanced != null) {
                    if (enhanced.containsKey(call.name())) {
                        actions.add("dynamodb:" + enhanced.get(call.name()));
                    } else if (!ENHANCED_LOCAL.contains(call.name())) {
                        unmapped.add(c.name() + " calls " + call.owner() + "." + call.name());
                    }
                } else if (call.owner().equals(DYNAMODB_CLIENT) && !CLIENT_LOCAL.contains(call.name())) {
                    actions.add("dynamodb:" + Character.toUpperCase(call.name().charAt(0)) + call.name().substring(1));
                }
            }
        }
        if (!buildsClient) {
            actions.removeIf(action -> action.startsWith("dynamodb:"));
        }
        return actions;
    }

    static List<String> unmappedIn(List<ClassConstants> classes) {
        List<String> unmapped = new ArrayList<>();
        actions(classes, unmapped);
        return unmapped;
    }
}
