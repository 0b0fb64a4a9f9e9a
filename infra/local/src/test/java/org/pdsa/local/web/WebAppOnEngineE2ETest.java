package org.pdsa.local.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * The plan step in a browser on the real embedded engine (dynalite, engine, workers, gateway): a provider starts a
 * cycle through the API, the engine opens the plan task with its linked form and due date, and staff plan it in
 * web/test/engine. The deployed process is pdsa-cycle cut down to its start and plan task (as in
 * LocalStackE2ETest), because the embedded engine does not run the whole of pdsa-cycle yet.
 */
class WebAppOnEngineE2ETest {

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngine(EngineLaunchers.local())
            .withWorkflows(WebAppOnEngineE2ETest::planOnlyWorkflows);

    @Test
    void shouldPlanACycleOnTheEngineInTheBrowser() throws Exception {
        // given: the programme and its data, and a cycle started by RF4's system
        WebScenario scenario = new WebScenario(STACK.stack());
        scenario.registerWithData();
        JsonNode cycle = WebScenario.check(scenario.api().as(Role.PROVIDER, "rf4-system", "RF4").post("/cycles",
                Map.of("programme", WebScenario.PROGRAMME)), "start a cycle").json();
        String cycleId = cycle.path("id").asText();
        String task = planTask(scenario, cycleId);
        BrowserSuite.install();
        String chromium = BrowserSuite.chromium();

        // when
        BrowserSuite.Result result = BrowserSuite.run(List.of("engine"), Map.of(
                "PDSA_WEB_URL", STACK.stack().apiAddress().toString(),
                "PDSA_WEB_FACTS", new ObjectMapper().writeValueAsString(Map.of("programme", WebScenario.PROGRAMME,
                        "planTask", task, "planCycle", cycleId,
                        "testWindowStart", scenario.testWindowStart().toString(),
                        "testWindowEnd", scenario.testWindowEnd().toString())),
                "PDSA_CHROMIUM", chromium));

        // then
        assertThat(result.output()).containsPattern("(?:ℹ|#) pass [1-9]").containsPattern("(?:ℹ|#) fail 0\\b");
        assertThat(result.exitCode()).as("node --test exit code (its output is above)").isZero();
        assertThat(STACK.stack().store().cycles().find(cycleId).orElseThrow().value().plan().changeIdea())
                .isEqualTo("Senior decision maker at triage");
    }

    /** The plan task the engine opened for the cycle, as its staff see it in their list. */
    private static String planTask(WebScenario scenario, String cycleId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode tasks = scenario.api().as(Role.STAFF, "rf4-lead", "RF4", "RF4-leads").get("/tasks").json().path("tasks");
            for (JsonNode t : tasks) {
                if ("task_plan_cycle".equals(t.path("elementId").asText())) {
                    assertThat(t.path("cycleId").asText()).as("the cycle of task " + t).isEqualTo(cycleId);
                    return t.path("key").asText();
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the engine opened no plan task for cycle " + cycleId + " within 30 s");
    }

    /** pdsa-cycle cut down to its start and plan task, with the real plan form, its due date and the cycle's id. */
    static Path planOnlyWorkflows(Path scratch) {
        try {
            Path dir = Files.createDirectories(scratch.resolve("workflows"));
            Files.writeString(dir.resolve("pdsa-cycle.bpmn"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs_plan_only"
                        targetNamespace="http://bpmn.io/schema/bpmn">
                      <bpmn:process id="pdsa-cycle" name="PDSA cycle (plan only)" isExecutable="true">
                        <bpmn:startEvent id="start_cycle_requested">
                          <bpmn:extensionElements>
                            <zeebe:ioMapping>
                              <zeebe:output source="=cycleSeriesId + &quot;-&quot; + string(cycleNumber)" target="cycleId"/>
                            </zeebe:ioMapping>
                          </bpmn:extensionElements>
                        </bpmn:startEvent>
                        <bpmn:sequenceFlow id="flow_to_plan" sourceRef="start_cycle_requested" targetRef="task_plan_cycle"/>
                        <bpmn:userTask id="task_plan_cycle" name="Plan the cycle">
                          <bpmn:extensionElements>
                            <zeebe:userTask/>
                            <zeebe:formDefinition formId="pdsa-plan-cycle"/>
                            <zeebe:assignmentDefinition candidateGroups="=leadGroups"/>
                            <zeebe:taskSchedule dueDate="=now() + duration(&quot;P7D&quot;)"/>
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
