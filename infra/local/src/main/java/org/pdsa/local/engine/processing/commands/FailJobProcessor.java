package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Job;

/** A worker failed the job: retry (after the back-off) while retries remain, else an incident. */
public final class FailJobProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        JobCommands.Fail request = (JobCommands.Fail) command.payload();
        if (request.retries() == null) {
            context.reject(Rejection.invalidArgument("Expected a value for 'retries' when failing a job"));
            return;
        }
        long backOff = request.retryBackOff() == null ? 0 : request.retryBackOff();
        if (backOff < 0) {
            context.reject(Rejection.invalidArgument("Expected 'retryBackOff' to be zero or positive, but was " + backOff));
            return;
        }
        Job job = JobGuard.workable(command.key(), "fail", context);
        if (job == null) return;
        // variables given with a failure are set locally on the job's element, as Zeebe does
        context.variables().mergeLocal(job.elementInstance(), request.variables());
        context.jobs().fail(job, request.retries(), request.errorMessage(), backOff);
        context.respond(null);
    }
}
