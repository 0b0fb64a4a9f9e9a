package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Job;

/**
 * A worker threw a BPMN error: the nearest matching error boundary event or error event
 * sub-process catches it ({@code BpmnBehavior#catchError}) and gets the worker's variables;
 * when nothing catches it, it becomes an UNHANDLED_ERROR_EVENT incident, as in Zeebe.
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
        java.util.Map<String, Object> variables = request.variables() == null ? java.util.Map.of() : request.variables();
        if (!context.bpmn().catchError(job.elementInstance(), request.errorCode(), request.errorMessage(), variables)) {
            context.variables().mergeLocal(job.elementInstance(), variables);
            context.jobs().errorNotCaught(job, request.errorCode(), request.errorMessage());
        }
        context.respond(null);
    }
}
