package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/** Boundary event: activated only once its event occurred (see EventTrigger), so it passes straight on. */
final class BoundaryEventProcessor implements ElementProcessor {
    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        return Outcome.COMPLETE;
    }
}
