package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.Job;

/**
 * Resolves an incident and retries what failed. A job incident needs retries left first (update
 * the job's retries, then resolve), as Camunda documents.
 */
public final class ResolveIncidentProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        Incident incident = context.state().incidents().get(command.key());
        if (incident == null) {
            context.reject(Rejection.notFound("Expected to resolve incident with key '" + command.key()
                    + "', but no such incident was found"));
            return;
        }
        if (incident.retry() == Incident.Retry.JOB) {
            Job job = context.state().jobs().get(incident.jobKey());
            if (job != null && job.retries() <= 0) {
                context.reject(Rejection.invalidState("Expected to resolve incident with key '" + command.key()
                        + "', but job with key '" + job.key() + "' has no retries left; update the job's retries first"));
                return;
            }
        }
        context.incidents().resolve(incident);
        context.respond(null);
    }
}
