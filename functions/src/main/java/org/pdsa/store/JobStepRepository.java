package org.pdsa.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Job-step records, so a redelivered job changes nothing twice: a worker looks its step up first and, when
 * it is recorded, completes with the recorded outcome; otherwise it does its (idempotent) writes and then
 * records the step, conditionally. Steps keyed by cycle sit in the cycle's partition.
 */
public final class JobStepRepository {

    static final String KIND = "job-step";

    private final Table table;

    JobStepRepository(Table table) {
        this.table = table;
    }

    public Optional<JobStep> find(StepKey key) {
        return table.get(table.documents, Table.key(key.partition(), key.sort())).map(item -> item.value(JobStep.class));
    }

    /**
     * Records the step once. Returns the created record, or the one an earlier delivery recorded (whose
     * outcome then stands: the outcome passed now is not written).
     */
    public Written<JobStep> record(StepKey key, String outcome, Instant at) {
        JobStep step = new JobStep(key, outcome, at);
        DocumentItem item = DocumentItem.of(KIND, key.partition(), key.sort(), step);
        return table.putIfAbsent(table.documents, item)
                .map(found -> new Written<>(Written.Outcome.ALREADY_PRESENT, found.value(JobStep.class)))
                .orElseGet(() -> new Written<>(Written.Outcome.CREATED, step));
    }
}
