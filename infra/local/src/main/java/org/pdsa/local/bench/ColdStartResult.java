package org.pdsa.local.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * One fresh JVM's cold start: init (JVM start to the runtime's first {@code /next}), the first and
 * second event's round trips, and under SnapStart the time to the snapshot point. Wall-clock times,
 * plus the CPU time the function's JVM used until ready and until it answered the first event, which
 * stay comparable when the machine is busy.
 *
 * @param error why the run did not answer both events successfully; empty when it did
 */
public record ColdStartResult(String function, int run, Duration init, Duration firstEvent, Duration secondEvent,
                              Optional<Duration> snapshot, Optional<Duration> initCpu,
                              Optional<Duration> coldCpu, Optional<String> error) {

    /** Init plus the first event: what a caller waits for on a cold start. */
    public Duration coldResponse() {
        return init.plus(firstEvent);
    }

    static ColdStartResult failed(String function, int run, String error) {
        return new ColdStartResult(function, run, Duration.ZERO, Duration.ZERO, Duration.ZERO, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(error));
    }
}
