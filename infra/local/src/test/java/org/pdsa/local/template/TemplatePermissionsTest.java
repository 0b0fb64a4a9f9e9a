package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pdsa.local.lambda.DeploymentPackage;

/**
 * Least privilege, checked against the code: each function's policy allows exactly the actions its classes
 * need (DynamoDB calls found in the package, Secrets Manager and SES requests), on this table and its
 * indexes, this secret and this SES identity only.
 */
class TemplatePermissionsTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();
    private static final String TABLE_ARN = "arn:aws:dynamodb:eu-west-2:123456789012:table/pdsa";
    private static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-2:123456789012:secret:pdsa-camunda-AbCdEf";
    private static PackagedCode code;

    @BeforeAll
    static void readPackage() {
        code = PackagedCode.of(DeploymentPackage.locate());
    }

    @Test
    void shouldAllowEachFunctionExactlyTheActionsItsCodeNeeds() {
        Set<String> boundaries = TemplateCodeTest.handlerClasses(TEMPLATE);
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (TemplateFunction function : TEMPLATE.functions()) {
            needed.put(function.logicalId(), AwsCalls.actions(code.reachableFrom(function.handlerClass(), boundaries), unmapped));
            Set<String> actions = new TreeSet<>();
            statements(function, "ses").forEach(statement -> actions.addAll(strings(statement.get("Action"))));
            allowed.put(function.logicalId(), actions);
        }
        assertThat(unmapped).as("SDK calls without an IAM action in AwsCalls").isEmpty();
        assertThat(allowed).isEqualTo(needed);
    }

    @Test
    void shouldScopeEveryStatementToThisTableThisSecretAndThisIdentity() {
        for (TemplateFunction function : TEMPLATE.functions()) {
            for (Map<String, Object> statement : statements(function, "ses")) {
                List<String> actions = strings(statement.get("Action"));
                String service = actions.get(0).substring(0, actions.get(0).indexOf(':'));
                assertThat(actions).as(function.logicalId()).allMatch(action -> action.startsWith(service + ":"));
                assertThat(statement).containsEntry("Effect", "Allow");
                List<String> resources = strings(statement.get("Resource"));
                switch (service) {
                    case "dynamodb" -> assertThat(resources).as(function.logicalId())
                            .containsExactly(TABLE_ARN, TABLE_ARN + "/index/*");
                    case "secretsmanager" -> assertThat(resources).as(function.logicalId()).containsExactly(SECRET_ARN);
                    case "ses" -> assertThat(resources).as(function.logicalId())
                            .containsExactly("arn:aws:ses:eu-west-2:123456789012:identity/example.org");
                    default -> throw new AssertionError(function.logicalId() + " is allowed " + actions);
                }
            }
        }
    }

    @Test
    void shouldAllowNoSesWhenNotificationsOnlyGoToTheOutbox() {
        for (TemplateFunction function : TEMPLATE.functions()) {
            assertThat(statements(function, "outbox")).as(function.logicalId())
                    .noneMatch(statement -> strings(statement.get("Action")).stream().anyMatch(a -> a.startsWith("ses:")));
        }
    }

    @Test
    void shouldMapEveryDynamoDbCallOfTheStore() {
        // given the store's classes, which make all the DynamoDB calls
        List<ClassConstants> store = code.reachableFrom("org.pdsa.store.Store", Set.of());

        // then the mapping knows every call, and the calls are the ones STORE.md lists (CreateTable and
        // DescribeTable only for the local stack)
        assertThat(AwsCalls.unmappedIn(store)).isEmpty();
        assertThat(AwsCalls.actions(store, new ArrayList<>())).containsExactlyInAnyOrder("dynamodb:GetItem",
                "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query",
                "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem");
    }

    /** The function's policy statements, resolved for a deployment with NotifyChannel {@code channel}. */
    static List<Map<String, Object>> statements(TemplateFunction function, String channel) {
        TemplateValues values = TemplateValues.of(TEMPLATE, "pdsa", "eu-west-2", "123456789012")
                .parameter("CamundaRestAddress", "https://bru-2.zeebe.camunda.io/cluster")
                .parameter("CamundaCredentialsSecretArn", SECRET_ARN)
                .parameter("NotifyChannel", channel)
                .parameter("NotifyFrom", "pdsa@example.org")
                .parameter("SesIdentity", "example.org")
                .attribute("Table", "Arn", TABLE_ARN)
                .reference("Table", "pdsa");
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : (List<?>) values.resolve(function.policies())) {
            Map<String, Object> document = SamTemplate.map(policy, function.logicalId() + ".Policies");
            if (!document.containsKey("Statement")) {
                throw new AssertionError(function.logicalId() + ": only inline policy documents are checked here: " + document);
            }
            for (Object statement : (List<?>) document.get("Statement")) {
                statements.add(SamTemplate.map(statement, function.logicalId() + ".Statement"));
            }
        }
        return statements;
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
