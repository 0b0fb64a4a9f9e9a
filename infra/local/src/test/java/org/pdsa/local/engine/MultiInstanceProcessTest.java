package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.TestJobs.activate;
import static org.pdsa.local.engine.TestJobs.incidents;
import static org.pdsa.local.engine.TestJobs.none;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.MultiInstanceLoopCharacteristicsBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class MultiInstanceProcessTest {

    /** start → task_measure (multi-instance over providers, job pdsa.measure) → end */
    private static BpmnModelInstance measureEach(Consumer<MultiInstanceLoopCharacteristicsBuilder> loop) {
        return Bpmn.createExecutableProcess("measure_each")
                .startEvent("start")
                .serviceTask("task_measure", t -> t.zeebeJobType("pdsa.measure").multiInstance(m -> {
                    m.zeebeInputCollectionExpression("providers").zeebeInputElement("provider")
                            .zeebeOutputCollection("results").zeebeOutputElementExpression("result");
                    loop.accept(m);
                }))
                .endEvent("end")
                .done();
    }

    private static io.camunda.client.api.CamundaFuture<io.camunda.client.api.response.ProcessInstanceResult> startAwaiting(
            CamundaClient client, String processId, Object providers) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                .variables(Map.of("providers", providers)).withResult().requestTimeout(Duration.ofSeconds(30)).send();
    }

    @Test
    void shouldRunParallelInstancesWithTheirOwnItemAndCollectOutputInInputOrder(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(measureEach(m -> m.parallel()), "measure_each.bpmn").send().join();
        var result = startAwaiting(client, "measure_each", List.of("p1", "p2", "p3"));

        // when all three run at once and complete in reverse order
        List<ActivatedJob> jobs = activate(client, "pdsa.measure", 3);
        assertThat(jobs).extracting(job -> job.getVariablesAsMap().get("provider")).containsExactly("p1", "p2", "p3");
        assertThat(jobs).extracting(job -> job.getVariablesAsMap().get("loopCounter")).containsExactly(1, 2, 3);
        for (int i = jobs.size() - 1; i >= 0; i--) {
            ActivatedJob job = jobs.get(i);
            client.newCompleteCommand(job).variables(Map.of("result", "value of " + job.getVariablesAsMap().get("provider")))
                    .send().join();
        }

        // then the output collection follows the input order and the per-instance locals stay inside
        assertThat(result.join().getVariablesAsMap())
                .containsEntry("results", List.of("value of p1", "value of p2", "value of p3"))
                .doesNotContainKeys("result", "provider", "loopCounter");
    }

    @Test
    void shouldRunSequentialInstancesOneAfterTheOther(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(measureEach(m -> m.sequential()), "measure_each.bpmn").send().join();
        var result = startAwaiting(client, "measure_each", List.of("p1", "p2", "p3"));

        // when / then one instance at a time, in order
        List<Object> seen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ActivatedJob job = one(client, "pdsa.measure");
            assertThat(none(client, "pdsa.measure")).isEmpty();
            assertThat(job.getVariablesAsMap()).containsEntry("loopCounter", i);
            seen.add(job.getVariablesAsMap().get("provider"));
            client.newCompleteCommand(job).variables(Map.of("result", i * 10)).send().join();
        }
        assertThat(seen).containsExactly("p1", "p2", "p3");
        assertThat(result.join().getVariablesAsMap()).containsEntry("results", List.of(10, 20, 30));
    }

    @Test
    void shouldStopEarlyWhenTheCompletionConditionHolds(CamundaClient client) {
        // given a loop that needs two of three results
        client.newDeployResourceCommand().addProcessModel(measureEach(m -> m.parallel()
                .completionCondition("=numberOfCompletedInstances >= 2 and numberOfInstances = 3")), "measure_each.bpmn")
                .send().join();
        var result = startAwaiting(client, "measure_each", List.of("p1", "p2", "p3"));
        List<ActivatedJob> jobs = activate(client, "pdsa.measure", 3);

        // when two complete
        client.newCompleteCommand(jobs.get(0)).variables(Map.of("result", "a")).send().join();
        client.newCompleteCommand(jobs.get(2)).variables(Map.of("result", "c")).send().join();

        // then the third is terminated and the loop completes with what it has
        assertThat(result.join().getVariablesAsMap()).containsEntry("results", java.util.Arrays.asList("a", null, "c"));
        assertThatThrownBy(() -> client.newCompleteCommand(jobs.get(1)).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldCompleteAtOnceWithAnEmptyOutputCollectionWhenTheInputIsEmpty(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(measureEach(m -> m.parallel()), "measure_each.bpmn").send().join();

        // when
        var result = startAwaiting(client, "measure_each", List.of());

        // then
        assertThat(result.join().getVariablesAsMap()).containsEntry("results", List.of());
        assertThat(none(client, "pdsa.measure")).isEmpty();
    }

    @Test
    void shouldRaiseIncidentWhenTheInputCollectionIsNotAList(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(measureEach(m -> m.parallel()), "measure_each.bpmn").send().join();

        // when
        long key = client.newCreateInstanceCommand().bpmnProcessId("measure_each").latestVersion()
                .variables(Map.of("providers", "p1")).send().join().getProcessInstanceKey();

        // then
        assertThat(incidents(client, key)).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("task_measure");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
            assertThat(incident.getErrorMessage()).contains("ARRAY").contains("STRING");
        });
        assertThat(none(client, "pdsa.measure")).isEmpty();
    }

    @Test
    void shouldRunAnEmbeddedSubProcessPerItem(CamundaClient client) {
        // given
        BpmnModelInstance model = Bpmn.createExecutableProcess("study_each")
                .startEvent()
                .subProcess("sub_process_study", sub -> sub
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("providers").zeebeInputElement("provider")
                                .zeebeOutputCollection("verdicts").zeebeOutputElementExpression("verdict"))
                        .embeddedSubProcess()
                        .startEvent()
                        .serviceTask("task_study", t -> t.zeebeJobType("pdsa.study"))
                        .scriptTask("task_verdict", s -> s.zeebeExpression("provider + \": \" + finding").zeebeResultVariable("verdict"))
                        .endEvent())
                .endEvent()
                .done();
        client.newDeployResourceCommand().addProcessModel(model, "study_each.bpmn").send().join();
        var result = startAwaiting(client, "study_each", List.of("p1", "p2"));

        // when each instance's job completes with a variable of its own
        for (ActivatedJob job : activate(client, "pdsa.study", 2)) {
            client.newCompleteCommand(job).variables(Map.of("finding", "ok")).send().join();
        }

        // then each sub-process computed its verdict from its own item
        assertThat(result.join().getVariablesAsMap()).containsEntry("verdicts", List.of("p1: ok", "p2: ok"));
    }

    @Test
    void shouldCallAProcessPerItemAndCollectWithOutputMappings(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("review").startEvent()
                .serviceTask("task_review", t -> t.zeebeJobType("pdsa.review")).endEvent().done(), "review.bpmn").send().join();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("review_each").startEvent()
                .callActivity("call_review", c -> c.zeebeProcessId("review").zeebeOutputExpression("score", "outcome")
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("providers").zeebeInputElement("provider")
                                .zeebeOutputCollection("scores").zeebeOutputElementExpression("outcome")))
                .endEvent().done(), "review_each.bpmn").send().join();
        var result = startAwaiting(client, "review_each", List.of("p1", "p2", "p3"));

        // when each called instance completes
        for (ActivatedJob job : activate(client, "pdsa.review", 3)) {
            String provider = (String) job.getVariablesAsMap().get("provider");
            client.newCompleteCommand(job).variables(Map.of("score", provider.equals("p2") ? 2 : 1)).send().join();
        }

        // then
        assertThat(result.join().getVariablesAsMap()).containsEntry("scores", List.of(1, 2, 1)).doesNotContainKey("score");
    }

    @Test
    void shouldCreateAUserTaskPerItem(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("approve_each").startEvent()
                .userTask("task_approve", u -> u.zeebeUserTask()
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("providers").zeebeInputElement("provider")))
                .endEvent().done(), "approve_each.bpmn").send().join();

        // when
        long key = client.newCreateInstanceCommand().bpmnProcessId("approve_each").latestVersion()
                .variables(Map.of("providers", List.of("p1", "p2"))).send().join().getProcessInstanceKey();

        // then
        var tasks = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(key)).send().join().items();
        assertThat(tasks).hasSize(2).allSatisfy(task -> assertThat(task.getElementId()).isEqualTo("task_approve"));
    }

    @Test
    void shouldRunSequentialScriptTasks(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("double_each").startEvent()
                .scriptTask("task_double", s -> s.zeebeExpression("value * 2").zeebeResultVariable("doubled")
                        .multiInstance(m -> m.sequential().zeebeInputCollectionExpression("values").zeebeInputElement("value")
                                .zeebeOutputCollection("results").zeebeOutputElementExpression("doubled")))
                .endEvent().done(), "double_each.bpmn").send().join();

        // when
        var result = client.newCreateInstanceCommand().bpmnProcessId("double_each").latestVersion()
                .variables(Map.of("values", List.of(1, 2, 3))).withResult().send().join();

        // then
        assertThat(result.getVariablesAsMap()).containsEntry("results", List.of(2, 4, 6)).doesNotContainKey("doubled");
    }
}
