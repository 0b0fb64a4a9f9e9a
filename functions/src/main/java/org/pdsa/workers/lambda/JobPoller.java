package org.pdsa.workers.lambda;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.pdsa.workers.CamundaJobs;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of a worker Lambda (DESIGN.md §3.3): activates jobs of its handler's type through the Camunda REST
 * API, handles them one by one and completes, fails or throws an error for each, and loops until no job is
 * waiting or the time left falls below the safety margin. Every activated job is settled before it returns:
 * handled, or handed back unhandled (a failure that keeps its retries, no backoff) when time runs out.
 */
public final class JobPoller {

    private static final Logger LOG = LoggerFactory.getLogger(JobPoller.class);
    /** Less time than this left for a poll and a job is not worth an activation. */
    private static final Duration SHORTEST_ROUND = Duration.ofSeconds(1);

    private final CamundaClient client;
    private final JobHandler handler;
    private final JobRunner runner;
    private final PollSettings settings;

    public JobPoller(CamundaClient client, JobHandler handler, JobRunner runner, PollSettings settings) {
        this.client = client;
        this.handler = handler;
        this.runner = runner;
        this.settings = settings;
    }

    public String jobType() {
        return handler.type();
    }

    /** Polls until done; {@code remainingMillis} is the invocation's time left (Lambda's context). */
    public PollSummary poll(LongSupplier remainingMillis) {
        Tally tally = new Tally();
        String stopped;
        while (true) {
            Duration usable = Duration.ofMillis(remainingMillis.getAsLong()).minus(settings.safetyMargin());
            if (usable.compareTo(SHORTEST_ROUND) < 0) {
                stopped = "time";
                break;
            }
            Duration timeout = shorter(settings.jobTimeout(), usable);
            List<ActivatedJob> jobs;
            try {
                jobs = client.newActivateJobsCommand().jobType(handler.type()).maxJobsToActivate(settings.maxJobs())
                        .timeout(timeout).workerName(settings.workerName())
                        .requestTimeout(waitAtMost(settings.requestTimeout(), usable.dividedBy(2)))
                        .send().join().getJobs();
            } catch (RuntimeException e) {
                LOG.warn("activating {} jobs failed", handler.type(), e);
                stopped = "activation-failed: " + e.getMessage();
                break;
            }
            if (jobs.isEmpty()) {
                stopped = "no-jobs";
                break;
            }
            tally.activated += jobs.size();
            for (ActivatedJob job : jobs) {
                if (remainingMillis.getAsLong() <= settings.safetyMargin().toMillis()) {
                    release(job, tally);
                } else {
                    handle(job, timeout, tally);
                }
            }
        }
        PollSummary summary = new PollSummary(handler.type(), tally.activated, tally.completed, tally.failed, tally.errors,
                tally.released, tally.refused, stopped);
        LOG.info("{}", summary);
        return summary;
    }

    private void handle(ActivatedJob activated, Duration timeout, Tally tally) {
        JobOutcome outcome;
        try {
            outcome = runner.run(handler, CamundaJobs.toJob(activated, timeout));
        } catch (RuntimeException e) {
            // unreadable variables: JobRunner never saw the job
            outcome = new JobOutcome.Fail("job could not be read: " + e.getMessage(), 0, Duration.ZERO);
        }
        try {
            CamundaJobs.send(client, activated.getKey(), outcome);
            if (outcome instanceof JobOutcome.Complete) {
                tally.completed++;
            } else if (outcome instanceof JobOutcome.BpmnError) {
                tally.errors++;
            } else {
                tally.failed++;
            }
        } catch (RuntimeException e) {
            LOG.warn("the engine refused the outcome of job {}: {}", activated.getKey(), e.getMessage());
            tally.refused++;
        }
    }

    private void release(ActivatedJob job, Tally tally) {
        try {
            CamundaJobs.release(client, job, "the " + handler.type() + " Lambda ran out of time");
            tally.released++;
        } catch (RuntimeException e) {
            // the job returns to the pool when its (short) timeout ends
            LOG.warn("could not release job {}: {}", job.getKey(), e.getMessage());
            tally.refused++;
        }
    }

    /** A long poll within half the usable time; no wait ({@link PollSettings#NO_WAIT}) stays no wait. */
    private static Duration waitAtMost(Duration requestTimeout, Duration limit) {
        return requestTimeout.isNegative() ? requestTimeout : shorter(requestTimeout, limit);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Counts of one invocation. */
    private static final class Tally {
        int activated;
        int completed;
        int failed;
        int errors;
        int released;
        int refused;
    }
}
