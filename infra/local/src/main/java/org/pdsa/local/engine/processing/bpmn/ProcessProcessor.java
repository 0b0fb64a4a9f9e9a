package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/** The process itself: starts at its none start event and completes when nothing inside runs any more. */
final class ProcessProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        ExecutableElement start = instance.element().noneStartEvent();
        if (start == null) return Outcome.fail(Incident.Type.UNKNOWN, "the process has no none start event");
        context.bpmn().scopeActivated(instance);
        context.bpmn().activate(start, instance);
        return Outcome.WAIT;
    }

    @Override
    public Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        return Outcome.takeFlows(java.util.List.of());
    }
}
