package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/**
 * The product's real workflows ({@code workflows/}: both BPMN files and their forms, deployed as
 * they are) run on the local engine through the client: a cycle from plan to adoption, an adapt
 * loop into a second cycle, and a programme run over two providers. Test workers stand in for
 * the Lambda workers and complete jobs with what workflows/README.md says each one returns.
 * (Every other path, and the demo, are covered on branch demo.)
 */
@LocalEngineTest
class WorkflowsOnEngineProcessTest {
    /** A Monday morning; the test window is the two weeks after the next Monday. */
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String WINDOW_START = "2026-03-09";
    private static final String WINDOW_END = "2026-03-22";

    private CamundaClient client;

    @BeforeEach
    void deployWorkflows(CamundaClient client) {
        this.client = client;
        client.newPinClockCommand().time(T0).send().join();
        WorkflowsFolder folder = WorkflowsFolder.locate();
        var deploy = client.newDeployResourceCommand().addResourceFile(folder.bpmnFiles().get(0).toString());
        List<Path> rest = new ArrayList<>(folder.bpmnFiles().subList(1, folder.bpmnFiles().size()));
        rest.addAll(folder.formFiles());
        for (Path file : rest) deploy = deploy.addResourceFile(file.toString());
        var deployment = deploy.send().join();
        assertThat(deployment.getProcesses()).extracting(p -> p.getBpmnProcessId())
                .containsExactlyInAnyOrder("pdsa-cycle", "improvement-programme");
        assertThat(deployment.getForm()).extracting(f -> f.getFormId())
                .containsExactlyInAnyOrder("pdsa-plan-cycle", "pdsa-provide-missing-data", "pdsa-study-and-decide");
    }

    @Test
    void shouldRunACycleFromPlanToAdoption() {
        // given a standalone cycle started with the API's variables
        long cycle = startCycle();

        // when the leads plan it, the test window passes, the data is there and they adopt
        UserTask plan = openTask("task_plan_cycle");
        assertThat(plan.getProcessInstanceKey()).isEqualTo(cycle);
        assertThat(plan.getCandidateGroups()).containsExactly("leads-north");
        assertThat(plan.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-03-09T09:00:00Z"));
        assertThat(client.newUserTaskGetFormRequest(plan.getUserTaskKey()).send().join().getFormId()).isEqualTo("pdsa-plan-cycle");
        assertThat(variablesOf(cycle)).containsEntry("cycleId", "run-1-prov-north-1");
        completeTask(plan, planVariables());
        runTheTestWindow("cycle-started");
        studyAndDecide(List.of(cycle), "adopt");

        // then the instance ended at "Change adopted" with the cycle's decision stored
        assertThat(state(cycle)).isEqualTo("COMPLETED");
        assertThat(trail(cycle)).contains("task_identify_cycle", "subprocess_do", "task_store_decision", "end_change_adopted")
                .doesNotContain("task_number_next_cycle", "end_change_abandoned");
        assertThat(variablesOf(cycle)).containsEntry("decisionId", "run-1-prov-north-1").containsEntry("decision", "adopt");
    }

    @Test
    void shouldPlanTheNextCycleWithTheLastPlanWhenTheDecisionIsAdapt() {
        // given a cycle whose first test was studied and adapted
        long cycle = startCycle();
        completeTask(openTask("task_plan_cycle"), planVariables());
        runTheTestWindow("cycle-started");
        studyAndDecide(List.of(cycle), "adapt");

        // when the second plan opens
        UserTask secondPlan = openTask("task_plan_cycle");

        // then it is cycle 2, the plan fields are the draft, the study fields are cleared, the last learning is offered
        Map<String, Object> variables = variablesOf(cycle);
        assertThat(variables).containsEntry("cycleNumber", 2).containsEntry("cycleId", "run-1-prov-north-2")
                .containsEntry("previousCycleId", "run-1-prov-north-1").containsEntry("previousLearning", "Huddles work")
                .containsEntry("changeIdea", "Daily discharge huddle")
                .containsEntry("decision", null).containsEntry("learning", null).containsEntry("rationale", null);
        assertThat(secondPlan.getProcessInstanceKey()).isEqualTo(cycle);

        // and when cycle 2 runs one week later and is adopted, the series ends there
        Map<String, Object> replan = new HashMap<>(planVariables());
        replan.put("testWindowStart", "2026-03-30");
        replan.put("testWindowEnd", "2026-04-02");
        completeTask(secondPlan, replan);
        assertThat(notifications()).containsExactly("cycle-started");
        pin(Instant.parse("2026-03-30T00:00:00Z"));
        pin(Instant.parse("2026-04-03T00:00:00Z"));
        assertThat(notifications()).isEmpty(); // a four-day window is over before the first weekly reminder
        fetchedAndAnalysed(List.of(cycle));
        studyAndDecide(List.of(cycle), "adopt");
        assertThat(state(cycle)).isEqualTo("COMPLETED");
        assertThat(variablesOf(cycle)).containsEntry("decisionId", "run-1-prov-north-2");
    }

    @Test
    void shouldRunCyclesAtEveryProviderAndShareTheLearning() {
        // given a programme run over two providers
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("programmeId", "prog-1");
        start.put("runId", "run-1");
        start.put("providers", List.of(
                Map.of("id", "prov-north", "name", "North Hospital", "leadGroups", List.of("leads-north")),
                Map.of("id", "prov-south", "name", "South Hospital", "leadGroups", List.of("leads-south"))));
        start.put("measureOptions", List.of(Map.of("label", "Discharges before noon", "value", "m-discharge")));
        start.put("testWindowStart", WINDOW_START);
        start.put("testWindowEnd", WINDOW_END);
        start.put("baselinePeriods", 12);
        long programme = client.newCreateInstanceCommand().bpmnProcessId("improvement-programme").latestVersion().variables(start)
                .send().join().getProcessInstanceKey();

        // when both providers' cycles are planned, run and adopted
        List<UserTask> plans = openTasks("task_plan_cycle", 2);
        assertThat(plans).extracting(UserTask::getCandidateGroups)
                .containsExactlyInAnyOrder(List.of("leads-north"), List.of("leads-south"));
        List<Long> cycles = plans.stream().map(UserTask::getProcessInstanceKey).toList();
        for (long cycle : cycles) {
            var instance = client.newProcessInstanceGetRequest(cycle).send().join();
            assertThat(instance.getParentProcessInstanceKey()).isEqualTo(programme);
            Map<String, Object> variables = variablesOf(cycle);
            assertThat(variables).containsEntry("cycleNumber", 1).containsEntry("programmeId", "prog-1")
                    .doesNotContainKey("providers"); // only what the input mappings name
            assertThat((String) variables.get("cycleId")).isEqualTo("run-1-" + variables.get("providerId") + "-1");
        }
        for (UserTask plan : plans) completeTask(plan, planVariables());
        runTheTestWindow("cycle-started", "cycle-started");
        studyAndDecide(cycles, "adopt");

        // then the programme compiles the learning from both outcomes and shares it with everyone
        ActivatedJob compile = oneJob("pdsa.compile-learning");
        assertThat(compile.getVariablesAsMap()).containsEntry("closedEarly", false).containsEntry("runId", "run-1");
        assertThat(compile.getVariablesAsMap().get("outcomes")).isEqualTo(List.of(
                Map.of("providerId", "prov-north", "cycleSeriesId", "run-1-prov-north", "cycleId", "run-1-prov-north-1",
                        "cycleNumber", 1, "decision", "adopt"),
                Map.of("providerId", "prov-south", "cycleSeriesId", "run-1-prov-south", "cycleId", "run-1-prov-south-1",
                        "cycleNumber", 1, "decision", "adopt")));
        complete(compile, Map.of("learningId", "run-1", "learningSummary", "Two adoptions", "decisionCount", 2));
        ActivatedJob share = oneJob("pdsa.notify-participants");
        assertThat(share.getCustomHeaders()).containsEntry("event", "learning-shared").containsEntry("audience", "everyone");
        // closedEarly is only set when the programme is closed early: FEEL reads the absent variable as null
        Map<String, Object> details = new HashMap<>(Map.of("summary", "Two adoptions", "decisions", 2));
        details.put("closedEarly", null);
        assertThat(share.getVariablesAsMap().get("details")).isEqualTo(details);
        complete(share, Map.of());
        assertThat(state(programme)).isEqualTo("COMPLETED");
        assertThat(cycles).allSatisfy(cycle -> assertThat(state(cycle)).isEqualTo("COMPLETED"));
    }

    // ---- the cycle's steps, as the API and the workers do them ----

    private long startCycle() {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("programmeId", "prog-1");
        start.put("providerId", "prov-north");
        start.put("providerName", "North Hospital");
        start.put("leadGroups", List.of("leads-north"));
        start.put("cycleSeriesId", "run-1-prov-north");
        start.put("cycleNumber", 1);
        start.put("measureOptions", List.of(Map.of("label", "Discharges before noon", "value", "m-discharge")));
        start.put("testWindowStart", WINDOW_START);
        start.put("testWindowEnd", WINDOW_END);
        start.put("baselinePeriods", 12);
        return client.newCreateInstanceCommand().bpmnProcessId("pdsa-cycle").latestVersion().variables(start).send().join()
                .getProcessInstanceKey();
    }

    private static Map<String, Object> planVariables() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("changeIdea", "Daily discharge huddle");
        plan.put("question", "Does a huddle bring discharges forward?");
        plan.put("prediction", "More discharges before noon");
        plan.put("measureIds", List.of("m-discharge"));
        plan.put("predictedImprovements", List.of("m-discharge"));
        plan.put("dataCollection", "Ward system report");
        plan.put("dataCollectionMethod", "existing-system");
        plan.put("testWho", "Ward 7 team");
        plan.put("testWhere", "Ward 7");
        plan.put("testWhen", "Weekday mornings");
        plan.put("testScale", "one-team");
        plan.put("testWindowStart", WINDOW_START);
        plan.put("testWindowEnd", WINDOW_END);
        plan.put("baselinePeriods", 12);
        return plan;
    }

    /** The cycles wait for the window to start, run it with weekly reminders, then fetch and analyse their data. */
    private void runTheTestWindow(String... expectedNotifications) {
        assertThat(notifications()).containsExactlyInAnyOrder(expectedNotifications);
        pin(Instant.parse("2026-03-08T23:59:59Z"));
        assertThat(jobs("pdsa.fetch-metrics")).isEmpty();
        pin(Instant.parse("2026-03-09T00:00:00Z")); // the window starts: the Do sub-process waits for its end
        pin(Instant.parse("2026-03-16T12:00:00Z")); // one week in: a reminder per cycle
        assertThat(notifications()).containsOnly("data-reminder").hasSize(expectedNotifications.length);
        pin(Instant.parse("2026-03-22T23:59:59Z"));
        assertThat(jobs("pdsa.fetch-metrics")).isEmpty();
        pin(Instant.parse("2026-03-23T00:00:00Z")); // the day after the last day of the window
        notifications(); // a second reminder may fire at the same instant as the window's end
        fetchedAndAnalysed(null);
    }

    /** Completes fetch-metrics and analyse-measures for every cycle waiting there (of {@code cycles} when not null). */
    private void fetchedAndAnalysed(List<Long> cycles) {
        List<ActivatedJob> fetches = jobs("pdsa.fetch-metrics");
        assertThat(fetches).isNotEmpty();
        if (cycles != null) assertThat(fetches).extracting(ActivatedJob::getProcessInstanceKey).containsExactlyInAnyOrderElementsOf(cycles);
        for (ActivatedJob fetch : fetches) {
            assertThat(fetch.getVariablesAsMap()).containsEntry("allowGaps", false).containsEntry("measureIds", List.of("m-discharge"));
            complete(fetch, Map.of("fetchedMetrics", List.of(Map.of("measureId", "m-discharge", "baselinePoints", 12,
                    "testPoints", 2, "missingPeriods", List.of()))));
        }
        for (ActivatedJob analyse : jobs("pdsa.analyse-measures")) {
            complete(analyse, Map.of("verdicts", List.of(verdict()), "verdictSummary", "Discharges before noon: improvement",
                    "balancingConcern", false));
        }
        assertThat(notifications()).containsOnly("study-ready").hasSize(fetches.size());
    }

    /** The leads of each cycle study the verdicts and decide; the decision is stored and announced. */
    private void studyAndDecide(List<Long> cycles, String decision) {
        List<UserTask> studies = openTasks("task_study_and_decide", cycles.size());
        assertThat(studies).extracting(UserTask::getProcessInstanceKey).containsExactlyInAnyOrderElementsOf(cycles);
        for (UserTask study : studies) {
            assertThat(client.newUserTaskGetFormRequest(study.getUserTaskKey()).send().join().getFormId())
                    .isEqualTo("pdsa-study-and-decide");
            completeTask(study, Map.of("doObservations", "Huddle held daily", "learning", "Huddles work", "surprises", "",
                    "decision", decision, "rationale", "Signal of improvement", "nextChange", "Extend to ward 8"));
        }
        for (ActivatedJob store : jobs("pdsa.store-decision")) {
            Map<String, Object> variables = store.getVariablesAsMap();
            assertThat(variables).containsEntry("decision", decision).containsKey("verdicts");
            @SuppressWarnings("unchecked") Map<String, Object> plan = (Map<String, Object>) variables.get("plan");
            assertThat(plan).containsEntry("changeIdea", "Daily discharge huddle").containsEntry("measureIds", List.of("m-discharge"));
            complete(store, Map.of("decisionId", variables.get("cycleId")));
        }
        assertThat(notifications()).containsOnly("decision-made").hasSize(cycles.size());
    }

    private static Map<String, Object> verdict() {
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("measureId", "m-discharge");
        verdict.put("measureName", "Discharges before noon");
        verdict.put("measureType", "outcome");
        verdict.put("result", "improvement");
        verdict.put("resultLabel", "Special cause improvement");
        verdict.put("predicted", "improvement");
        verdict.put("predictionMet", true);
        verdict.put("predictionMetLabel", "Yes");
        verdict.put("variationIcon", "improvement-high");
        verdict.put("assuranceIcon", null);
        verdict.put("trialLimits", false);
        return verdict;
    }

    // ---- client plumbing ----

    private void pin(Instant time) {
        client.newPinClockCommand().time(time).send().join();
    }

    /** Completes every notify job there is now and returns their events (headers are checked against the contract). */
    private List<String> notifications() {
        List<String> events = new ArrayList<>();
        for (ActivatedJob job : jobs("pdsa.notify-participants")) {
            assertThat(job.getCustomHeaders()).containsKeys("event", "audience");
            assertThat(job.getVariablesAsMap()).containsKey("details");
            events.add(job.getCustomHeaders().get("event"));
            complete(job, Map.of());
        }
        return events;
    }

    /** Every activatable job of the type (timers fire before the pin is answered); locked long enough to survive clock jumps. */
    private List<ActivatedJob> jobs(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(100).timeout(Duration.ofDays(3650))
                .requestTimeout(Duration.ofMillis(200)).send().join().getJobs();
    }

    private ActivatedJob oneJob(String type) {
        List<ActivatedJob> jobs = jobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        client.newCompleteCommand(job).variables(variables).send().join();
    }

    private UserTask openTask(String elementId) {
        return openTasks(elementId, 1).get(0);
    }

    private List<UserTask> openTasks(String elementId, int expected) {
        List<UserTask> tasks = client.newUserTaskSearchRequest().filter(f -> f.elementId(elementId).state(UserTaskState.CREATED))
                .send().join().items();
        assertThat(tasks).as("open %s tasks", elementId).hasSize(expected);
        return tasks;
    }

    private void completeTask(UserTask task, Map<String, Object> variables) {
        client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
    }

    private String state(long processInstanceKey) {
        return client.newProcessInstanceGetRequest(processInstanceKey).send().join().getState().name();
    }

    /** The process instance's root variables, as JSON values. */
    private Map<String, Object> variablesOf(long processInstanceKey) {
        Map<String, Object> variables = new HashMap<>();
        client.newVariableSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey).scopeKey(processInstanceKey))
                .page(p -> p.limit(1000)).send().join().items()
                .forEach(v -> variables.put(v.getName(), Json.parse(v.getValue())));
        return variables;
    }

    /** The element ids this instance went through (finished element instances). */
    private List<String> trail(long processInstanceKey) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> p.limit(1000)).send().join().items().stream().map(e -> e.getElementId()).toList();
    }

    /** JSON text of a variable value to a Java value (numbers that are whole become Integer/Long as Jackson reads them). */
    private static final class Json {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

        static Object parse(String text) {
            try {
                return MAPPER.readValue(text, Object.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }
}
