package org.pdsa.local.engine.processing.commands;

import java.util.List;

/** Answer to a job activation request (possibly empty after the long poll timed out). */
public record ActivatedJobs(List<ActivatedJob> jobs) {
    public static final ActivatedJobs NONE = new ActivatedJobs(List.of());
}
