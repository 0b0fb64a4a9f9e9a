package org.pdsa.local.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * One run of a function from two deployment packages back to back (A the baseline, B the candidate), so
 * that whatever the machine was doing at that moment weighs on both.
 */
public record ColdStartPair(String function, int run, ColdStartResult baseline, ColdStartResult candidate) {

    /** B's init + first event minus A's; empty when either run failed. */
    public Optional<Duration> coldResponseDifference() {
        return bothAnswered() ? Optional.of(candidate.coldResponse().minus(baseline.coldResponse())) : Optional.empty();
    }

    /** The same difference in CPU time of the function's JVM; empty when either run failed or had none. */
    public Optional<Duration> coldCpuDifference() {
        return bothAnswered() ? candidate.coldCpu().flatMap(b -> baseline.coldCpu().map(b::minus)) : Optional.empty();
    }

    private boolean bothAnswered() {
        return baseline.error().isEmpty() && candidate.error().isEmpty();
    }
}
