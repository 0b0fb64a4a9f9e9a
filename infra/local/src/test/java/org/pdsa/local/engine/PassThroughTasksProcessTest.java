package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class PassThroughTasksProcessTest {

    @Test
    void shouldPassThroughManualAndUndefinedTasksAndNoneThrowEventsApplyingTheirMappings(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("pass_through")
                .startEvent()
                .manualTask("task_call_team").zeebeOutputExpression("\"called\"", "team")
                .task("task_undefined").zeebeOutputExpression("1", "undefinedSeen")
                .intermediateThrowEvent("event_milestone").zeebeOutputExpression("true", "milestone")
                .endEvent().done(), "pass_through.bpmn").send().join();

        // when
        var result = client.newCreateInstanceCommand().bpmnProcessId("pass_through").latestVersion().withResult().send().join();

        // then
        assertThat(result.getVariablesAsMap()).containsEntry("team", "called").containsEntry("undefinedSeen", 1)
                .containsEntry("milestone", true);
    }

    @Test
    void shouldCreateAJobForASendTask(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("notify")
                .startEvent()
                .sendTask("task_notify", s -> s.zeebeJobType("pdsa.notify").zeebeJobRetries("2"))
                .endEvent().done(), "notify.bpmn").send().join();
        var result = client.newCreateInstanceCommand().bpmnProcessId("notify").latestVersion().withResult().send();

        // when
        var job = one(client, "pdsa.notify");
        client.newCompleteCommand(job).variables(Map.of("notified", true)).send().join();

        // then
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getElementId()).isEqualTo("task_notify");
        assertThat(result.join().getVariablesAsMap()).containsEntry("notified", true);
    }

    @Test
    void shouldRefuseASendTaskWithoutJobTypeAndAMessageThrowEvent(CamundaClient client) {
        // given
        String untyped = Bpmn.convertToString(Bpmn.createExecutableProcess("untyped").startEvent()
                .sendTask("task_untyped").endEvent().done());
        String message = Bpmn.convertToString(Bpmn.createExecutableProcess("message_throw").startEvent()
                .intermediateThrowEvent("event_message", e -> e.message("news")).endEvent().done());

        // then
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(untyped, StandardCharsets.UTF_8, "untyped.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("task_untyped");
                });
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(message, StandardCharsets.UTF_8, "message_throw.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("event_message");
                });
    }
}
