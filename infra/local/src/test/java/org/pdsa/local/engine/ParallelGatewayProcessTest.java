package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.TestJobs.activate;
import static org.pdsa.local.engine.TestJobs.none;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ParallelGatewayProcessTest {

    /** start → fork → (study, notify) → join → act → end */
    private static BpmnModelInstance forkAndJoin() {
        return Bpmn.createExecutableProcess("fork_join")
                .startEvent("start")
                .parallelGateway("gateway_fork")
                .serviceTask("task_study", t -> t.zeebeJobType("pdsa.study"))
                .parallelGateway("gateway_join")
                .serviceTask("task_act", t -> t.zeebeJobType("pdsa.act"))
                .endEvent("end")
                .moveToNode("gateway_fork")
                .serviceTask("task_notify", t -> t.zeebeJobType("pdsa.notify"))
                .connectTo("gateway_join")
                .done();
    }

    private static long start(CamundaClient client, String processId) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(Map.of("cycle", 1))
                .send().join().getProcessInstanceKey();
    }

    @Test
    void shouldStartEveryBranchAndContinueOnceEachHasArrivedAtTheJoin(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(forkAndJoin(), "fork_join.bpmn").send().join();
        long key = start(client, "fork_join");

        // when both branches are waiting and only the first one completes
        var study = one(client, "pdsa.study");
        var notify = one(client, "pdsa.notify");
        client.newCompleteCommand(study).variables(Map.of("studied", true)).send().join();

        // then the join still waits for the other branch
        assertThat(none(client, "pdsa.act")).isEmpty();

        // when the second one completes
        client.newCompleteCommand(notify).variables(Map.of("notified", true)).send().join();

        // then the flow continues once, with both branches' variables
        var act = activate(client, "pdsa.act", 1).get(0);
        assertThat(act.getVariablesAsMap()).containsEntry("studied", true).containsEntry("notified", true);
        assertThat(none(client, "pdsa.act")).isEmpty();
        client.newCompleteCommand(act).send().join();
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void shouldKeepWaitingAtTheJoinWhenABranchEndsElsewhere(CamundaClient client) {
        // given a branch that may leave through an end event instead of reaching the join
        BpmnModelInstance model = Bpmn.createExecutableProcess("lost_branch")
                .startEvent("start")
                .parallelGateway("gateway_fork")
                .serviceTask("task_study", t -> t.zeebeJobType("pdsa.study"))
                .parallelGateway("gateway_join")
                .serviceTask("task_act", t -> t.zeebeJobType("pdsa.act"))
                .endEvent("end")
                .moveToNode("gateway_fork")
                .exclusiveGateway("gateway_skip")
                .sequenceFlowId("flow_skip").conditionExpression("=skip")
                .endEvent("end_skipped")
                .moveToLastExclusiveGateway()
                .sequenceFlowId("flow_join").defaultFlow()
                .connectTo("gateway_join")
                .done();
        client.newDeployResourceCommand().addProcessModel(model, "lost_branch.bpmn").send().join();

        // when the second branch ends without reaching the join
        long key = client.newCreateInstanceCommand().bpmnProcessId("lost_branch").latestVersion()
                .variables(Map.of("skip", true)).send().join().getProcessInstanceKey();
        client.newCompleteCommand(one(client, "pdsa.study")).send().join();

        // then the join never fires and the instance stays active (Zeebe's semantics: a parallel join waits for every flow)
        assertThat(none(client, "pdsa.act")).isEmpty();
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    }

    @Test
    void shouldRefuseAConditionOnAFlowLeavingAParallelGateway(CamundaClient client) {
        // given
        String model = Bpmn.convertToString(Bpmn.createExecutableProcess("conditional_fork")
                .startEvent("start")
                .parallelGateway("gateway_fork")
                .sequenceFlowId("flow_conditional").conditionExpression("=x > 1")
                .endEvent("end_a")
                .moveToNode("gateway_fork")
                .endEvent("end_b")
                .done());

        // then
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(model, StandardCharsets.UTF_8, "conditional_fork.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("gateway_fork").contains("Conditional sequence flows");
                });
    }
}
