package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.engine.TestJobs.incidents;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class BusinessRuleTaskProcessTest {

    private static BpmnModelInstance pricing(String decisionId) {
        return Bpmn.createExecutableProcess("pricing")
                .startEvent()
                .businessRuleTask("task_discount", b -> b.zeebeCalledDecisionId(decisionId).zeebeResultVariable("discount"))
                .serviceTask("task_invoice", t -> t.zeebeJobType("pdsa.invoice"))
                .endEvent()
                .done();
    }

    private static long start(CamundaClient client, Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId("pricing").latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }

    @Test
    void shouldStoreTheDecisionOutputInTheResultVariable(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addResourceFromClasspath("dmn/discount.dmn")
                .addProcessModel(pricing("decision_discount"), "pricing.bpmn").send().join();

        // when
        start(client, Map.of("amount", 250));

        // then
        assertThat(one(client, "pdsa.invoice").getVariablesAsMap()).containsEntry("discount", 0.1);
    }

    @Test
    void shouldPassACollectResultWithRequiredDecisions(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addResourceFromClasspath("dmn/routing.dmn").send().join();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("routing").startEvent()
                .businessRuleTask("task_route", b -> b.zeebeCalledDecisionId("decision_route").zeebeResultVariable("routes"))
                .endEvent().done(), "routing.bpmn").send().join();

        // when
        var result = client.newCreateInstanceCommand().bpmnProcessId("routing").latestVersion().variables(Map.of("score", 3))
                .withResult().send().join();

        // then
        assertThat(result.getVariablesAsMap()).containsEntry("routes", List.of(Map.of("team", "team", "days", 5)));
    }

    @Test
    void shouldUseTheDecisionVersionWithTheVersionTag(CamundaClient client) {
        // given the tagged version, then an untagged newer one
        client.newDeployResourceCommand().addResourceFromClasspath("dmn/discount.dmn").send().join();
        String untagged = new String(readResource("dmn/discount.dmn"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<zeebe:versionTag value=\"2026-11\" />", "").replace("<text>0.1</text>", "<text>0.5</text>");
        client.newDeployResourceCommand().addResourceString(untagged, java.nio.charset.StandardCharsets.UTF_8, "discount.dmn")
                .send().join();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("pricing").startEvent()
                .businessRuleTask("task_discount", b -> b.zeebeCalledDecisionId("decision_discount").zeebeResultVariable("discount")
                        .zeebeBindingType(ZeebeBindingType.versionTag).zeebeVersionTag("2026-11"))
                .serviceTask("task_invoice", t -> t.zeebeJobType("pdsa.invoice"))
                .endEvent().done(), "pricing.bpmn").send().join();

        // when
        start(client, Map.of("amount", 250));

        // then
        assertThat(one(client, "pdsa.invoice").getVariablesAsMap()).containsEntry("discount", 0.1);
    }

    @Test
    void shouldRaiseCalledDecisionErrorWhenTheDecisionIsMissingAndContinueOnceDeployed(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(pricing("decision_discount"), "pricing.bpmn").send().join();
        long key = start(client, Map.of("amount", 50));
        var incident = incidents(client, key).get(0);
        assertThat(incident.getElementId()).isEqualTo("task_discount");
        assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CALLED_DECISION_ERROR);

        // when
        client.newDeployResourceCommand().addResourceFromClasspath("dmn/discount.dmn").send().join();
        client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

        // then
        assertThat(one(client, "pdsa.invoice").getVariablesAsMap()).containsEntry("discount", 0);
    }

    @Test
    void shouldRaiseDecisionEvaluationErrorWhenTheDecisionFails(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addResourceFromClasspath("dmn/discount.dmn")
                .addProcessModel(pricing("decision_discount"), "pricing.bpmn").send().join();

        // when two rules of a unique table match
        long key = start(client, Map.of("amount", 20000));

        // then
        assertThat(incidents(client, key)).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("task_discount");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.DECISION_EVALUATION_ERROR);
            assertThat(incident.getErrorMessage()).contains("decision_discount");
        });
    }

    @Test
    void shouldCreateAJobForABusinessRuleTaskWithATaskDefinition(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("pricing").startEvent()
                .businessRuleTask("task_discount", b -> b.zeebeJobType("pdsa.discount"))
                .endEvent().done(), "pricing.bpmn").send().join();
        var result = client.newCreateInstanceCommand().bpmnProcessId("pricing").latestVersion().withResult().send();

        // when
        client.newCompleteCommand(one(client, "pdsa.discount")).variables(Map.of("discount", 0.3)).send().join();

        // then
        assertThat(result.join().getVariablesAsMap()).containsEntry("discount", 0.3);
    }

    private static byte[] readResource(String name) {
        try (var in = BusinessRuleTaskProcessTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
