package org.pdsa.workers.lambda;

import java.time.Duration;

/**
 * How a Lambda poller asks for jobs: up to {@code maxJobs} per activation, each locked for at most
 * {@code jobTimeout} (never beyond the invocation's end, so a job of a killed invocation returns soon), a
 * short long-poll ({@code requestTimeout}: billed time spent waiting), and a {@code safetyMargin} before
 * the Lambda's timeout in which no new work starts and activated jobs are handed back.
 */
public record PollSettings(int maxJobs, Duration jobTimeout, Duration requestTimeout, Duration safetyMargin,
                           String workerName) {

    public static final PollSettings DEFAULTS = new PollSettings(10, Duration.ofMinutes(2), Duration.ofSeconds(2),
            Duration.ofSeconds(10), "pdsa-lambda");

    public PollSettings {
        if (maxJobs < 1) {
            throw new IllegalArgumentException("maxJobs must be at least 1");
        }
    }

    public PollSettings withSafetyMargin(Duration margin) {
        return new PollSettings(maxJobs, jobTimeout, requestTimeout, margin, workerName);
    }

    public PollSettings withMaxJobs(int max) {
        return new PollSettings(max, jobTimeout, requestTimeout, safetyMargin, workerName);
    }
}
