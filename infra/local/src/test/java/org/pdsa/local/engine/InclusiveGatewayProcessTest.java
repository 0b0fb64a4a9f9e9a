package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.engine.TestJobs.incidents;
import static org.pdsa.local.engine.TestJobs.none;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class InclusiveGatewayProcessTest {

    /**
     * start → split → (pasta | steak | salad as default) → merge → clear → end. The steak branch
     * may leave early (skipSteak) through an end event instead of reaching the merge.
     */
    private static BpmnModelInstance lunch(boolean withDefault) {
        var split = Bpmn.createExecutableProcess("lunch").startEvent("start").inclusiveGateway("gateway_split");
        var salad = withDefault
                ? split.sequenceFlowId("flow_salad").defaultFlow()
                : split.sequenceFlowId("flow_salad").conditionExpression("=list contains(courses, \"salad\")");
        return salad
                .serviceTask("task_salad", t -> t.zeebeJobType("pdsa.salad"))
                .inclusiveGateway("gateway_merge")
                .serviceTask("task_clear", t -> t.zeebeJobType("pdsa.clear"))
                .endEvent("end")
                .moveToNode("gateway_split")
                .sequenceFlowId("flow_pasta").conditionExpression("=list contains(courses, \"pasta\")")
                .serviceTask("task_pasta", t -> t.zeebeJobType("pdsa.pasta"))
                .connectTo("gateway_merge")
                .moveToNode("gateway_split")
                .sequenceFlowId("flow_steak").conditionExpression("=list contains(courses, \"steak\")")
                .serviceTask("task_steak", t -> t.zeebeJobType("pdsa.steak"))
                .exclusiveGateway("gateway_steak_served")
                .sequenceFlowId("flow_steak_skipped").conditionExpression("=skipSteak = true")
                .endEvent("end_steak_skipped")
                .moveToLastExclusiveGateway()
                .sequenceFlowId("flow_steak_served").defaultFlow()
                .connectTo("gateway_merge")
                .done();
    }

    private static long order(CamundaClient client, List<String> courses) {
        return client.newCreateInstanceCommand().bpmnProcessId("lunch").latestVersion()
                .variables(Map.of("courses", courses, "skipSteak", false)).send().join().getProcessInstanceKey();
    }

    @Test
    void shouldTakeEveryTrueFlowAndMergeOnceTheTakenBranchesArrived(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(lunch(true), "lunch.bpmn").send().join();

        // when pasta and steak are selected
        long key = order(client, List.of("pasta", "steak"));

        // then exactly those branches run
        var pasta = one(client, "pdsa.pasta");
        var steak = one(client, "pdsa.steak");
        assertThat(none(client, "pdsa.salad")).isEmpty();

        // and the merge waits for the second taken branch, then continues once
        client.newCompleteCommand(pasta).send().join();
        assertThat(none(client, "pdsa.clear")).isEmpty();
        client.newCompleteCommand(steak).send().join();
        client.newCompleteCommand(one(client, "pdsa.clear")).send().join();
        assertThat(none(client, "pdsa.clear")).isEmpty();
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void shouldTakeTheDefaultFlowAndMergeWithoutWaitingForBranchesNotTaken(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(lunch(true), "lunch.bpmn").send().join();

        // when no condition is true
        order(client, List.of("soup"));

        // then the default branch runs alone and the merge does not wait for the others
        client.newCompleteCommand(one(client, "pdsa.salad")).send().join();
        assertThat(none(client, "pdsa.pasta")).isEmpty();
        assertThat(one(client, "pdsa.clear").getElementId()).isEqualTo("task_clear");
    }

    @Test
    void shouldMergeWhenATakenBranchCanNoLongerArrive(CamundaClient client) {
        // given pasta and steak, and a pasta that arrives at the merge first
        client.newDeployResourceCommand().addProcessModel(lunch(true), "lunch.bpmn").send().join();
        long key = order(client, List.of("pasta", "steak"));
        client.newCompleteCommand(one(client, "pdsa.pasta")).send().join();
        assertThat(none(client, "pdsa.clear")).isEmpty();

        // when the steak branch leaves through its end event
        client.newCompleteCommand(one(client, "pdsa.steak")).variables(Map.of("skipSteak", true)).send().join();

        // then nothing can reach the merge any more, so it fires
        client.newCompleteCommand(one(client, "pdsa.clear")).send().join();
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void shouldRaiseIncidentWhenNoConditionIsTrueAndThereIsNoDefaultFlow(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(lunch(false), "lunch.bpmn").send().join();

        // when
        long key = order(client, List.of("soup"));

        // then
        assertThat(incidents(client, key)).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("gateway_split");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CONDITION_ERROR);
        });
        assertThat(none(client, "pdsa.pasta")).isEmpty();
    }

    @Test
    void shouldRaiseIncidentWhenAConditionCannotBeEvaluated(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(lunch(true), "lunch.bpmn").send().join();

        // when courses is not a list, "list contains" yields null rather than a boolean
        long key = client.newCreateInstanceCommand().bpmnProcessId("lunch").latestVersion()
                .variables(Map.of("courses", "pasta")).send().join().getProcessInstanceKey();

        // then
        assertThat(incidents(client, key)).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("gateway_split");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
        });
    }
}
