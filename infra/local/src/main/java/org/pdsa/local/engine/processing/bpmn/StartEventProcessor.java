package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/** None start event: passes straight through. */
final class StartEventProcessor implements ElementProcessor {
    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        return Outcome.COMPLETE;
    }
}
