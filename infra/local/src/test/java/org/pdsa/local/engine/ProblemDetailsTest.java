package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;
import org.pdsa.local.engine.testing.RawHttp;

/** The problem+json contract (RFC 9457) on bad requests, and the Node.js SDK's quirks, over plain HTTP. */
@LocalEngineTest
class ProblemDetailsTest {
    private CamundaClient client;
    private RawHttp http;
    private long userTask;

    @BeforeEach
    void start(CamundaClient client, LocalEngine engine) {
        this.client = client;
        this.http = new RawHttp(engine.restAddress());
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("problems").startEvent()
                .userTask("task_review", u -> u.zeebeUserTask()).endEvent().done(), "problems.bpmn").send().join();
        long instance = client.newCreateInstanceCommand().bpmnProcessId("problems").latestVersion().send().join().getProcessInstanceKey();
        userTask = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getUserTaskKey();
    }

    private static JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode body = answer.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(body.path("type").asText()).isEqualTo("about:blank");
        return body;
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        JsonNode body = problem(http.post("/v2/user-tasks/search", "{\"filter\": {"), 400);
        assertThat(body.path("detail").asText()).contains("JSON");
        assertThat(body.path("instance").asText()).isEqualTo("/v2/user-tasks/search");
        problem(http.post("/v2/user-tasks/" + userTask + "/completion", "{\"variables\": "), 400);
        problem(http.post("/v2/process-instances/search", "[1, 2]"), 400);
    }

    @Test
    void shouldAnswer400NamingTheFieldOfAWrongType() {
        assertThat(problem(http.post("/v2/user-tasks/" + userTask + "/completion", "{\"variables\": 5}"), 400).path("detail").asText())
                .contains("variables");
        assertThat(problem(http.post("/v2/process-instances/search", "{\"filter\": {\"startDate\": {\"$gt\": \"yesterday\"}}}"), 400)
                .path("detail").asText()).contains("startDate");
        assertThat(problem(http.post("/v2/user-tasks/search", "{\"filter\": {\"priority\": \"high\"}}"), 400).path("detail").asText())
                .contains("priority");
        assertThat(problem(http.post("/v2/user-tasks/search", "{\"filter\": {\"state\": \"RUNNING\"}}"), 400).path("detail").asText())
                .contains("state").contains("CREATED");
        assertThat(problem(http.post("/v2/incidents/search", "{\"filter\": {\"state\": {\"$gte\": \"ACTIVE\"}}}"), 400).path("detail").asText())
                .contains("$gte");
        assertThat(problem(http.post("/v2/variables/search", "{\"sort\": [{\"field\": \"size\"}]}"), 400).path("detail").asText())
                .contains("size");
        assertThat(problem(http.post("/v2/variables/search", "{\"sort\": [{\"field\": \"name\", \"order\": \"UP\"}]}"), 400)
                .path("detail").asText()).contains("UP");
        assertThat(problem(http.post("/v2/jobs/search", "{\"page\": {\"from\": 1, \"after\": \"x\"}}"), 400).path("detail").asText())
                .contains("page");
        assertThat(problem(http.post("/v2/element-instances/search", "{\"page\": {\"limit\": -1}}"), 400).path("detail").asText())
                .contains("limit");
        String cursor = http.post("/v2/user-tasks/search", "{}").json().path("page").path("endCursor").asText();
        assertThat(problem(http.post("/v2/user-tasks/search", "{\"sort\": [{\"field\": \"priority\"}], \"page\": {\"after\": \""
                + cursor + "\"}}"), 400).path("detail").asText()).contains("cursor");
        problem(http.send("PATCH", "/v2/user-tasks/" + userTask, "{\"changeset\": {\"priority\": \"urgent\"}}"), 400);
        problem(http.send("PUT", "/v2/element-instances/" + userTask + "/variables", "{}"), 400);
    }

    @Test
    void shouldAnswer400ForAKeyThatIsNotANumber() {
        assertThat(problem(http.send("GET", "/v2/user-tasks/abc", null), 400).path("detail").asText()).contains("userTaskKey");
        problem(http.send("GET", "/v2/variables/-3", null), 400);
    }

    @Test
    void shouldAnswer404ForUnknownKeysEverywhere() {
        for (String path : new String[] {"/v2/user-tasks/99", "/v2/user-tasks/99/form", "/v2/variables/99", "/v2/process-instances/99",
                "/v2/process-definitions/99", "/v2/process-definitions/99/xml", "/v2/element-instances/99", "/v2/incidents/99",
                "/v2/resources/99", "/v2/resources/99/content"}) {
            assertThat(problem(http.send("GET", path, null), 404).path("title").asText()).as(path).isEqualTo("NOT_FOUND");
        }
        problem(http.post("/v2/user-tasks/99/completion", "{}"), 404);
        problem(http.post("/v2/user-tasks/99/assignment", "{\"assignee\": \"a\"}"), 404);
        problem(http.send("DELETE", "/v2/user-tasks/99/assignee", null), 404);
        problem(http.send("PATCH", "/v2/user-tasks/99", "{\"changeset\": {}}"), 404);
        problem(http.send("PUT", "/v2/element-instances/99/variables", "{\"variables\": {}}"), 404);
        problem(http.post("/v2/user-tasks/99/variables/search", "{}"), 404);
    }

    @Test
    void shouldAnswer409ForACommandInTheWrongState() {
        client.newCompleteUserTaskCommand(userTask).send().join();
        assertThat(problem(http.post("/v2/user-tasks/" + userTask + "/completion", "{}"), 409).path("detail").asText())
                .contains("COMPLETED");
        problem(http.send("PATCH", "/v2/user-tasks/" + userTask, "{\"changeset\": {\"priority\": 1}}"), 409);
        problem(http.send("DELETE", "/v2/user-tasks/" + userTask + "/assignee", null), 409);
    }

    @Test
    void shouldExplainThatResourcesCannotBeDeleted() {
        long key = client.newDeployResourceCommand().addResourceString("{\"id\": \"f\", \"components\": []}", StandardCharsets.UTF_8,
                "f.form").send().join().getForm().get(0).getFormKey();
        assertThat(problem(http.post("/v2/resources/" + key + "/deletion", "{}"), 501).path("detail").asText()).contains("not supported");
    }

    @Test
    void shouldAcceptTheNodeSdkDefaultTenantOnDeploy() {
        var deployment = client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("tenant").startEvent().endEvent()
                .done(), "tenant.bpmn").tenantId("<default>").send().join();
        assertThat(deployment.getTenantId()).isEqualTo("<default>");
        assertThat(deployment.getProcesses().get(0).getTenantId()).isEqualTo("<default>");
    }

    @Test
    void shouldAcceptTheNodeSdkDefaultTenantOnCreate() {
        RawHttp.Answer created = http.post("/v2/process-instances", "{\"processDefinitionId\": \"problems\", \"tenantId\": \"<default>\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("tenantId").asText()).isEqualTo("<default>");
    }

    @Test
    void shouldTreatRequestTimeoutZeroAsTheServerDefaultWait() throws Exception {
        // given a poll with requestTimeout 0 (the Node.js SDK's "server default") while no job exists
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("later").startEvent()
                .serviceTask("task_later", t -> t.zeebeJobType("pdsa.later")).endEvent().done(), "later.bpmn").send().join();
        CompletableFuture<RawHttp.Answer> poll = http.postAsync("/v2/jobs/activation",
                "{\"type\": \"pdsa.later\", \"maxJobsToActivate\": 1, \"timeout\": 60000, \"requestTimeout\": 0, \"worker\": \"node\"}");

        // when a job appears after the poll was parked
        Thread.sleep(200); // lets the poll reach the engine first; the assertion does not depend on timing
        client.newCreateInstanceCommand().bpmnProcessId("later").latestVersion().send().join();

        // then the waiting poll gets it (a zero wait would have answered empty at once)
        RawHttp.Answer answer = poll.get(20, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("jobs")).hasSize(1);
    }
}
