package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.TestJobs.incidents;
import static org.pdsa.local.engine.TestJobs.none;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class SubProcessProcessTest {

    /** start → sub_process_study [start → task_measure → task_compare → end] → task_report → end */
    private static BpmnModelInstance study(Consumer<io.camunda.zeebe.model.bpmn.builder.SubProcessBuilder> mappings) {
        return Bpmn.createExecutableProcess("study")
                .startEvent("start")
                .subProcess("sub_process_study", sub -> {
                    mappings.accept(sub);
                    sub.embeddedSubProcess()
                            .startEvent("start_study")
                            .serviceTask("task_measure", t -> t.zeebeJobType("pdsa.measure"))
                            .serviceTask("task_compare", t -> t.zeebeJobType("pdsa.compare"))
                            .endEvent("end_study");
                })
                .serviceTask("task_report", t -> t.zeebeJobType("pdsa.report"))
                .endEvent("end")
                .done();
    }

    @Test
    void shouldRunItsChildrenInTheirOwnScopeAndCompleteWhenTheyEnd(CamundaClient client) {
        // given a sub-process with a local input and an output mapping
        client.newDeployResourceCommand().addProcessModel(study(sub -> sub
                .zeebeInputExpression("baseline * 2", "target")
                .zeebeOutputExpression("verdict", "studyVerdict")), "study.bpmn").send().join();
        var result = client.newCreateInstanceCommand().bpmnProcessId("study").latestVersion()
                .variables(Map.of("baseline", 21)).withResult().requestTimeout(Duration.ofSeconds(20)).send();

        // when the children run (the second sees the local input and a variable the first created)
        var measure = one(client, "pdsa.measure");
        assertThat(measure.getVariablesAsMap()).containsEntry("target", 42).containsEntry("baseline", 21);
        client.newCompleteCommand(measure).variables(Map.of("measured", 40)).send().join();
        assertThat(none(client, "pdsa.report")).isEmpty();
        var compare = one(client, "pdsa.compare");
        client.newCompleteCommand(compare).variables(Map.of("verdict", "no change")).send().join();
        client.newCompleteCommand(one(client, "pdsa.report")).send().join();

        // then the output mapping left the sub-process; its local input did not
        assertThat(result.join().getVariablesAsMap())
                .containsEntry("studyVerdict", "no change")
                .containsEntry("measured", 40)
                .doesNotContainKey("target");
    }

    @Test
    void shouldKeepLocalVariablesInsideWithoutOutputMappings(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(study(sub -> sub.zeebeInputExpression("\"local\"", "scratch")),
                "study.bpmn").send().join();
        var result = client.newCreateInstanceCommand().bpmnProcessId("study").latestVersion()
                .withResult().requestTimeout(Duration.ofSeconds(20)).send();

        // when a worker updates the local variable
        client.newCompleteCommand(one(client, "pdsa.measure")).variables(Map.of("scratch", "changed")).send().join();
        var compare = one(client, "pdsa.compare");
        assertThat(compare.getVariablesAsMap()).containsEntry("scratch", "changed");
        client.newCompleteCommand(compare).send().join();
        client.newCompleteCommand(one(client, "pdsa.report")).send().join();

        // then it stayed in the sub-process's scope
        assertThat(result.join().getVariablesAsMap()).doesNotContainKey("scratch");
    }

    @Test
    void shouldTerminateEverythingInsideWhenTheInstanceIsCancelled(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(study(sub -> { }), "study.bpmn").send().join();
        long key = client.newCreateInstanceCommand().bpmnProcessId("study").latestVersion().send().join().getProcessInstanceKey();
        var measure = one(client, "pdsa.measure");

        // when
        client.newCancelInstanceCommand(key).send().join();

        // then the job inside is gone
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.TERMINATED);
        assertThatThrownBy(() -> client.newCompleteCommand(measure).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldRaiseIncidentOnTheSubProcessWhenAnInputMappingFails(CamundaClient client) {
        // given an input mapping that fails while 'ready' is null
        client.newDeployResourceCommand().addProcessModel(study(sub -> sub.zeebeInputExpression("assert(ready, ready != null)",
                "checked")), "study.bpmn").send().join();
        long key = client.newCreateInstanceCommand().bpmnProcessId("study").latestVersion().send().join().getProcessInstanceKey();

        // then the sub-process stops with an incident and nothing inside runs
        var incident = incidents(client, key).get(0);
        assertThat(incident.getElementId()).isEqualTo("sub_process_study");
        assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.IO_MAPPING_ERROR);
        assertThat(none(client, "pdsa.measure")).isEmpty();
    }

    @Test
    void shouldRefuseASubProcessWithoutStartEvent(CamundaClient client) {
        // given a hand-written file (the builder always adds a start event)
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs"
                    targetNamespace="http://pdsa.org/test">
                  <bpmn:process id="no_start" isExecutable="true">
                    <bpmn:startEvent id="start"><bpmn:outgoing>flow_1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="flow_1" sourceRef="start" targetRef="sub_process_empty"/>
                    <bpmn:subProcess id="sub_process_empty">
                      <bpmn:incoming>flow_1</bpmn:incoming>
                      <bpmn:outgoing>flow_2</bpmn:outgoing>
                      <bpmn:manualTask id="task_inside"/>
                    </bpmn:subProcess>
                    <bpmn:sequenceFlow id="flow_2" sourceRef="sub_process_empty" targetRef="end"/>
                    <bpmn:endEvent id="end"><bpmn:incoming>flow_2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """;

        // then
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(model, StandardCharsets.UTF_8, "no_start.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("sub_process_empty");
                });
    }
}
