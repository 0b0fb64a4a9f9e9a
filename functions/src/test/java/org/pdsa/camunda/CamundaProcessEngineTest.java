package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter against canned REST v2 answers: what camunda-client-java sends for each port call, and how the
 * answers map back (keys as strings of digits, variable values as JSON text).
 */
class CamundaProcessEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = """
            {"userTaskKey": "2251799813685260", "name": "Plan the cycle", "state": "CREATED", "assignee": null,
             "elementId": "task_plan_cycle", "elementInstanceKey": "2251799813685259",
             "candidateGroups": ["rf4-leads"], "candidateUsers": [], "processDefinitionId": "pdsa-cycle",
             "processDefinitionKey": "2251799813685250", "processInstanceKey": "2251799813685251",
             "formKey": "2251799813685252", "creationDate": "2024-03-04T09:00:00.000Z", "tenantId": "<default>",
             "processDefinitionVersion": 1, "customHeaders": {}, "priority": 50}""";

    private final Map<String, String> requests = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private HttpServer server;
    private CamundaProcessEngine engine;

    private record Answer(int status, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            requests.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer answer = answers.getOrDefault(key, new Answer(404, "{\"type\":\"about:blank\",\"title\":\"NOT_FOUND\","
                    + "\"status\":404,\"detail\":\"no " + key + "\"}"));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.status() >= 400 ? "application/problem+json"
                    : "application/json");
            exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : bytes.length);
            if (answer.status() != 204) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        engine = CamundaProcessEngine.connect(CamundaSettings.local(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort())));
    }

    @AfterEach
    void stop() {
        engine.close();
        server.stop(0);
    }

    @Test
    void shouldStartTheLatestVersionWithVariables() throws IOException {
        // given
        answers.put("POST /v2/process-instances", new Answer(200, """
                {"processDefinitionKey": "1", "processDefinitionId": "pdsa-cycle", "processDefinitionVersion": 3,
                 "processInstanceKey": "2251799813685251", "tenantId": "<default>", "variables": {}}"""));

        // when
        long key = engine.startProcess("pdsa-cycle", Map.of("programmeId", "ed", "cycleNumber", 1));

        // then
        assertThat(key).isEqualTo(2251799813685251L);
        JsonNode sent = JSON.readTree(requests.get("POST /v2/process-instances"));
        assertThat(sent.path("processDefinitionId").asText()).isEqualTo("pdsa-cycle");
        assertThat(sent.path("variables").path("cycleNumber").asInt()).isEqualTo(1);
    }

    @Test
    void shouldSearchOpenTasksByGroupsAndProcessVariables() throws IOException {
        // given
        answers.put("POST /v2/user-tasks/search", new Answer(200, "{\"items\": [" + TASK + "], \"page\": {\"totalItems\": 1}}"));

        // when
        List<UserTaskInfo> tasks = engine.searchTasks(TaskQuery.open().forAnyGroupOf(List.of("rf4-leads", "rf4-ed"))
                .withVariables(Map.of("providerId", "rf4")));

        // then
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo(2251799813685260L);
            assertThat(t.processInstanceKey()).isEqualTo(2251799813685251L);
            assertThat(t.candidateGroups()).containsExactly("rf4-leads");
            assertThat(t.isOpen()).isTrue();
        });
        JsonNode filter = JSON.readTree(requests.get("POST /v2/user-tasks/search")).path("filter");
        assertThat(filter.path("state").toString()).contains("CREATED");
        assertThat(filter.path("candidateGroup").path("$in").toString()).isEqualTo("[\"rf4-leads\",\"rf4-ed\"]");
        JsonNode variable = filter.path("processInstanceVariables").get(0);
        assertThat(variable.path("name").asText()).isEqualTo("providerId");
        // variable values are compared as JSON text: the string rf4 is "\"rf4\""
        assertThat(variable.path("value").toString()).contains("\\\"rf4\\\"");
    }

    @Test
    void shouldReadTheTaskVariablesWithTheInnermostScopeWinning() {
        // given
        answers.put("GET /v2/user-tasks/2251799813685260", new Answer(200, TASK));
        answers.put("POST /v2/user-tasks/2251799813685260/variables/search", new Answer(200, """
                {"items": [
                  {"variableKey": "1", "name": "providerId", "value": "\\"rf4\\"", "scopeKey": "2251799813685251",
                   "processInstanceKey": "2251799813685251", "tenantId": "<default>", "isTruncated": false},
                  {"variableKey": "2", "name": "cycleNumber", "value": "1", "scopeKey": "2251799813685251",
                   "processInstanceKey": "2251799813685251", "tenantId": "<default>", "isTruncated": false},
                  {"variableKey": "3", "name": "cycleNumber", "value": "2", "scopeKey": "2251799813685259",
                   "processInstanceKey": "2251799813685251", "tenantId": "<default>", "isTruncated": false}],
                 "page": {"totalItems": 3}}"""));

        // when
        Map<String, JsonNode> variables = engine.taskVariables(2251799813685260L);

        // then
        assertThat(variables).containsEntry("providerId", TextNode.valueOf("rf4")).containsEntry("cycleNumber",
                IntNode.valueOf(2));
    }

    @Test
    void shouldTellAConflictFromANotFound() {
        // given
        answers.put("POST /v2/user-tasks/7/assignment", new Answer(409, "{\"type\":\"about:blank\",\"title\":"
                + "\"INVALID_STATE\",\"status\":409,\"detail\":\"assigned to ann\"}"));

        // when / then
        assertThatThrownBy(() -> engine.assignTask(7, "alice")).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT));
        assertThat(engine.task(8)).isEmpty();
        assertThat(engine.form(8)).isEmpty();
    }

    @Test
    void shouldCompleteWithVariablesAndAssignWithoutOverride() throws IOException {
        // given
        answers.put("POST /v2/user-tasks/7/completion", new Answer(204, ""));
        answers.put("POST /v2/user-tasks/7/assignment", new Answer(204, ""));

        // when
        engine.assignTask(7, "alice");
        engine.completeTask(7, Map.of("decision", "adopt"));

        // then
        JsonNode assignment = JSON.readTree(requests.get("POST /v2/user-tasks/7/assignment"));
        assertThat(assignment.path("assignee").asText()).isEqualTo("alice");
        assertThat(assignment.path("allowOverride").asBoolean(true)).isFalse();
        assertThat(JSON.readTree(requests.get("POST /v2/user-tasks/7/completion")).path("variables").path("decision")
                .asText()).isEqualTo("adopt");
    }

    @Test
    void shouldReportAnUnreachableEngineAsUnavailable() {
        try (CamundaProcessEngine nowhere = CamundaProcessEngine.connect(CamundaSettings.local(
                URI.create("http://127.0.0.1:1")))) {
            assertThatThrownBy(() -> nowhere.startProcess("p", Map.of())).isInstanceOfSatisfying(EngineException.class,
                    e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.UNAVAILABLE));
        }
    }
}
