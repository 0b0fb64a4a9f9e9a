package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.workflows.CycleFixtures.START;
import static org.pdsa.local.workflows.CycleFixtures.WINDOW_OVER;
import static org.pdsa.local.workflows.CycleFixtures.WINDOW_STARTED;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/**
 * Every path of workflows/pdsa-cycle.bpmn on the local engine, through camunda-client-java: the test plays the
 * job workers (steering each outcome) and the leads, and moves the engine's clock for the timers.
 */
@LocalEngineTest
class PdsaCycleProcessTest {

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
    void shouldEndAdoptedWhenTheLeadsAdopt() {
        // given
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s1"));

        // when
        steps.cycle(instance, "s1-1", 1, CycleFixtures.plan("Senior at the front door"), WINDOW_STARTED, WINDOW_OVER,
                "improvement", "no-signal", "adopt");

        // then
        driver.awaitState(instance, "COMPLETED");
        assertThat(driver.completedElements(instance)).contains("task_identify_cycle", "task_plan_cycle",
                "timer_test_window_starts", "subprocess_do", "task_fetch_metrics", "task_analyse_measures",
                "task_study_and_decide", "task_store_decision", "end_change_adopted")
                .doesNotContain("end_change_abandoned", "task_number_next_cycle", "task_provide_missing_data");
        assertThat(driver.incidents()).isEmpty();
    }

    @Test
    void shouldOfferThePlanToTheLeadsWithItsFormAndDueDate() {
        // when
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s1"));

        // then
        UserTask plan = driver.task(instance, "task_plan_cycle");
        assertThat(plan.getCandidateGroups()).containsExactly("RF4-leads");
        assertThat(plan.getFormKey()).isNotNull();
        assertThat(plan.getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(driver.variables(instance).get("cycleId").asText()).isEqualTo("s1-1");
    }

    @Test
    void shouldEndAbandonedWhenTheLeadsAbandon() {
        // given
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("EBT", "s2"));

        // when
        steps.cycle(instance, "s2-1", 1, CycleFixtures.plan("Discharge from triage"), WINDOW_STARTED, WINDOW_OVER,
                "improvement", "concern", "abandon");

        // then
        driver.awaitState(instance, "COMPLETED");
        assertThat(driver.completedElements(instance)).contains("end_change_abandoned")
                .doesNotContain("end_change_adopted", "task_number_next_cycle");
    }

    @Test
    void shouldRunTheNextNumberedCycleInTheSameInstanceWhenTheLeadsAdaptThenAdopt() {
        // given cycle 1 decided "adapt"
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("NVH", "s3"));
        steps.cycle(instance, "s3-1", 1, CycleFixtures.plan("Lounge from 8am"), WINDOW_STARTED, WINDOW_OVER,
                "no-signal", "no-signal", "adapt");

        // then cycle 2 is planned in the same instance, with cycle 1's plan as the draft and its study cleared
        UserTask plan2 = driver.task(instance, "task_plan_cycle");
        Map<String, JsonNode> v = driver.variables(instance);
        assertThat(v.get("cycleNumber").asInt()).isEqualTo(2);
        assertThat(v.get("cycleId").asText()).isEqualTo("s3-2");
        assertThat(v.get("previousCycleId").asText()).isEqualTo("s3-1");
        assertThat(v.get("previousNextChange").asText()).isEqualTo("Start an hour earlier");
        assertThat(v.get("previousLearning").asText()).contains("adapt");
        assertThat(v.get("changeIdea").asText()).isEqualTo("Lounge from 8am");
        for (String cleared : List.of("decision", "rationale", "learning", "doObservations", "nextChange")) {
            JsonNode value = v.get(cleared);
            assertThat(value == null || value.isNull()).as(cleared + " cleared").isTrue();
        }
        assertThat(plan2.getCandidateGroups()).containsExactly("NVH-leads");

        // when cycle 2 runs its own window and is adopted
        Map<String, Object> second = CycleFixtures.plan("Lounge from 7am with a pharmacist");
        second.put("testWindowStart", "2024-04-29");
        second.put("testWindowEnd", "2024-06-23");
        steps.cycle(instance, "s3-2", 2, second, Instant.parse("2024-04-29T08:00:00Z"),
                Instant.parse("2024-06-24T00:00:00Z"), "improvement", "no-signal", "adopt");

        // then
        driver.awaitState(instance, "COMPLETED");
        assertThat(driver.completedElements(instance)).contains("task_number_next_cycle", "end_change_adopted");
    }

    @Test
    void shouldEndAbandonedWhenTheAdaptedCycleIsAbandoned() {
        // given
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("NVH", "s4"));
        steps.cycle(instance, "s4-1", 1, CycleFixtures.plan("Lounge from 8am"), WINDOW_STARTED, WINDOW_OVER,
                "no-signal", "no-signal", "adapt");

        // when
        Map<String, Object> second = CycleFixtures.plan("Lounge from 7am");
        second.put("testWindowStart", "2024-04-29");
        second.put("testWindowEnd", "2024-06-23");
        steps.cycle(instance, "s4-2", 2, second, Instant.parse("2024-04-29T08:00:00Z"),
                Instant.parse("2024-06-24T00:00:00Z"), "no-signal", "no-signal", "abandon");

        // then
        driver.awaitState(instance, "COMPLETED");
        assertThat(driver.completedElements(instance)).contains("task_number_next_cycle", "end_change_abandoned")
                .doesNotContain("end_change_adopted");
    }

    @Test
    void shouldAskForTheMissingDataAndFetchAgainOnceItIsSubmitted() {
        // given a cycle whose window is over
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s5"));
        steps.plan(instance, "s5-1", CycleFixtures.plan("Senior at the front door"));
        steps.window(WINDOW_STARTED, WINDOW_OVER);

        // when fetch-metrics finds a week missing
        ActivatedJob fetch = driver.job(CycleSteps.FETCH);
        assertThat(ProcessDriver.vars(fetch).path("allowGaps").asBoolean()).isFalse();
        driver.throwError(fetch, "no-data", Map.of(
                "missingData", List.of(Map.of("measureId", "four-hour", "measureName", "Seen within 4 hours",
                        "periods", List.of("2024-04-22"))),
                "missingDataSummary", "Seen within 4 hours: no value for the week of 2024-04-22"));

        // then the leads are asked, and the task shows what is missing
        ActivatedJob asked = steps.notification("task_notify_data_missing", "data-missing", "leads");
        assertThat(ProcessDriver.vars(asked).path("details").path("missing").asText()).contains("2024-04-22");
        driver.complete(asked, Map.of());
        UserTask provide = driver.task(instance, "task_provide_missing_data");
        assertThat(provide.getCandidateGroups()).containsExactly("RF4-leads");
        assertThat(driver.variables(instance).get("missingDataSummary").asText()).contains("2024-04-22");

        // when they submitted it, fetch runs again without gaps allowed, and the cycle goes on
        driver.completeTask(provide, Map.of("missingDataAction", "submitted", "missingDataNote", "sent late"));
        steps.fetch("s5-1", false);
        steps.analyse("s5-1", "improvement", "no-signal");
        steps.decide(instance, "s5-1", 1, "adopt");
        driver.awaitState(instance, "COMPLETED");
        assertThat(driver.variables(instance).get("missingData")).hasSize(1);
    }

    @Test
    void shouldFetchWithGapsAllowedWhenTheLeadsProceedWithTheDataThereIs() {
        // given
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s6"));
        steps.plan(instance, "s6-1", CycleFixtures.plan("Senior at the front door"));
        steps.window(WINDOW_STARTED, WINDOW_OVER);
        driver.throwError(driver.job(CycleSteps.FETCH), "no-data", Map.of("missingData", List.of(),
                "missingDataSummary", "a week missing"));
        driver.complete(steps.notification("task_notify_data_missing", "data-missing", "leads"), Map.of());

        // when
        driver.completeTask(driver.task(instance, "task_provide_missing_data"),
                Map.of("missingDataAction", "proceed-with-gaps", "missingDataNote", "the week is lost"));

        // then
        steps.fetch("s6-1", true);
    }

    @Test
    void shouldRemindTheProviderEveryWeekWhileTheTestRuns() {
        // given a cycle in its test window
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s7"));
        steps.plan(instance, "s7-1", CycleFixtures.plan("Senior at the front door"));
        driver.pin(WINDOW_STARTED);
        assertThat(driver.activeElements(instance)).contains("subprocess_do", "timer_test_window_ends");

        // when the weeks pass one by one, then there is one reminder a week for the leads
        for (int week = 1; week <= 7; week++) {
            driver.pin(WINDOW_STARTED.plus(Duration.ofDays(7L * week)));
            ActivatedJob reminder = steps.notification("task_remind_data_submission", "data-reminder", "leads");
            assertThat(ProcessDriver.vars(reminder).path("details").path("testWindowEnd").asText()).isEqualTo("2024-04-28");
            assertThat(ProcessDriver.vars(reminder).path("cycleId").asText()).isEqualTo("s7-1");
            driver.complete(reminder, Map.of());
            assertThat(driver.pending(CycleSteps.NOTIFY)).as("week " + week).isEmpty();
            assertThat(driver.pending(CycleSteps.FETCH)).isEmpty();
        }

        // and once the window is over the reminders stop and the metrics are fetched
        driver.pin(WINDOW_OVER);
        steps.fetch("s7-1", false);
        driver.pin(WINDOW_OVER.plus(Duration.ofDays(14)));
        assertThat(driver.pending(CycleSteps.NOTIFY)).extracting(ActivatedJob::getElementId)
                .doesNotContain("task_remind_data_submission");
    }

    @Test
    void shouldTellTheManagersOnceWhenThePlanIsOverdueAndKeepTheTaskOpen() {
        // given a plan task nobody completes
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s8"));
        UserTask plan = driver.task(instance, "task_plan_cycle");
        driver.pin(START.plus(Duration.ofDays(6)));
        assertThat(driver.pending(CycleSteps.NOTIFY)).isEmpty();

        // when its due date passes
        driver.pin(START.plus(Duration.ofDays(7)));

        // then the managers are told, once, and the task is still there to complete
        ActivatedJob overdue = steps.notification("task_escalate_plan_overdue", "task-overdue", "managers");
        assertThat(ProcessDriver.vars(overdue).path("details").path("task").asText()).isEqualTo("Plan the cycle");
        driver.complete(overdue, Map.of());
        driver.pin(START.plus(Duration.ofDays(21)));
        assertThat(driver.pending(CycleSteps.NOTIFY)).isEmpty();
        assertThat(driver.task(instance, "task_plan_cycle").getUserTaskKey()).isEqualTo(plan.getUserTaskKey());
        steps.plan(instance, "s8-1", CycleFixtures.plan("Late but planned"));
    }

    @Test
    void shouldTellTheManagersWhenTheStudyIsOverdue() {
        // given a study waiting for the leads
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s9"));
        steps.plan(instance, "s9-1", CycleFixtures.plan("Senior at the front door"));
        steps.window(WINDOW_STARTED, WINDOW_OVER);
        steps.fetch("s9-1", false);
        steps.analyse("s9-1", "improvement", "no-signal");
        UserTask study = driver.task(instance, "task_study_and_decide");
        assertThat(study.getDueDate().toInstant()).isEqualTo(WINDOW_OVER.plus(Duration.ofDays(7)));

        // when
        driver.pin(WINDOW_OVER.plus(Duration.ofDays(7)));

        // then
        ActivatedJob overdue = steps.notification("task_escalate_study_overdue", "task-overdue", "managers");
        assertThat(ProcessDriver.vars(overdue).path("details").path("task").asText()).isEqualTo("Study and decide");
        driver.complete(overdue, Map.of());
        steps.decide(instance, "s9-1", 1, "adopt");
        driver.awaitState(instance, "COMPLETED");
    }

    @Test
    void shouldTellTheManagersWhenMissingDataIsOverdue() {
        // given the leads were asked for missing data
        long instance = driver.start("pdsa-cycle", CycleFixtures.cycleStart("RF4", "s10"));
        steps.plan(instance, "s10-1", CycleFixtures.plan("Senior at the front door"));
        steps.window(WINDOW_STARTED, WINDOW_OVER);
        driver.throwError(driver.job(CycleSteps.FETCH), "no-data", Map.of("missingData", List.of(),
                "missingDataSummary", "a week missing"));
        driver.complete(steps.notification("task_notify_data_missing", "data-missing", "leads"), Map.of());
        driver.task(instance, "task_provide_missing_data");

        // when three days pass
        driver.pin(WINDOW_OVER.plus(Duration.ofDays(3)));

        // then
        ActivatedJob overdue = steps.notification("task_escalate_missing_data_overdue", "task-overdue", "managers");
        assertThat(ProcessDriver.vars(overdue).path("details").path("task").asText()).isEqualTo("Provide missing data");
        driver.complete(overdue, Map.of());
        assertThat(driver.activeElements(instance)).contains("task_provide_missing_data");
    }
}
