package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.workflows.CycleFixtures.START;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.UserTask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/**
 * Every path of workflows/improvement-programme.bpmn on the local engine: one pdsa-cycle per provider in
 * parallel (a multi-instance call activity) with their outcomes collected, the learning compiled and shared
 * once every series has ended; and the early close by message, after which the learning is still compiled.
 */
@LocalEngineTest
class ImprovementProgrammeProcessTest {

    private ProcessDriver driver;
    private CycleSteps steps;

    @BeforeEach
    void deploy(CamundaClient client) {
        driver = new ProcessDriver(client);
        steps = new CycleSteps(driver);
        driver.deployWorkflows();
        driver.pin(START);
    }

    @Test
    void shouldRunACycleAtEveryProviderInParallelCollectTheOutcomesAndShareTheLearning() {
        // given a run over three providers
        long run = driver.start("improvement-programme", CycleFixtures.programmeStart("run-1", List.of("A", "B", "C")));

        // then every provider has its own cycle, all running at once, each with the contract's start variables
        long a = planTask("A").getProcessInstanceKey();
        long b = planTask("B").getProcessInstanceKey();
        long c = planTask("C").getProcessInstanceKey();
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates().doesNotContain(run);
        Map<String, JsonNode> childB = driver.variables(b);
        assertThat(childB.get("programmeId").asText()).isEqualTo("ed-flow");
        assertThat(childB.get("runId").asText()).isEqualTo("run-1");
        assertThat(childB.get("providerId").asText()).isEqualTo("B");
        assertThat(childB.get("providerName").asText()).isEqualTo("Provider B");
        assertThat(childB.get("cycleSeriesId").asText()).isEqualTo("run-1-B");
        assertThat(childB.get("cycleNumber").asInt()).isEqualTo(1);
        assertThat(childB.get("cycleId").asText()).isEqualTo("run-1-B-1");
        assertThat(childB.get("measureOptions")).hasSize(2);
        assertThat(childB).doesNotContainKey("providers");

        // when A adopts, B abandons and C adapts and then adopts (windows one after another)
        steps.plan(a, "run-1-A-1", CycleFixtures.plan("Change A"));
        steps.plan(b, "run-1-B-1", window(CycleFixtures.plan("Change B"), "2024-04-29", "2024-06-23"));
        steps.plan(c, "run-1-C-1", window(CycleFixtures.plan("Change C"), "2024-06-24", "2024-08-18"));
        finishWindow(a, "run-1-A-1", 1, Instant.parse("2024-03-04T08:00:00Z"), Instant.parse("2024-04-29T00:00:00Z"), "adopt");
        finishWindow(b, "run-1-B-1", 1, null, Instant.parse("2024-06-24T00:00:00Z"), "abandon");
        finishWindow(c, "run-1-C-1", 1, null, Instant.parse("2024-08-19T00:00:00Z"), "adapt");
        assertThat(driver.pending(CycleSteps.COMPILE)).isEmpty();
        steps.plan(c, "run-1-C-2", window(CycleFixtures.plan("Change C, adapted"), "2024-08-19", "2024-10-13"));
        finishWindow(c, "run-1-C-2", 2, null, Instant.parse("2024-10-14T00:00:00Z"), "adopt");

        // then the learning is compiled from the run, not closed early
        ActivatedJob compile = driver.job(CycleSteps.COMPILE);
        assertThat(compile.getElementId()).isEqualTo("task_compile_learning");
        JsonNode v = ProcessDriver.vars(compile);
        assertThat(v.path("programmeId").asText()).isEqualTo("ed-flow");
        assertThat(v.path("runId").asText()).isEqualTo("run-1");
        assertThat(v.path("closedEarly").asBoolean()).isFalse();
        driver.complete(compile, Map.of("learningId", "run-1", "learningSummary", "4 decisions", "decisionCount", 4));

        // and shared with everyone
        ActivatedJob share = steps.notification("task_share_learning", "learning-shared", "everyone");
        assertThat(ProcessDriver.vars(share).path("details").path("summary").asText()).isEqualTo("4 decisions");
        assertThat(ProcessDriver.vars(share).path("details").path("decisions").asInt()).isEqualTo(4);
        assertThat(ProcessDriver.vars(share).path("details").path("closedEarly").asBoolean()).isFalse();
        driver.complete(share, Map.of());
        driver.awaitState(run, "COMPLETED");

        // with every provider's outcome collected, in the providers' order
        JsonNode outcomes = driver.variables(run).get("outcomes");
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.findValuesAsText("providerId")).containsExactly("A", "B", "C");
        assertThat(outcomes.findValuesAsText("decision")).containsExactly("adopt", "abandon", "adopt");
        assertThat(outcomes.get(2).path("cycleId").asText()).isEqualTo("run-1-C-2");
        assertThat(outcomes.get(2).path("cycleNumber").asInt()).isEqualTo(2);
        assertThat(outcomes.get(1).path("cycleSeriesId").asText()).isEqualTo("run-1-B");
        assertThat(driver.completedElements(run)).contains("call_run_pdsa_cycles", "task_compile_learning",
                "task_share_learning", "end_learning_shared");
        assertThat(driver.incidents()).isEmpty();
    }

    @Test
    void shouldCloseEarlyOnTheMessageEndTheCyclesStillRunningAndStillCompileTheLearning() {
        // given a run in which A has decided and B is still in its test window
        long run = driver.start("improvement-programme", CycleFixtures.programmeStart("run-2", List.of("A", "B")));
        long a = planTask("A").getProcessInstanceKey();
        long b = planTask("B").getProcessInstanceKey();
        steps.plan(a, "run-2-A-1", CycleFixtures.plan("Change A"));
        steps.plan(b, "run-2-B-1", window(CycleFixtures.plan("Change B"), "2024-04-29", "2024-06-23"));
        finishWindow(a, "run-2-A-1", 1, Instant.parse("2024-03-04T08:00:00Z"), Instant.parse("2024-04-29T00:00:00Z"), "adopt");
        assertThat(driver.activeElements(b)).contains("subprocess_do");

        // when the programme is closed
        driver.publish("programme-closed", "ed-flow", Map.of("closeReason", "Funding ended"));

        // then B's cycle ends and the learning is compiled, saying it was closed early and why
        driver.awaitState(b, "TERMINATED");
        ActivatedJob compile = driver.job(CycleSteps.COMPILE);
        JsonNode v = ProcessDriver.vars(compile);
        assertThat(v.path("closedEarly").asBoolean()).isTrue();
        assertThat(v.path("closeReason").asText()).isEqualTo("Funding ended");
        driver.complete(compile, Map.of("learningId", "run-2", "learningSummary", "1 decision", "decisionCount", 1));
        ActivatedJob share = steps.notification("task_share_learning", "learning-shared", "everyone");
        assertThat(ProcessDriver.vars(share).path("details").path("closedEarly").asBoolean()).isTrue();
        driver.complete(share, Map.of());
        driver.awaitState(run, "COMPLETED");
        assertThat(driver.completedElements(run)).contains("boundary_programme_closed", "end_learning_shared");
        JsonNode outcomes = driver.variables(run).get("outcomes");
        assertThat(outcomes == null || outcomes.isNull() || outcomes.isEmpty()).as("no outcomes collected").isTrue();
    }

    @Test
    void shouldCloseOnlyARunOfTheProgrammeNamedWhileItRuns() {
        // given a close published before the run started (time to live PT0S, as workflows/README.md says)
        driver.publish("programme-closed", "ed-flow", Map.of("closeReason", "too early"));
        long run = driver.start("improvement-programme", CycleFixtures.programmeStart("run-3", List.of("A")));
        planTask("A");

        // when another programme is closed
        driver.publish("programme-closed", "another-programme", Map.of("closeReason", "not ours"));

        // then this run goes on
        assertThat(driver.pending(CycleSteps.COMPILE)).isEmpty();
        assertThat(driver.state(run)).isEqualTo("ACTIVE");
        assertThat(driver.activeElements(run)).contains("call_run_pdsa_cycles");
    }

    private UserTask planTask(String provider) {
        return driver.task(t -> "task_plan_cycle".equals(t.getElementId()) && t.getCandidateGroups().contains(provider + "-leads"),
                "plan of " + provider);
    }

    /** Runs a planned cycle's window (from {@code started}, or from when its start timer fires) to its decision. */
    private void finishWindow(long child, String cycleId, int number, Instant started, Instant over, String decision) {
        if (started != null) {
            driver.pin(started);
        }
        driver.pin(over);
        steps.drainReminders();
        steps.fetch(cycleId, false);
        steps.analyse(cycleId, decision.equals("adapt") ? "no-signal" : "improvement",
                decision.equals("abandon") ? "concern" : "no-signal");
        steps.decide(child, cycleId, number, decision);
    }

    private static Map<String, Object> window(Map<String, Object> plan, String start, String end) {
        plan.put("testWindowStart", start);
        plan.put("testWindowEnd", end);
        return plan;
    }
}
