package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.JobDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.Job;

/** Service task: creates a job and waits until a worker completes it (see CompleteJobProcessor). */
final class ServiceTaskProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        JobDefinition definition = instance.element().attribute(JobDefinition.KEY);
        EvalResult<Job> job = context.jobs().create(instance, definition);
        if (job.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, job.message());
        return Outcome.WAIT;
    }

    @Override
    public void onTerminate(ElementInstance instance, ProcessingContext context) {
        context.jobs().cancelFor(instance);
    }
}
