package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Event sub-process: activated when its start event's timer, message or error occurred in the
 * enclosing scope (see EventTrigger / ErrorCatcher); starts at that start event with the event's
 * variables and completes when nothing inside runs any more.
 */
final class EventSubProcessProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        ExecutableElement start = null;
        for (ExecutableElement child : instance.element().children()) {
            if (child.type() == ElementType.START_EVENT) start = child;
        }
        if (start == null) return Outcome.fail(Incident.Type.UNKNOWN, "the event sub-process has no start event");
        ElementInstance started = context.bpmn().activate(start, instance);
        TriggerData.applyVariables(started, TriggerData.take(instance), context);
        return Outcome.WAIT;
    }
}
