package org.pdsa.workers.lambda;

import java.time.Duration;

/**
 * How a Lambda poller asks for jobs: up to {@code maxJobs} per activation, each locked for at most
 * {@code jobTimeout} (never beyond the invocation's end, so a job of a killed invocation returns soon), how long
 * an activation may wait for a job when none is waiting ({@code requestTimeout}; negative: not at all, zero: the
 * server's default), and a {@code safetyMargin} before the Lambda's timeout in which no new work starts and
 * activated jobs are handed back.
 */
public record PollSettings(int maxJobs, Duration jobTimeout, Duration requestTimeout, Duration safetyMargin,
                           String workerName) {

    /** A {@code requestTimeout} that turns long polling off: the engine answers at once, with no job if none waits. */
    public static final Duration NO_WAIT = Duration.ofMillis(-1);

    /**
     * A scheduled poller does not wait for jobs: a wait is billed, and a job created after the answer is taken by
     * the next scheduled invocation, as it would be after any wait ended.
     */
    public static final PollSettings DEFAULTS = new PollSettings(10, Duration.ofMinutes(2), NO_WAIT,
            Duration.ofSeconds(10), "pdsa-lambda");

    public PollSettings {
        if (maxJobs < 1) {
            throw new IllegalArgumentException("maxJobs must be at least 1");
        }
    }

    public PollSettings withSafetyMargin(Duration margin) {
        return new PollSettings(maxJobs, jobTimeout, requestTimeout, margin, workerName);
    }

    public PollSettings withRequestTimeout(Duration timeout) {
        return new PollSettings(maxJobs, jobTimeout, timeout, safetyMargin, workerName);
    }

    public PollSettings withMaxJobs(int max) {
        return new PollSettings(max, jobTimeout, requestTimeout, safetyMargin, workerName);
    }
}
