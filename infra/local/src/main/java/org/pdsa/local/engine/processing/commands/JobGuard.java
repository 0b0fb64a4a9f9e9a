package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Job;

/** The preconditions shared by the job commands: the job exists and is activatable or activated. */
final class JobGuard {
    private JobGuard() {}

    /** The job, or null after rejecting the command (404 unknown, 409 wrong state). */
    static Job workable(long key, String action, ProcessingContext context) {
        Job job = context.state().jobs().get(key);
        if (job == null) {
            context.reject(Rejection.notFound("Expected to " + action + " job with key '" + key + "', but no such job was found"));
            return null;
        }
        if (job.state() != Job.State.ACTIVATED && job.state() != Job.State.ACTIVATABLE) {
            context.reject(Rejection.invalidState("Expected to " + action + " job with key '" + key
                    + "', but it is in state '" + describe(job.state()) + "'"));
            return null;
        }
        return job;
    }

    static String describe(Job.State state) {
        return switch (state) {
            case FAILED_BACKOFF, FAILED -> "FAILED";
            case ERROR_THROWN -> "ERROR_THROWN";
            default -> state.name();
        };
    }
}
