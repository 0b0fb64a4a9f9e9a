package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.Decision;
import org.pdsa.domain.Notification;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.local.engine.testing.LocalEngineTest;
import org.pdsa.local.workers.LocalWorkers;
import org.pdsa.store.Store;

/**
 * The worker steps of a PDSA cycle (fetch, analyse, tell the leads, store the decision) as service tasks on
 * the local engine, handled by the local job workers against dynalite: the job types, headers, input
 * mappings and outputs of workflows/README.md end to end. (The full pdsa-cycle.bpmn needs engine features
 * still being written: timers, boundary events, send and script tasks, sub-processes.)
 */
@LocalEngineTest
@ExtendWith(DynaliteExtension.class)
class WorkerChainProcessTest {

    /** The engine's clock, pinned to the day after the test window: what the stored records must say. */
    private static final Instant ENGINE_NOW = Instant.parse("2024-05-06T00:00:00Z");
    private CamundaClient client;

    private static BpmnModelInstance cycleSteps() {
        return Bpmn.createExecutableProcess("cycle-steps")
                .startEvent("start")
                .serviceTask("task_fetch_metrics", t -> t.zeebeJobType(JobTypes.FETCH_METRICS).zeebeJobRetries("3")
                        .zeebeInputExpression("missingDataAction = \"proceed-with-gaps\"", "allowGaps"))
                .serviceTask("task_analyse_measures", t -> t.zeebeJobType(JobTypes.ANALYSE_MEASURES).zeebeJobRetries("3"))
                .serviceTask("task_notify_study_ready", t -> t.zeebeJobType(JobTypes.NOTIFY_PARTICIPANTS).zeebeJobRetries("3")
                        .zeebeTaskHeader("event", "study-ready").zeebeTaskHeader("audience", "leads")
                        .zeebeInputExpression("{summary: verdictSummary}", "details"))
                // the BPMN's input mapping builds `plan` as {changeIdea: changeIdea, ...}; the local engine evaluates a
                // context entry whose key is also the variable it reads as null (feel-engine leaves such names
                // out of an expression's variable names), so here `plan` comes ready-made with the start variables
                .serviceTask("task_store_decision", t -> t.zeebeJobType(JobTypes.STORE_DECISION).zeebeJobRetries("3"))
                .endEvent("end")
                .done();
    }

    @BeforeEach
    void deploy(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(cycleSteps(), "cycle-steps.bpmn").send().join();
        client.newPinClockCommand().time(ENGINE_NOW).send().join();
    }

    private long start(Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId("cycle-steps").latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }

    @Test
    void shouldStudyTellAndStoreTheDecisionWithTheEnginesTime(Store store) {
        // given trust-a's data, and a cycle whose leads decided to adopt
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, WorkerFixtures.FOUR_HOUR_IMPROVED);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        Map<String, Object> variables = WorkerFixtures.decisionVariables("trust-a", "adopt");
        variables.put("missingDataAction", null);
        // when
        try (LocalWorkers workers = LocalWorkers.start(client, store)) {
            long instance = start(variables);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    client.newProcessInstanceGetRequest(instance).send().join().getState().name().equals("COMPLETED"));
            // then
            assertThat(workers.handlerTimes().snapshot()).containsOnlyKeys(JobTypes.FETCH_METRICS, JobTypes.ANALYSE_MEASURES,
                    JobTypes.NOTIFY_PARTICIPANTS, JobTypes.STORE_DECISION);
        }
        Decision decision = store.decisions().findByCycle("r1-trust-a-1").orElseThrow();
        assertThat(decision.decidedAt()).isEqualTo(ENGINE_NOW);
        assertThat(decision.evidence()).hasSize(2);
        assertThat(decision.changeIdea()).isEqualTo("Senior review at the front door");
        assertThat(store.cycles().find("r1-trust-a-1").orElseThrow().value().status()).isEqualTo(CycleStatus.ADOPTED);
        assertThat(store.notifications().findByCycle("r1-trust-a-1")).singleElement().satisfies(n -> {
            assertThat(n.recipientEmail()).isEqualTo("ann@trust-a.example");
            assertThat(n.at()).isEqualTo(ENGINE_NOW);
            assertThat(n.body()).contains("Summary: Seen within 4 hours (outcome): special cause improvement");
        });
    }

    @Test
    void shouldThrowNoDataThatThisModelDoesNotCatch(Store store) {
        // given no values submitted at all
        WorkerFixtures.register(store);
        Map<String, Object> variables = WorkerFixtures.decisionVariables("trust-a", "adopt");
        variables.put("missingDataAction", null);
        // when
        try (LocalWorkers workers = LocalWorkers.start(client, store)) {
            long instance = start(variables);
            await().atMost(Duration.ofSeconds(60)).until(() -> !incidents(instance).isEmpty());
            // then the BPMN error reached the engine (pdsa-cycle.bpmn catches it with boundary_no_data)
            assertThat(incidents(instance)).singleElement().satisfies(i -> {
                assertThat(i.getErrorType().name()).isEqualTo("UNHANDLED_ERROR_EVENT");
                assertThat(i.getErrorMessage()).contains("no-data");
            });
        }
        assertThat(store.snapshots().findByCycle("r1-trust-a-1")).isEmpty();
        assertThat(store.notifications().findByCycle("r1-trust-a-1")).extracting(Notification::id).isEmpty();
    }

    private List<Incident> incidents(long instance) {
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
    }
}
