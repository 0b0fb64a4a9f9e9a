package org.pdsa.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * The whole stack with the embedded engine: dynalite, the engine, a deployment, the gateway; the API starts a
 * real process instance and the engine runs it to its first user task. The deployed process is a stand-in
 * for pdsa-cycle (same id, same first task and form) made only of elements the embedded engine runs today.
 */
class LocalStackE2ETest {

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngine(EngineLaunchers.local())
            .withWorkflows(LocalStackE2ETest::planOnlyWorkflows);

    @Test
    void shouldStartACycleOnTheEngineThroughTheApi(LocalStack stack, ApiClient api) {
        // given
        String programme = "ed-" + Long.toHexString(System.nanoTime());
        api.as(Role.MANAGER, "mary", null).post("/programmes", Map.of("id", programme, "name", "ED flow",
                "aim", "Fewer four-hour breaches", "measures", List.of(Map.of("id", "breaches", "name", "Breaches",
                        "unit", "count", "type", "outcome", "direction", "decrease", "period", "week")),
                "providers", List.of(Map.of("id", "rf4", "name", "Barking", "leadGroups", List.of("rf4-leads"))),
                "managers", List.of("mary")));

        // when
        ApiClient.Response started = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles",
                Map.of("programme", programme));

        // then: the instance waits in the plan task, offered to the provider's lead group
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long key = Long.parseLong(started.json().path("processInstanceKey").asText());
        List<UserTask> tasks = stack.camundaClient().newUserTaskSearchRequest()
                .filter(f -> f.processInstanceKey(key)).send().join().items();
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.getElementId()).isEqualTo("task_plan_cycle");
            assertThat(t.getCandidateGroups()).containsExactly("rf4-leads");
        });
        assertThat(stack.store().cycles().find(started.json().path("id").asText())).isPresent();
    }

    @Test
    void shouldServeHealthAndTheEnginesTopology(LocalStack stack, ApiClient api) {
        assertThat(api.anonymous().get("/health").status()).isEqualTo(200);
        assertThat(stack.camundaClient().newTopologyRequest().send().join().getBrokers()).isNotEmpty();
    }

    /** pdsa-cycle cut down to its start and plan task, with the real plan form. */
    static Path planOnlyWorkflows(Path scratch) {
        try {
            Path dir = Files.createDirectories(scratch.resolve("workflows"));
            Files.writeString(dir.resolve("pdsa-cycle.bpmn"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs_plan_only"
                        targetNamespace="http://bpmn.io/schema/bpmn">
                      <bpmn:process id="pdsa-cycle" name="PDSA cycle (plan only)" isExecutable="true">
                        <bpmn:startEvent id="start_cycle_requested"/>
                        <bpmn:sequenceFlow id="flow_to_plan" sourceRef="start_cycle_requested" targetRef="task_plan_cycle"/>
                        <bpmn:userTask id="task_plan_cycle" name="Plan the cycle">
                          <bpmn:extensionElements>
                            <zeebe:userTask/>
                            <zeebe:formDefinition formId="pdsa-plan-cycle"/>
                            <zeebe:assignmentDefinition candidateGroups="=leadGroups"/>
                          </bpmn:extensionElements>
                        </bpmn:userTask>
                        <bpmn:sequenceFlow id="flow_to_end" sourceRef="task_plan_cycle" targetRef="end_planned"/>
                        <bpmn:endEvent id="end_planned"/>
                      </bpmn:process>
                    </bpmn:definitions>
                    """);
            Files.createDirectories(dir.resolve("forms"));
            Files.copy(LocalStackExtension.REPOSITORY.resolve("workflows/forms/plan-cycle.form"),
                    dir.resolve("forms/plan-cycle.form"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
