package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.ExecutableFlow;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Exclusive gateway: takes the first outgoing flow (in document order) whose condition is true,
 * else the default flow; with neither, an incident. A condition that fails or is not boolean is
 * an incident too.
 */
final class ExclusiveGatewayProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        return Outcome.COMPLETE;
    }

    @Override
    public Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        ExecutableElement gateway = instance.element();
        List<ExecutableFlow> outgoing = gateway.outgoing();
        if (outgoing.size() == 1 && outgoing.get(0).condition() == null) return Outcome.takeFlows(outgoing);
        for (ExecutableFlow flow : outgoing) {
            if (flow == gateway.defaultFlow() || flow.condition() == null) continue;
            EvalResult<Boolean> condition = context.expressions().evaluateBoolean(flow.condition(), instance);
            if (condition.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, condition.message());
            if (condition.get()) return Outcome.takeFlows(List.of(flow));
        }
        if (gateway.defaultFlow() != null) return Outcome.takeFlows(List.of(gateway.defaultFlow()));
        return Outcome.fail(Incident.Type.CONDITION_ERROR,
                "Expected at least one condition to evaluate to true, or to have a default flow");
    }
}
