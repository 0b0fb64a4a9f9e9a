package org.pdsa.workers;

import java.time.Duration;

/**
 * How long a failed job waits before the engine offers it again: 2 s, 4 s, 8 s... doubling as its retries
 * run out (a task with the contract's 3 retries waits 2 s, then 4 s), at most a minute, which rides out
 * DynamoDB throttling and brief outages without holding a cycle up for long.
 */
final class Backoff {

    static final int CONTRACT_RETRIES = 3;
    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration LONGEST = Duration.ofMinutes(1);

    private Backoff() {
    }

    static Duration after(int retriesBeforeFailure) {
        int failuresSoFar = Math.max(0, CONTRACT_RETRIES - retriesBeforeFailure);
        Duration wait = FIRST.multipliedBy(1L << Math.min(failuresSoFar, 5));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
