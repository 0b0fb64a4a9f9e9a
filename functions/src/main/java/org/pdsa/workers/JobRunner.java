package org.pdsa.workers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler on a job so that nothing escapes as an exception: a job that breaks the contract fails
 * without retries (an incident naming the problem); any other exception (DynamoDB throttling, a network
 * error, a lost optimistic-locking race) fails with one retry fewer and a backoff. Records handler times.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final int LONGEST_MESSAGE = 500;

    private final HandlerTimes times;

    public JobRunner(HandlerTimes times) {
        this.times = times;
    }

    public JobRunner() {
        this(new HandlerTimes());
    }

    public JobOutcome run(JobHandler handler, Job job) {
        long started = System.nanoTime();
        try {
            return handler.handle(job);
        } catch (JobInputException e) {
            LOG.warn("job {} ({} at {}) breaks the contract: {}", job.key(), job.type(), job.elementId(), e.getMessage());
            return JobOutcome.incident(shorten(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("job {} ({} at {}) failed, {} retries left", job.key(), job.type(), job.elementId(),
                    Math.max(0, job.retries() - 1), e);
            return JobOutcome.retry(job, shorten(describe(e)));
        } finally {
            times.record(handler.type(), System.nanoTime() - started);
        }
    }

    public HandlerTimes times() {
        return times;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String shorten(String message) {
        return message.length() <= LONGEST_MESSAGE ? message : message.substring(0, LONGEST_MESSAGE - 3) + "...";
    }
}
