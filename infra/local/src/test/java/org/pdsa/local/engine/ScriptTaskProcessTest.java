package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.TestJobs.incidents;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ScriptTaskProcessTest {

    @Test
    void shouldStoreTheResultOfTheFeelScriptInTheResultVariable(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("score")
                .startEvent()
                .scriptTask("task_score", s -> s.zeebeExpression("sum(points) / count(points)").zeebeResultVariable("average"))
                .endEvent().done(), "score.bpmn").send().join();

        // when
        var result = client.newCreateInstanceCommand().bpmnProcessId("score").latestVersion()
                .variables(Map.of("points", List.of(2, 4, 9))).withResult().send().join();

        // then
        assertThat(result.getVariablesAsMap()).containsEntry("average", 5);
    }

    @Test
    void shouldLetOutputMappingsDecideWhatLeavesTheScriptTask(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("score")
                .startEvent()
                .scriptTask("task_score", s -> s.zeebeExpression("{mean: 5, spread: 2}").zeebeResultVariable("stats")
                        .zeebeOutputExpression("stats.mean", "mean"))
                .endEvent().done(), "score.bpmn").send().join();

        // when
        var result = client.newCreateInstanceCommand().bpmnProcessId("score").latestVersion().withResult().send().join();

        // then
        assertThat(result.getVariablesAsMap()).containsEntry("mean", 5).doesNotContainKey("stats");
    }

    @Test
    void shouldRaiseIncidentWhenTheScriptFails(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("score")
                .startEvent()
                .scriptTask("task_score", s -> s.zeebeExpression("assert(points, points != null)").zeebeResultVariable("checked"))
                .endEvent().done(), "score.bpmn").send().join();

        // when
        long key = client.newCreateInstanceCommand().bpmnProcessId("score").latestVersion().send().join().getProcessInstanceKey();

        // then
        assertThat(incidents(client, key)).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("task_score");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
            assertThat(incident.getErrorMessage()).contains("assert");
        });
    }

    @Test
    void shouldCreateAJobForAScriptTaskWithATaskDefinition(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("score")
                .startEvent()
                .scriptTask("task_score", s -> s.zeebeJobType("pdsa.score").zeebeTaskHeader("language", "python"))
                .endEvent().done(), "score.bpmn").send().join();
        var result = client.newCreateInstanceCommand().bpmnProcessId("score").latestVersion().withResult().send();

        // when
        var job = one(client, "pdsa.score");
        client.newCompleteCommand(job).variables(Map.of("average", 3)).send().join();

        // then
        assertThat(job.getCustomHeaders()).containsEntry("language", "python");
        assertThat(result.join().getVariablesAsMap()).containsEntry("average", 3);
    }

    @Test
    void shouldRefuseAScriptWithoutResultVariableOrImplementation(CamundaClient client) {
        // given
        String noResult = Bpmn.convertToString(Bpmn.createExecutableProcess("no_result").startEvent()
                .scriptTask("task_no_result", s -> s.zeebeExpression("1 + 1")).endEvent().done());
        String nothing = Bpmn.convertToString(Bpmn.createExecutableProcess("nothing").startEvent()
                .scriptTask("task_nothing").endEvent().done());

        // then
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(noResult, StandardCharsets.UTF_8, "no_result.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("task_no_result");
                });
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(nothing, StandardCharsets.UTF_8, "nothing.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("task_nothing");
                });
    }
}
