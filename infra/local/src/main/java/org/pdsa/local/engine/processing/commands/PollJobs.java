package org.pdsa.local.engine.processing.commands;

import java.util.List;

/** Body of {@code POST /v2/jobs/activation} (a long poll; not journaled itself). */
public record PollJobs(String type, String worker, Long timeout, Integer maxJobsToActivate, List<String> fetchVariable,
                       Long requestTimeout, List<String> tenantIds) {

    public static PollJobs decode(byte[] body) {
        return CommandJson.read(body, PollJobs.class);
    }
}
