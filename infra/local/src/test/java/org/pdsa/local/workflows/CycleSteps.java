package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.UserTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps of one pdsa-cycle as a process test plays them, each checking what the process hands the
 * worker or the lead at that step: plan, the test window (reminders drained), fetch, analyse, study, store,
 * tell. Tests compose these to walk each path.
 */
final class CycleSteps {

    static final String NOTIFY = "pdsa.notify-participants";
    static final String FETCH = "pdsa.fetch-metrics";
    static final String ANALYSE = "pdsa.analyse-measures";
    static final String STORE = "pdsa.store-decision";
    static final String COMPILE = "pdsa.compile-learning";

    private final ProcessDriver driver;

    CycleSteps(ProcessDriver driver) {
        this.driver = driver;
    }

    /** The leads complete the plan task; the process tells the participants the cycle started. */
    UserTask plan(long instance, String cycleId, Map<String, Object> plan) {
        UserTask task = driver.task(instance, "task_plan_cycle");
        assertThat(driver.variables(instance).get("cycleId").asText()).isEqualTo(cycleId);
        driver.completeTask(task, plan);
        ActivatedJob started = notification("task_notify_cycle_started", "cycle-started", "participants");
        assertThat(ProcessDriver.vars(started).path("cycleId").asText()).isEqualTo(cycleId);
        assertThat(ProcessDriver.vars(started).path("details").path("changeIdea").asText()).isEqualTo(plan.get("changeIdea"));
        driver.complete(started, Map.of());
        return task;
    }

    /** The window opens at {@code from}, ends at {@code over}; the reminders it sent are answered. */
    int window(Instant from, Instant over) {
        driver.pin(from);
        driver.pin(over);
        return drainReminders();
    }

    /** Completes every weekly reminder job waiting; returns how many there were. */
    int drainReminders() {
        int count = 0;
        for (List<ActivatedJob> found = driver.pending(NOTIFY); !found.isEmpty(); found = driver.pending(NOTIFY)) {
            for (ActivatedJob j : found) {
                assertThat(j.getElementId()).isEqualTo("task_remind_data_submission");
                assertThat(j.getCustomHeaders()).containsEntry("event", "data-reminder").containsEntry("audience", "leads");
                driver.complete(j, Map.of());
                count++;
            }
        }
        return count;
    }

    /** fetch-metrics finds every value; returns its job. */
    ActivatedJob fetch(String cycleId, boolean allowGaps) {
        ActivatedJob fetch = driver.job(FETCH);
        assertThat(fetch.getElementId()).isEqualTo("task_fetch_metrics");
        assertThat(ProcessDriver.vars(fetch).path("cycleId").asText()).isEqualTo(cycleId);
        assertThat(ProcessDriver.vars(fetch).path("allowGaps").asBoolean()).isEqualTo(allowGaps);
        driver.complete(fetch, Map.of("fetchedMetrics", List.of(Map.of("measureId", "four-hour", "baselinePoints", 12,
                "testPoints", 8, "missingPeriods", List.of()))));
        return fetch;
    }

    /** analyse-measures judges the measures; the leads are told the study is ready. */
    void analyse(String cycleId, String outcome, String balancing) {
        ActivatedJob analyse = driver.job(ANALYSE);
        assertThat(ProcessDriver.vars(analyse).path("cycleId").asText()).isEqualTo(cycleId);
        driver.complete(analyse, CycleFixtures.verdicts(outcome, balancing));
        ActivatedJob ready = notification("task_notify_study_ready", "study-ready", "leads");
        assertThat(ProcessDriver.vars(ready).path("details").path("summary").asText()).startsWith("Seen within 4 hours: " + outcome);
        driver.complete(ready, Map.of());
    }

    /** The leads decide; the decision is stored and the participants told. */
    void decide(long instance, String cycleId, int cycleNumber, String decision) {
        UserTask study = driver.task(instance, "task_study_and_decide");
        driver.completeTask(study, CycleFixtures.study(decision));
        ActivatedJob store = driver.job(STORE);
        var v = ProcessDriver.vars(store);
        assertThat(v.path("cycleId").asText()).isEqualTo(cycleId);
        assertThat(v.path("cycleNumber").asInt()).isEqualTo(cycleNumber);
        assertThat(v.path("decision").asText()).isEqualTo(decision);
        assertThat(v.path("plan").path("changeIdea").isTextual()).isTrue();
        assertThat(v.path("plan").path("measureIds")).hasSize(2);
        assertThat(v.path("verdicts")).hasSize(2);
        driver.complete(store, Map.of("decisionId", cycleId));
        ActivatedJob told = notification("task_notify_decision", "decision-made", "participants");
        assertThat(ProcessDriver.vars(told).path("details").path("decision").asText()).isEqualTo(decision);
        driver.complete(told, Map.of());
    }

    /** One whole cycle from plan to decision, the window run through at once. */
    void cycle(long instance, String cycleId, int number, Map<String, Object> plan, Instant windowFrom, Instant windowOver,
               String outcome, String balancing, String decision) {
        plan(instance, cycleId, plan);
        window(windowFrom, windowOver);
        fetch(cycleId, false);
        analyse(cycleId, outcome, balancing);
        decide(instance, cycleId, number, decision);
    }

    /** The one notification job waiting, checked to come from {@code elementId} with its headers. */
    ActivatedJob notification(String elementId, String event, String audience) {
        ActivatedJob job = driver.job(NOTIFY);
        assertThat(job.getElementId()).isEqualTo(elementId);
        assertThat(job.getCustomHeaders()).containsEntry("event", event).containsEntry("audience", audience);
        return job;
    }

    static List<String> ids(List<ActivatedJob> jobs) {
        List<String> ids = new ArrayList<>();
        jobs.forEach(j -> ids.add(j.getElementId()));
        return ids;
    }
}
