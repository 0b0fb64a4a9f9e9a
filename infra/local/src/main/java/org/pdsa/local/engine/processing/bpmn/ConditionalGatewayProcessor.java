package org.pdsa.local.engine.processing.bpmn;

import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.ExecutableFlow;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Exclusive and inclusive gateways: the exclusive one takes the first outgoing flow (in document order) whose
 * condition is true, the inclusive one every such flow; else the default flow; with neither, an incident. A
 * condition that fails or is not boolean is an incident too. An inclusive join is activated by
 * {@link GatewayJoins}.
 */
final class ConditionalGatewayProcessor implements ElementProcessor {

    private final boolean firstTrueOnly;

    private ConditionalGatewayProcessor(boolean firstTrueOnly) {
        this.firstTrueOnly = firstTrueOnly;
    }

    static ConditionalGatewayProcessor exclusive() {
        return new ConditionalGatewayProcessor(true);
    }

    static ConditionalGatewayProcessor inclusive() {
        return new ConditionalGatewayProcessor(false);
    }

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        return Outcome.COMPLETE;
    }

    @Override
    public Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        ExecutableElement gateway = instance.element();
        List<ExecutableFlow> outgoing = gateway.outgoing();
        if (outgoing.size() == 1 && outgoing.get(0).condition() == null) return Outcome.takeFlows(outgoing);
        List<ExecutableFlow> taken = new ArrayList<>(firstTrueOnly ? 1 : outgoing.size());
        for (ExecutableFlow flow : outgoing) {
            if (flow == gateway.defaultFlow() || flow.condition() == null) continue;
            EvalResult<Boolean> condition = context.expressions().evaluateBoolean(flow.condition(), instance);
            if (condition.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, condition.message());
            if (condition.get()) {
                taken.add(flow);
                if (firstTrueOnly) break;
            }
        }
        if (!taken.isEmpty()) return Outcome.takeFlows(taken);
        if (gateway.defaultFlow() != null) return Outcome.takeFlows(List.of(gateway.defaultFlow()));
        return Outcome.fail(Incident.Type.CONDITION_ERROR,
                "Expected at least one condition to evaluate to true, or to have a default flow");
    }
}
