package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Job;

/**
 * A worker threw a BPMN error. Catching it (error boundary events, error event sub-processes) is
 * the job of {@code BpmnBehavior#catchError}; until those elements exist nothing catches, so
 * the error becomes an UNHANDLED_ERROR_EVENT incident, as in Zeebe.
 */
public final class ThrowErrorProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        JobCommands.ThrowError request = (JobCommands.ThrowError) command.payload();
        if (request.errorCode() == null || request.errorCode().isBlank()) {
            context.reject(Rejection.invalidArgument("Expected a non-empty 'errorCode' when throwing an error for a job"));
            return;
        }
        Job job = JobGuard.workable(command.key(), "throw an error for", context);
        if (job == null) return;
        context.variables().mergeLocal(job.elementInstance(), request.variables());
        if (!context.bpmn().catchError(job.elementInstance(), request.errorCode(), request.errorMessage())) {
            context.jobs().errorNotCaught(job, request.errorCode(), request.errorMessage());
        }
        context.respond(null);
    }
}
