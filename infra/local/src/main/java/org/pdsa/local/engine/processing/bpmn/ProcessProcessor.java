package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/** The process itself: starts at its none start event (or the timer/message start event that fired) and completes when nothing inside runs any more. */
final class ProcessProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        ExecutableElement start = TriggerData.startEvent(instance);
        if (start == null) return Outcome.fail(Incident.Type.UNKNOWN, "the process has no none start event");
        ElementInstance started = context.bpmn().activate(start, instance);
        TriggerData.applyVariables(started, TriggerData.take(instance), context);
        return Outcome.WAIT;
    }

    @Override
    public Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        return Outcome.takeFlows(java.util.List.of());
    }
}
