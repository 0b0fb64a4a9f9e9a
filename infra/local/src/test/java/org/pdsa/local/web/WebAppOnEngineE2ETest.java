package org.pdsa.local.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.domain.Act;
import org.pdsa.domain.CycleStatus;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.testing.LocalStackExtension;
import org.pdsa.local.tryout.TryOut;
import org.pdsa.local.tryout.TryOutProgramme;

/**
 * Issue 5's "done when" in a browser on the real local stack (dynalite, the embedded engine with the repository's
 * workflows, the job workers, the gateway): the programme {@code ./pdsa up} puts in ({@link TryOut}), then
 * web/test/engine: staff at RF4 plan the waiting cycle, the engine fetches, analyses and opens the study within
 * seconds, they decide, and the cycle, the programme and the learning show the decision.
 */
class WebAppOnEngineE2ETest {

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngine(EngineLaunchers.local());

    @Test
    void shouldPlanAndLaterDecideACycleOnTheEngineInTheBrowser() throws Exception {
        // given: what ./pdsa up puts in on first start
        TryOut tryOut = new TryOut(STACK.stack());
        TryOut.State state = tryOut.ensure(line -> { });
        String rf4Cycle = state.cycles().get("RF4");
        String rf4Plan = planTask(state.rf4Tasks(), rf4Cycle);
        String rfrPlan = planTask(awaitTasks(tryOut, TryOutProgramme.RFR_LEAD), state.cycles().get("RFR"));
        assertThat(tryOut.ensure(line -> { }).seededNow()).as("a second start leaves the programme as it is").isFalse();
        BrowserSuite.install();
        String chromium = BrowserSuite.chromium();

        // when
        BrowserSuite.Result result = BrowserSuite.run(List.of("engine"), Map.of(
                "PDSA_WEB_URL", STACK.stack().apiAddress().toString(),
                "PDSA_WEB_FACTS", new ObjectMapper().writeValueAsString(Map.of("programme", TryOutProgramme.ID,
                        "rf4PlanTask", rf4Plan, "rf4Cycle", rf4Cycle, "rfrPlanTask", rfrPlan,
                        "testWindowStart", state.window().start().toString(),
                        "testWindowEnd", state.window().end().toString())),
                "PDSA_CHROMIUM", chromium));

        // then
        assertThat(result.output()).containsPattern("(?:ℹ|#) pass [1-9]").containsPattern("(?:ℹ|#) fail 0\\b");
        assertThat(result.exitCode()).as("node --test exit code (its output is above)").isZero();
        var cycle = STACK.stack().store().cycles().find(rf4Cycle).orElseThrow().value();
        assertThat(cycle.status()).isEqualTo(CycleStatus.ADOPTED);
        assertThat(cycle.plan().changeIdea()).isEqualTo("Senior decision maker at triage");
        assertThat(cycle.decision().act()).isEqualTo(Act.ADOPT);
    }

    private static String planTask(List<TryOut.WaitingTask> tasks, String cycleId) {
        return tasks.stream().filter(t -> "task_plan_cycle".equals(t.elementId()) && cycleId.equals(t.cycleId()))
                .map(TryOut.WaitingTask::key).findFirst()
                .orElseThrow(() -> new AssertionError("no plan task for cycle " + cycleId + " in " + tasks));
    }

    private static List<TryOut.WaitingTask> awaitTasks(TryOut tryOut,
            org.pdsa.local.stack.DemoIdentities.Identity who) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            List<TryOut.WaitingTask> tasks = tryOut.tasks(who);
            if (!tasks.isEmpty()) {
                return tasks;
            }
            Thread.sleep(250);
        }
        return List.of();
    }
}
