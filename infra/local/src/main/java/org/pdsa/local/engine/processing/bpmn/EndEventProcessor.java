package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/** None end event: ends its token; the flow scope completes when it was the last one. */
final class EndEventProcessor implements ElementProcessor {
    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        return Outcome.COMPLETE;
    }
}
