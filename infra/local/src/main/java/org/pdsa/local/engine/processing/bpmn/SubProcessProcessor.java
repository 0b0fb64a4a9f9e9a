package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Embedded sub-process: a variable scope of its own that starts at its none start event and
 * completes when nothing inside runs any more (the default {@code onChildrenEnded}). Without
 * output mappings its local variables stay inside (Zeebe's rule); terminating it terminates
 * everything inside ({@code BpmnBehavior.terminate}).
 */
final class SubProcessProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        ExecutableElement start = instance.element().noneStartEvent();
        if (start == null) return Outcome.fail(Incident.Type.UNKNOWN, "the sub-process has no none start event");
        context.bpmn().activate(start, instance);
        return Outcome.WAIT;
    }
}
