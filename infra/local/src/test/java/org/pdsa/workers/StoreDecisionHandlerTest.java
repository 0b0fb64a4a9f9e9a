package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.Decision;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.store.Store;
import org.pdsa.workers.fetch.FhirMeasureValues;

@ExtendWith(DynaliteExtension.class)
class StoreDecisionHandlerTest {

    private final JobRunner runner = new JobRunner();
    private Handlers handlers;

    /** Cycle r1-trust-a-1 fetched and analysed (four-hour improved, readmissions steady). */
    private void studied(Store store) {
        handlers = new Handlers(store);
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, WorkerFixtures.FOUR_HOUR_IMPROVED);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        Map<String, Object> v = WorkerFixtures.cycleVariables("trust-a");
        assertThat(runner.run(handlers.fetchMetrics(FhirMeasureValues.withDefaultClient()),
                WorkerFixtures.job(1, JobTypes.FETCH_METRICS, v))).isInstanceOf(JobOutcome.Complete.class);
        assertThat(runner.run(handlers.analyseMeasures(), WorkerFixtures.job(2, JobTypes.ANALYSE_MEASURES, v)))
                .isInstanceOf(JobOutcome.Complete.class);
    }

    @Test
    void shouldStoreTheDecisionWithItsEvidenceAndMarkTheCycleDecided(Store store) {
        // given
        studied(store);
        store.requestCounter().reset();
        Map<String, Object> v = WorkerFixtures.decisionVariables("trust-a", "adopt");
        v.put("decidedBy", "alice");
        // when
        JobOutcome outcome = runner.run(handlers.storeDecision(), WorkerFixtures.job(3, JobTypes.STORE_DECISION, v));
        // then: one query of the cycle's partition (record and snapshots), conditional put of the decision,
        // versioned put of the cycle
        assertThat(store.requestCounter().counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Query", 1L, "PutItem", 2L));
        assertThat(outcome).isEqualTo(new JobOutcome.Complete(Map.of("decisionId", "r1-trust-a-1")));
        Decision decision = store.decisions().findByCycle("r1-trust-a-1").orElseThrow();
        assertThat(decision.act()).isEqualTo(Act.ADOPT);
        assertThat(decision.runId()).isEqualTo("r1");
        assertThat(decision.changeIdea()).isEqualTo("Senior review at the front door");
        assertThat(decision.decidedAt()).isEqualTo(WorkerFixtures.NOW);
        assertThat(decision.decidedBy()).isEqualTo("alice");
        assertThat(decision.notes().learning()).isEqualTo("Senior review at the door speeds up decisions");
        assertThat(decision.notes().surprises()).isNull();
        assertThat(decision.evidence()).extracting(MeasureEvidence::measureId).containsExactly("four-hour", "readmissions");
        MeasureEvidence fourHour = decision.evidence().get(0);
        assertThat(fourHour.series()).hasSize(20);
        assertThat(fourHour.spcResultJson()).contains("\"verdict\":\"improvement\"", "\"predictionMet\":true", "\"segments\"");
        assertThat(fourHour.prediction().change()).isEqualTo(ExpectedChange.INCREASE);
        assertThat(fourHour.prediction().statement()).isEqualTo("Four-hour performance rises by ten points");
        assertThat(decision.evidence().get(1).prediction()).isNull();
        Cycle cycle = store.cycles().find("r1-trust-a-1").orElseThrow().value();
        assertThat(cycle.status()).isEqualTo(CycleStatus.ADOPTED);
        assertThat(cycle.decision()).isEqualTo(decision);
        assertThat(cycle.plan().testWindow().start()).isEqualTo(WorkerFixtures.TEST_START);
        assertThat(cycle.plan().baseline().start()).isEqualTo(WorkerFixtures.TEST_START.minusWeeks(12));
        assertThat(cycle.timeline()).extracting(TimelineEntry::event).containsExactly("recorded", "studied", "decided");
        assertThat(cycle.timeline().get(2).actor()).isEqualTo("alice");
    }

    @Test
    void shouldNameTheProvidersLeadsWhenTheTaskDidNotSayWhoDecided(Store store) {
        // given a process whose completion set no decidedBy
        studied(store);
        // when
        runner.run(handlers.storeDecision(),
                WorkerFixtures.job(3, JobTypes.STORE_DECISION, WorkerFixtures.decisionVariables("trust-a", "adopt")));
        // then
        assertThat(store.decisions().findByCycle("r1-trust-a-1").orElseThrow().decidedBy()).isEqualTo("leads of trust-a");
    }

    @Test
    void shouldStoreOneDecisionWhenTheJobIsRedelivered(Store store) {
        // given the decision was stored but the completion was lost
        studied(store);
        JobOutcome first = runner.run(handlers.storeDecision(),
                WorkerFixtures.job(3, JobTypes.STORE_DECISION, WorkerFixtures.decisionVariables("trust-a", "adopt")));
        Decision stored = store.decisions().findByCycle("r1-trust-a-1").orElseThrow();
        long version = store.cycles().find("r1-trust-a-1").orElseThrow().version();
        // when the job comes again, later by the engine's clock
        Job again = WorkerFixtures.job(3, JobTypes.STORE_DECISION, WorkerFixtures.decisionVariables("trust-a", "adopt"));
        again = new Job(again.key(), again.type(), again.processInstanceKey(), again.elementId(), again.variables(),
                again.headers(), again.retries(), WorkerFixtures.NOW.plusSeconds(600));
        store.requestCounter().reset();
        JobOutcome second = runner.run(handlers.storeDecision(), again);
        // then the same decisionId, the first decision kept, the cycle untouched: one read, nothing written
        assertThat(second).isEqualTo(first);
        assertThat(store.requestCounter().counts()).containsExactlyInAnyOrderEntriesOf(Map.of("Query", 1L));
        assertThat(store.decisions().findByProgramme("flow")).containsExactly(stored);
        assertThat(store.cycles().find("r1-trust-a-1").orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void shouldRaiseAnIncidentForADecisionOutsideTheContract(Store store) {
        // given
        studied(store);
        // when
        JobOutcome outcome = runner.run(handlers.storeDecision(),
                WorkerFixtures.job(3, JobTypes.STORE_DECISION, WorkerFixtures.decisionVariables("trust-a", "postpone")));
        // then
        assertThat(outcome).isEqualTo(new JobOutcome.Fail("variable 'decision' must be one of adopt|adapt|abandon, got 'postpone'",
                0, Duration.ZERO));
        assertThat(store.decisions().findByCycle("r1-trust-a-1")).isEmpty();
    }

    @Test
    void shouldRefusePatientDataInTheStudyNotes(Store store) {
        // given the learning names an NHS number (the API checks forms; the worker checks again before storing)
        studied(store);
        Map<String, Object> v = WorkerFixtures.decisionVariables("trust-a", "adapt");
        v.put("learning", "The patient 943 476 5919 waited longest");
        // when
        JobOutcome outcome = runner.run(handlers.storeDecision(), WorkerFixtures.job(3, JobTypes.STORE_DECISION, v));
        // then
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
            assertThat(f.retriesLeft()).isZero();
            assertThat(f.message()).startsWith("the decision cannot be stored: notes.learning");
        });
        assertThat(store.decisions().findByCycle("r1-trust-a-1")).isEmpty();
    }
}
