package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Job;

/**
 * Completes a job and its element: the job's variables become local to the element when it has
 * output mappings (which then decide what reaches the flow scope), otherwise they propagate
 * upwards from the element (Zeebe's rule).
 */
public final class CompleteJobProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        Job job = JobGuard.workable(command.key(), "complete", context);
        if (job == null) return;
        JobCommands.Complete request = (JobCommands.Complete) command.payload();
        ElementInstance element = job.elementInstance();
        context.jobs().remove(job);
        if (element.element().outputMappings().isEmpty()) context.variables().merge(element, request.variables());
        else context.variables().mergeLocal(element, request.variables());
        context.bpmn().complete(element);
        context.respond(null);
    }
}
