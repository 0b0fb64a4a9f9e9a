package org.pdsa.local.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.CycleStatus;
import org.pdsa.local.stack.DemoIdentities;
import org.pdsa.local.stack.DemoIdentities.Identity;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.tryout.TryOut;
import org.pdsa.local.tryout.TryOutProgramme;
import org.pdsa.local.tryout.TryOutProgramme.Window;

/**
 * The browser suite's data on the real engine, workflows and workers, put there through the public API on top of
 * what {@code ./pdsa up} puts in ({@link TryOut}): Rotherham planned, studied and abandoned its first cycle (its
 * reattendances rose) and has a second waiting to be planned; RF4 has the try-out cycle to plan, a second cycle
 * planned and waiting for its study, and a third whose plan was due two days ago (started on the engine's clock set
 * nine days back, then reset). Returns the facts the browser suite reads.
 */
final class EngineScenario {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final LocalStack stack;
    private final TryOut tryOut;
    private final ApiClient api;

    private EngineScenario(LocalStack stack) {
        this.stack = stack;
        this.tryOut = new TryOut(stack);
        this.api = new ApiClient(stack.apiAddress(), stack.tokens());
    }

    static Map<String, Object> seed(LocalStack stack) throws InterruptedException {
        return new EngineScenario(stack).seed();
    }

    private Map<String, Object> seed() throws InterruptedException {
        TryOut.State state = tryOut.ensure(line -> { });
        Window window = state.window();
        String rf4PlanCycle = state.cycles().get("RF4");
        String rfrDecided = state.cycles().get("RFR");
        complete(TryOutProgramme.RFR_LEAD, task(TryOutProgramme.RFR_LEAD, "task_plan_cycle", rfrDecided),
                plan(window, "Streaming walk-in patients at the front door"));
        complete(TryOutProgramme.RFR_LEAD, task(TryOutProgramme.RFR_LEAD, "task_study_and_decide", rfrDecided), Map.of(
                "doObservations", "Streaming ran on every shift.",
                "learning", "Fewer waits at the front door, but more patients came back within a week.",
                "decision", "abandon",
                "rationale", "Reattendances rose in the test window: the change moved harm elsewhere"));
        awaitStatus(rfrDecided, CycleStatus.ABANDONED);
        String rfrPlanTask = task(TryOutProgramme.RFR_LEAD, "task_plan_cycle", start(TryOutProgramme.RFR_SYSTEM, window));

        String rf4StudyCycle = start(DemoIdentities.PROVIDER, window);
        complete(DemoIdentities.STAFF, task(DemoIdentities.STAFF, "task_plan_cycle", rf4StudyCycle),
                plan(window, "Senior decision maker at triage"));
        String rf4StudyTask = task(DemoIdentities.STAFF, "task_study_and_decide", rf4StudyCycle);

        // the engine's clock, not the JVM's, dates the task: set it back so the plan falls due two days ago
        stack.camundaClient().newPinClockCommand().time(Instant.now().minus(Duration.ofDays(9))).send().join();
        String overdueTask;
        try {
            overdueTask = task(DemoIdentities.STAFF, "task_plan_cycle", start(DemoIdentities.PROVIDER, window));
        } finally {
            stack.camundaClient().newResetClockCommand().send().join();
        }

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("programme", TryOutProgramme.ID);
        facts.put("rf4PlanTask", task(DemoIdentities.STAFF, "task_plan_cycle", rf4PlanCycle));
        facts.put("rf4PlanCycle", rf4PlanCycle);
        facts.put("rf4OverduePlanTask", overdueTask);
        facts.put("rf4StudyTask", rf4StudyTask);
        facts.put("rf4StudyCycle", rf4StudyCycle);
        facts.put("rfrPlanTask", rfrPlanTask);
        facts.put("rfrDecidedCycle", rfrDecided);
        facts.put("testWindowStart", window.start().toString());
        facts.put("testWindowEnd", window.end().toString());
        return facts;
    }

    /** Starts a retrospective cycle for the system's provider; returns its id. */
    private String start(Identity system, Window window) {
        return check(caller(system).post("/cycles", window.cycleStart()), "start a cycle for " + system.provider())
                .json().path("id").asText();
    }

    /** The key of the open task {@code elementId} of the cycle in {@code who}'s list, once the engine has opened it. */
    private String task(Identity who, String elementId, String cycleId) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (TryOut.WaitingTask t : tryOut.tasks(who)) {
                if (elementId.equals(t.elementId()) && cycleId.equals(t.cycleId())) {
                    return t.key();
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the engine opened no " + elementId + " for cycle " + cycleId + " within " + WAIT);
    }

    private void complete(Identity who, String task, Map<String, Object> variables) {
        check(caller(who).post("/tasks/" + task + "/completion", Map.of("variables", variables)),
                "complete task " + task + " as " + who.subject());
    }

    private void awaitStatus(String cycleId, CycleStatus status) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (stack.store().cycles().find(cycleId).map(c -> c.value().status() == status).orElse(false)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("cycle " + cycleId + " did not reach " + status + " within " + WAIT);
    }

    private static ApiClient.Response check(ApiClient.Response response, String what) {
        if (response.status() >= 300) {
            throw new IllegalStateException("could not " + what + ": " + response.status() + " " + response.body());
        }
        return response;
    }

    private ApiClient.Caller caller(Identity who) {
        return api.as(who.role(), who.subject(), who.provider(), who.groups().toArray(String[]::new));
    }

    /** A plan that passes the form's and the programme's rules, in the retrospective window. */
    private static Map<String, Object> plan(Window window, String changeIdea) {
        Map<String, Object> v = new HashMap<>();
        v.put("changeIdea", changeIdea);
        v.put("question", "Does " + changeIdea.toLowerCase() + " cut four-hour breaches?");
        v.put("prediction", "Breaches fall by a fifth within eight weeks; reattendances do not rise.");
        v.put("measureIds", List.of(TryOutProgramme.BREACHES, TryOutProgramme.REATTEND));
        v.put("predictedImprovements", List.of(TryOutProgramme.BREACHES));
        v.put("dataCollection", "Weekly extract from the ED system by the information team.");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "Triage nurses and the consultant in charge");
        v.put("testWhere", "Majors");
        v.put("testWhen", "Every weekday, 08:00 to 20:00");
        v.put("testScale", "one-team");
        v.put("testWindowStart", window.start().toString());
        v.put("testWindowEnd", window.end().toString());
        v.put("baselinePeriods", TryOutProgramme.BASELINE_WEEKS);
        return v;
    }
}
