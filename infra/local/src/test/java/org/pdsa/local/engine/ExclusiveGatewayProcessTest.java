package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ExclusiveGatewayProcessTest {

    private static BpmnModelInstance routing(boolean withDefault) {
        var gateway = Bpmn.createExecutableProcess("routing")
                .startEvent("start")
                .exclusiveGateway("gateway_amount")
                .sequenceFlowId("flow_big").conditionExpression("=amount > 100")
                .serviceTask("task_big", t -> t.zeebeJobType("pdsa.big")).endEvent("end_big")
                .moveToLastExclusiveGateway();
        if (withDefault) {
            return gateway.sequenceFlowId("flow_small").defaultFlow()
                    .serviceTask("task_small", t -> t.zeebeJobType("pdsa.small")).endEvent("end_small").done();
        }
        return gateway.sequenceFlowId("flow_small").conditionExpression("=amount < 10")
                .serviceTask("task_small", t -> t.zeebeJobType("pdsa.small")).endEvent("end_small").done();
    }

    private static List<ActivatedJob> activate(CamundaClient client, String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
                .requestTimeout(Duration.ofMillis(500)).send().join().getJobs();
    }

    @Test
    void shouldTakeTheFlowWhoseConditionIsTrue(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(routing(true), "routing.bpmn").send().join();

        // when
        long key = client.newCreateInstanceCommand().bpmnProcessId("routing").latestVersion()
                .variables(Map.of("amount", 500)).send().join().getProcessInstanceKey();

        // then
        List<ActivatedJob> big = activate(client, "pdsa.big");
        assertThat(big).singleElement().satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(key));
        assertThat(activate(client, "pdsa.small")).isEmpty();
    }

    @Test
    void shouldTakeTheDefaultFlowWhenNoConditionIsTrue(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(routing(true), "routing.bpmn").send().join();

        // when
        long key = client.newCreateInstanceCommand().bpmnProcessId("routing").latestVersion()
                .variables(Map.of("amount", 50)).send().join().getProcessInstanceKey();

        // then
        assertThat(activate(client, "pdsa.small")).singleElement()
                .satisfies(job -> assertThat(job.getElementId()).isEqualTo("task_small"));
        assertThat(activate(client, "pdsa.big")).isEmpty();
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    }

    @Test
    void shouldRaiseIncidentWhenNoFlowIsTaken(CamundaClient client) {
        // given no default flow and an amount that matches neither condition
        client.newDeployResourceCommand().addProcessModel(routing(false), "routing.bpmn").send().join();

        // when
        long key = client.newCreateInstanceCommand().bpmnProcessId("routing").latestVersion()
                .variables(Map.of("amount", 50)).send().join().getProcessInstanceKey();

        // then the instance stops with an incident
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getHasIncident()).isTrue();
        assertThat(activate(client, "pdsa.big")).isEmpty();
        assertThat(activate(client, "pdsa.small")).isEmpty();
    }

    @Test
    void shouldRaiseIncidentWhenConditionIsNotBoolean(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(routing(true), "routing.bpmn").send().join();

        // when amount is missing, "amount > 100" is null, not a boolean
        long key = client.newCreateInstanceCommand().bpmnProcessId("routing").latestVersion().send().join().getProcessInstanceKey();

        // then
        await().atMost(Duration.ofSeconds(5)).until(() ->
                client.newProcessInstanceGetRequest(key).send().join().getHasIncident());
        assertThat(activate(client, "pdsa.small")).isEmpty();
    }
}
