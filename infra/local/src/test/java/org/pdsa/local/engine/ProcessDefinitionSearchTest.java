package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ProcessDefinitionSearchTest {
    private static final String DMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drd_verdict" name="Verdict" namespace="pdsa">
              <decision id="decision_verdict" name="Verdict">
                <literalExpression><text>"adopt"</text></literalExpression>
              </decision>
            </definitions>
            """;
    private CamundaClient client;
    private long cycleV1;
    private long cycleV2;
    private long intake;

    private static BpmnModelInstance cycle(String endId) {
        return Bpmn.createExecutableProcess("cycle").name("PDSA cycle").versionTag("v" + endId).startEvent().endEvent(endId).done();
    }

    @BeforeEach
    void deploy(CamundaClient client) {
        this.client = client;
        cycleV1 = client.newDeployResourceCommand().addProcessModel(cycle("end_a"), "cycle.bpmn").send().join().getProcesses().get(0)
                .getProcessDefinitionKey();
        cycleV2 = client.newDeployResourceCommand().addProcessModel(cycle("end_b"), "cycle.bpmn").send().join().getProcesses().get(0)
                .getProcessDefinitionKey();
        client.newDeployResourceCommand().addResourceString("{\"id\": \"form_intake\", \"components\": []}", StandardCharsets.UTF_8,
                "intake.form").send().join();
        intake = client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("intake").startEvent("start")
                .zeebeFormId("form_intake").endEvent().done(), "intake.bpmn").send().join().getProcesses().get(0).getProcessDefinitionKey();
    }

    private java.util.List<Long> search(java.util.function.Consumer<io.camunda.client.api.search.filter.ProcessDefinitionFilter> filter) {
        return client.newProcessDefinitionSearchRequest().filter(filter).send().join().items().stream()
                .map(ProcessDefinition::getProcessDefinitionKey).toList();
    }

    @Test
    void shouldFindDefinitionsByIdVersionLatestAndName() {
        assertThat(search(f -> f.processDefinitionId("cycle"))).containsExactly(cycleV1, cycleV2);
        assertThat(search(f -> f.processDefinitionId("cycle").isLatestVersion(true))).containsExactly(cycleV2);
        assertThat(search(f -> f.version(1))).containsExactly(cycleV1, intake);
        assertThat(search(f -> f.name("PDSA cycle").versionTag("vend_a"))).containsExactly(cycleV1);
        assertThat(search(f -> f.resourceName("intake.bpmn"))).containsExactly(intake);
        assertThat(search(f -> f.hasStartForm(true))).containsExactly(intake);
    }

    @Test
    void shouldSortByVersionDescending() {
        assertThat(client.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId("cycle")).sort(s -> s.version().desc())
                .send().join().items()).extracting(ProcessDefinition::getVersion).containsExactly(2, 1);
    }

    @Test
    void shouldGetADefinitionItsXmlAndItsStartForm() {
        ProcessDefinition definition = client.newProcessDefinitionGetRequest(cycleV2).send().join();
        assertThat(definition.getProcessDefinitionId()).isEqualTo("cycle");
        assertThat(definition.getVersion()).isEqualTo(2);
        assertThat(definition.getName()).isEqualTo("PDSA cycle");
        assertThat(client.newProcessDefinitionGetXmlRequest(cycleV2).send().join()).contains("end_b").startsWith("<?xml");
        assertThat(client.newProcessDefinitionGetFormRequest(intake).send().join().getFormId()).isEqualTo("form_intake");
        assertThatThrownBy(() -> client.newProcessDefinitionGetRequest(5L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldServeDeployedResourcesByKey() {
        var resource = client.newResourceGetRequest(cycleV1).send().join();
        assertThat(resource.getResourceName()).isEqualTo("cycle.bpmn");
        assertThat(resource.getResourceId()).isEqualTo("cycle");
        assertThat(resource.getVersion()).isEqualTo(1);
        assertThat(client.newResourceContentGetRequest(cycleV1).send().join()).contains("end_a");
        long formKey = client.newDeployResourceCommand().addResourceString("{\"id\": \"form_notes\", \"components\": []}",
                StandardCharsets.UTF_8, "notes.form").send().join().getForm().get(0).getFormKey();
        assertThat(client.newResourceGetRequest(formKey).send().join().getResourceId()).isEqualTo("form_notes");
        assertThat(client.newResourceContentGetRequest(formKey).send().join()).contains("form_notes");
        long dmnKey = client.newDeployResourceCommand().addResourceString(DMN, StandardCharsets.UTF_8, "verdict.dmn").send().join()
                .getDecisionRequirements().get(0).getDecisionRequirementsKey();
        var dmn = client.newResourceGetRequest(dmnKey).send().join();
        assertThat(dmn.getResourceName()).isEqualTo("verdict.dmn");
        assertThat(dmn.getResourceId()).isEqualTo("drd_verdict");
        assertThat(client.newResourceContentGetRequest(dmnKey).send().join()).contains("decision_verdict");
        assertThatThrownBy(() -> client.newResourceGetRequest(5L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }
}
