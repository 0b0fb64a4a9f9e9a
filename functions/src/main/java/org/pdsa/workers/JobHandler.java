package org.pdsa.workers;

/**
 * The work behind one job type of the contract (workflows/README.md): job variables and headers in, an
 * outcome out. The AWS poller and the local job workers are adapters around the same handlers.
 */
public interface JobHandler {

    /** The job type, e.g. {@code pdsa.fetch-metrics}. */
    String type();

    /**
     * Handles one job. Expected business results are outcomes (complete, BPMN error); a technical problem may
     * be thrown and {@link JobRunner} turns it into a failure with retries and backoff.
     */
    JobOutcome handle(Job job);
}
