package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.MeasureStudy;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.spc.Verdict;
import org.pdsa.store.Store;
import org.pdsa.workers.fetch.FhirMeasureValues;

@ExtendWith(DynaliteExtension.class)
class AnalyseMeasuresHandlerTest {

    private final JobRunner runner = new JobRunner();
    /** Built once per test, as once per container: the handlers share the programme lookup. */
    private Handlers handlers;

    /** trust-a's values fetched for cycle r1-trust-a-1: four-hour improved, readmissions as given. */
    private void fetched(Store store, double[] readmissionsTest) {
        handlers = new Handlers(store);
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, WorkerFixtures.FOUR_HOUR_IMPROVED);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE, readmissionsTest);
        JobOutcome fetch = runner.run(handlers.fetchMetrics(FhirMeasureValues.withDefaultClient()),
                WorkerFixtures.job(1, JobTypes.FETCH_METRICS, WorkerFixtures.cycleVariables("trust-a")));
        assertThat(fetch).isInstanceOf(JobOutcome.Complete.class);
    }

    @Test
    void shouldStoreTheStudiesOnTheCycleAndCompleteWithCompactVerdicts(Store store) {
        // given
        fetched(store, WorkerFixtures.READMISSIONS_STEADY);
        store.requestCounter().reset();
        // when
        JobOutcome outcome = runner.run(handlers.analyseMeasures(),
                WorkerFixtures.job(2, JobTypes.ANALYSE_MEASURES, WorkerFixtures.cycleVariables("trust-a")));
        // then the programme is known from the fetch (same container): one query of the cycle's partition (its
        // record and snapshots), a conditional put
        assertThat(store.requestCounter().counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Query", 1L, "PutItem", 1L));
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.Complete.class, c -> {
            assertThat(c.variables()).containsOnlyKeys("verdicts", "verdictSummary", "balancingConcern");
            assertThat(c.variables().get("balancingConcern")).isEqualTo(false);
            assertThat((List<?>) c.variables().get("verdicts")).hasSize(2);
            assertThat(c.variables().get("verdictSummary")).isEqualTo(
                    "Seen within 4 hours (outcome): special cause improvement; predicted improvement: met\n"
                            + "Readmitted within 7 days (balancing): no signal: common cause variation; predicted no concern: met");
        });
        Cycle cycle = store.cycles().find("r1-trust-a-1").orElseThrow().value();
        assertThat(cycle.status()).isEqualTo(CycleStatus.STUDYING);
        assertThat(cycle.programmeId()).isEqualTo("flow");
        assertThat(cycle.number()).isEqualTo(1);
        assertThat(cycle.study()).extracting(MeasureStudy::measureId, MeasureStudy::verdict).containsExactly(
                tuple("four-hour", Verdict.IMPROVEMENT),
                tuple("readmissions", Verdict.NO_SIGNAL));
        assertThat(cycle.study().get(0).analysisJson()).contains("\"segments\"").contains("\"variationIcon\":\"improvement\"");
        assertThat(cycle.timeline()).extracting(TimelineEntry::event).containsExactly("recorded", "studied");
        assertThat(cycle.timeline().get(1).at()).isEqualTo(WorkerFixtures.NOW);
    }

    @Test
    void shouldFlagABalancingConcern(Store store) {
        // given readmissions rose during the test
        fetched(store, WorkerFixtures.READMISSIONS_WORSE);
        // when
        JobOutcome outcome = runner.run(handlers.analyseMeasures(),
                WorkerFixtures.job(2, JobTypes.ANALYSE_MEASURES, WorkerFixtures.cycleVariables("trust-a")));
        // then
        assertThat(((JobOutcome.Complete) outcome).variables()).containsEntry("balancingConcern", true);
        assertThat(store.cycles().find("r1-trust-a-1").orElseThrow().value().study().get(1).humanReviewNeeded()).isTrue();
    }

    @Test
    void shouldWriteNothingWhenTheJobIsRedelivered(Store store) {
        // given the job ran once
        fetched(store, WorkerFixtures.READMISSIONS_STEADY);
        Job job = WorkerFixtures.job(2, JobTypes.ANALYSE_MEASURES, WorkerFixtures.cycleVariables("trust-a"));
        JobOutcome first = runner.run(handlers.analyseMeasures(), job);
        long version = store.cycles().find("r1-trust-a-1").orElseThrow().version();
        store.requestCounter().reset();
        // when it comes again (a worker crashed before completing it), an hour later by the engine's clock
        Job again = new Job(job.key(), job.type(), job.processInstanceKey(), job.elementId(), job.variables(), job.headers(),
                job.retries(), job.now().plusSeconds(3600));
        JobOutcome second = runner.run(handlers.analyseMeasures(), again);
        // then the same verdicts, and only reads
        assertThat(second).isEqualTo(first);
        assertThat(store.requestCounter().counts()).doesNotContainKeys("PutItem", "BatchWriteItem", "UpdateItem");
        assertThat(store.cycles().find("r1-trust-a-1").orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void shouldUpdateACycleTheApiRecorded(Store store) {
        // given the API recorded the cycle when it was started
        fetched(store, WorkerFixtures.READMISSIONS_STEADY);
        store.cycles().create(Cycle.started("r1-trust-a-1", "flow", "trust-a", 1,
                new TimelineEntry(WorkerFixtures.NOW.minusSeconds(86_400 * 60), "cycle-started", null, "lead-1")));
        // when
        runner.run(handlers.analyseMeasures(),
                WorkerFixtures.job(2, JobTypes.ANALYSE_MEASURES, WorkerFixtures.cycleVariables("trust-a")));
        // then
        Cycle cycle = store.cycles().find("r1-trust-a-1").orElseThrow().value();
        assertThat(cycle.timeline()).extracting(TimelineEntry::event).containsExactly("cycle-started", "studied");
        assertThat(cycle.study()).hasSize(2);
    }

    @Test
    void shouldRaiseAnIncidentWhenTheCycleIdBelongsToAnotherProvider(Store store) {
        // given
        fetched(store, WorkerFixtures.READMISSIONS_STEADY);
        store.cycles().create(Cycle.started("r1-trust-a-1", "flow", "trust-b", 1,
                new TimelineEntry(WorkerFixtures.NOW, "cycle-started", null, "lead-1")));
        // when
        JobOutcome outcome = runner.run(handlers.analyseMeasures(),
                WorkerFixtures.job(2, JobTypes.ANALYSE_MEASURES, WorkerFixtures.cycleVariables("trust-a")));
        // then
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
            assertThat(f.retriesLeft()).isZero();
            assertThat(f.message()).contains("cycle 'r1-trust-a-1' is recorded for programme 'flow', provider 'trust-b'");
        });
    }
}
