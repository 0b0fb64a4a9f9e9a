package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Job;

/** {@code PATCH /v2/jobs/{key}}: new retries and/or a new timeout (from now) for an activated job. */
public final class UpdateJobProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        JobCommands.Update request = (JobCommands.Update) command.payload();
        JobCommands.Update.Changeset changes = request.changeset();
        if (changes == null || (changes.retries() == null && changes.timeout() == null)) {
            context.reject(Rejection.invalidArgument("Expected a changeset with 'retries' or 'timeout'"));
            return;
        }
        if (changes.retries() != null && changes.retries() < 1) {
            context.reject(Rejection.invalidArgument("Expected 'retries' to be at least 1, but was " + changes.retries()));
            return;
        }
        if (changes.timeout() != null && changes.timeout() < 0) {
            context.reject(Rejection.invalidArgument("Expected 'timeout' to be zero or positive, but was " + changes.timeout()));
            return;
        }
        Job job = context.state().jobs().get(command.key());
        if (job == null) {
            context.reject(Rejection.notFound("Expected to update job with key '" + command.key() + "', but no such job was found"));
            return;
        }
        if (changes.timeout() != null && job.state() != Job.State.ACTIVATED) {
            context.reject(Rejection.invalidState("Expected to update the timeout of job with key '" + command.key()
                    + "', but it is not activated"));
            return;
        }
        if (changes.retries() != null) context.jobs().updateRetries(job, changes.retries());
        if (changes.timeout() != null) context.jobs().updateTimeout(job, changes.timeout());
        context.respond(null);
    }
}
