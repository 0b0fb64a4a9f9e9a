package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.notify.OutboxChannel;
import org.pdsa.store.Store;
import org.pdsa.workers.fetch.FhirMeasureValues;

/**
 * The workers' share of the ≤ 25 DynamoDB requests per completed cycle: every job one cycle runs (fetch,
 * analyse, three notifications, store-decision), through one set of handlers as a container holds them. With the
 * outbox channel a notification is one batch write (no read of the outbox first).
 */
@ExtendWith(DynaliteExtension.class)
class WorkerCycleRequestsTest {

    @Test
    void shouldRunACyclesJobsInElevenDynamoDbRequests(Store store) {
        // given a registered programme with trust-a's values, and a fresh container's handlers
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, WorkerFixtures.FOUR_HOUR_IMPROVED);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        Handlers handlers = new Handlers(store);
        JobRunner runner = new JobRunner();
        Map<String, Object> v = WorkerFixtures.cycleVariables("trust-a");
        store.requestCounter().reset();
        Map<String, Long> perStep = new LinkedHashMap<>();
        // when
        step(perStep, store, "fetch-metrics", runner.run(handlers.fetchMetrics(FhirMeasureValues.withDefaultClient()),
                WorkerFixtures.job(1, JobTypes.FETCH_METRICS, v)));
        step(perStep, store, "notify cycle-started", notify(handlers, runner, 2, "cycle-started", "participants", v));
        step(perStep, store, "analyse-measures", runner.run(handlers.analyseMeasures(),
                WorkerFixtures.job(3, JobTypes.ANALYSE_MEASURES, v)));
        step(perStep, store, "notify study-ready", notify(handlers, runner, 4, "study-ready", "leads", v));
        step(perStep, store, "store-decision", runner.run(handlers.storeDecision(),
                WorkerFixtures.job(5, JobTypes.STORE_DECISION, WorkerFixtures.decisionVariables("trust-a", "adopt"))));
        step(perStep, store, "notify decision-made", notify(handlers, runner, 6, "decision-made", "participants", v));
        // then
        System.out.println("DynamoDB requests per step: " + perStep);
        System.out.println("handler times: " + runner.times().snapshot());
        // fetch: programme read, one query for both measures, batch write; analyse and store-decision read the
        // cycle and its snapshots in one query
        assertThat(perStep).containsExactly(Map.entry("fetch-metrics", 3L), Map.entry("notify cycle-started", 1L),
                Map.entry("analyse-measures", 2L), Map.entry("notify study-ready", 1L), Map.entry("store-decision", 3L),
                Map.entry("notify decision-made", 1L));
        assertThat(perStep.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(11);
    }

    private static JobOutcome notify(Handlers handlers, JobRunner runner, long key, String event, String audience,
                                     Map<String, Object> v) {
        return runner.run(handlers.notifyParticipants(new OutboxChannel()), WorkerFixtures.job(key, JobTypes.NOTIFY_PARTICIPANTS,
                v, Map.of("event", event, "audience", audience), 3));
    }

    private static void step(Map<String, Long> perStep, Store store, String name, JobOutcome outcome) {
        assertThat(outcome).as(name).isInstanceOf(JobOutcome.Complete.class);
        perStep.put(name, store.requestCounter().total());
        store.requestCounter().reset();
    }
}
