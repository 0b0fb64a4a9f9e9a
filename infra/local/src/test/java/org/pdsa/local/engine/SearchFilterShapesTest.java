package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;
import org.pdsa.local.engine.testing.RawHttp;

/**
 * Every search endpoint takes a filter field as a plain value and as an advanced object
 * ({@code {"$eq": .., "$in": [], "$notIn": []}}), with the empty {@code $or}, {@code tags} and
 * {@code variables} arrays clients add, and both select the same items.
 */
@LocalEngineTest
class SearchFilterShapesTest {
    private static final String EMPTY_EXTRAS = "\"$or\": [], \"tags\": [], \"variables\": []";
    private RawHttp http;
    private long atTask;
    private long userTask;

    @BeforeEach
    void createInstances(CamundaClient client, LocalEngine engine) {
        http = new RawHttp(engine.restAddress());
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("shapes").startEvent()
                .serviceTask("task_work", t -> t.zeebeJobType("pdsa.shapes")).userTask("task_review", u -> u.zeebeUserTask())
                .endEvent().done(), "shapes.bpmn").send().join();
        atTask = client.newCreateInstanceCommand().bpmnProcessId("shapes").latestVersion().variables(Map.of("n", 1)).send().join()
                .getProcessInstanceKey();
        long other = client.newCreateInstanceCommand().bpmnProcessId("shapes").latestVersion().variables(Map.of("n", 2)).send().join()
                .getProcessInstanceKey();
        for (var job : client.newJobSearchRequest().send().join().items()) {
            if (job.getProcessInstanceKey() == atTask) client.newCompleteCommand(job.getJobKey()).send().join();
            else client.newFailCommand(job.getJobKey()).retries(0).errorMessage("down").send().join();
        }
        userTask = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(atTask)).send().join().items().get(0).getUserTaskKey();
        assertThat(other).isNotEqualTo(atTask);
    }

    /** Searches with the field as a plain value and as an advanced object; both must give the same non-empty result. */
    private void assertBothShapes(String path, String field, String value, int expected) {
        JsonNode plain = search(path, "\"" + field + "\": \"" + value + "\"");
        JsonNode advanced = search(path, "\"" + field + "\": {\"$eq\": \"" + value + "\", \"$in\": [], \"$notIn\": []}");
        assertThat(plain.path("page").path("totalItems").asInt()).as(path + " plain").isEqualTo(expected);
        assertThat(advanced.path("items")).as(path + " advanced").isEqualTo(plain.path("items"));
        JsonNode none = search(path, "\"" + field + "\": {\"$eq\": \"" + value + "\", \"$notIn\": [\"" + value + "\"]}");
        assertThat(none.path("page").path("totalItems").asInt()).as(path + " $eq and $notIn").isZero();
    }

    private JsonNode search(String path, String filterField) {
        RawHttp.Answer answer = http.post(path, "{\"filter\": {" + filterField + ", " + EMPTY_EXTRAS + "}, \"page\": {\"limit\": 50}, \"sort\": []}");
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void shouldAcceptBothShapesOnEverySearchEndpoint() {
        String instance = Long.toString(atTask);
        assertBothShapes("/v2/process-instances/search", "processInstanceKey", instance, 1);
        assertBothShapes("/v2/user-tasks/search", "processInstanceKey", instance, 1);
        assertBothShapes("/v2/variables/search", "processInstanceKey", instance, 1);
        assertBothShapes("/v2/element-instances/search", "processInstanceKey", instance, 3);
        assertBothShapes("/v2/incidents/search", "errorType", "JOB_NO_RETRIES", 1);
        assertBothShapes("/v2/jobs/search", "state", "FAILED", 1);
        assertBothShapes("/v2/process-definitions/search", "processDefinitionId", "shapes", 1);
        assertBothShapes("/v2/user-tasks/" + userTask + "/variables/search", "name", "n", 1);
        assertBothShapes("/v2/user-tasks/" + userTask + "/effective-variables/search", "name", "n", 1);
    }

    @Test
    void shouldAcceptNumbersForKeysAndStatesInEitherShape() {
        JsonNode byNumber = search("/v2/process-instances/search", "\"processInstanceKey\": " + atTask);
        assertThat(byNumber.path("page").path("totalItems").asInt()).isEqualTo(1);
        JsonNode byStates = search("/v2/process-instances/search", "\"state\": {\"$in\": [\"ACTIVE\"], \"$notIn\": [\"COMPLETED\"]}");
        assertThat(byStates.path("page").path("totalItems").asInt()).isEqualTo(2);
        JsonNode answer = http.post("/v2/user-tasks/search", "").json();
        assertThat(answer.path("page").path("totalItems").asInt()).isEqualTo(1);
    }
}
