package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * Parallel gateway: takes every outgoing flow. As a join it is only activated once a token
 * arrived on each incoming flow ({@link GatewayJoins}).
 */
final class ParallelGatewayProcessor implements ElementProcessor {
    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        return Outcome.COMPLETE;
    }
}
