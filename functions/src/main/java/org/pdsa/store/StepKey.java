package org.pdsa.store;

/**
 * What makes a job's work "the same work" when it is redelivered: either the cycle and the step
 * (e.g. {@code store-decision} of cycle c-1) or the engine's job key.
 */
public record StepKey(String cycleId, String step, Long jobKey) {

    public static StepKey ofCycleStep(String cycleId, String step) {
        return new StepKey(cycleId, step, null);
    }

    public static StepKey ofJob(long jobKey) {
        return new StepKey(null, null, jobKey);
    }

    String partition() {
        return jobKey != null ? Keys.job(jobKey) : Keys.cycle(cycleId);
    }

    String sort() {
        return jobKey != null ? "STEP" : Keys.step(step);
    }
}
