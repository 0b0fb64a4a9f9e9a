package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.ErrorDefinition;
import org.pdsa.local.engine.model.EventType;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * End events. None: ends its token; the flow scope completes when it was the last one. Error:
 * throws its error (the code may be FEEL) to the nearest catch event, else an
 * UNHANDLED_ERROR_EVENT incident. Terminate: terminates everything else in its flow scope, which
 * then completes (Zeebe completes rather than terminates the scope).
 */
final class EndEventProcessor implements ElementProcessor {
    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        if (instance.element().eventType() != EventType.ERROR) return Outcome.COMPLETE;
        ErrorDefinition error = instance.element().attribute(ErrorDefinition.KEY);
        EvalResult<String> code = context.expressions().evaluateString(error.errorCode(), instance);
        if (code.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, code.message());
        if (context.bpmn().catchError(instance, code.get(), null)) return Outcome.WAIT; // the catch ended this instance
        List<String> inReach = context.events().errorEventsInReach(instance, code.get());
        return Outcome.fail(Incident.Type.UNHANDLED_ERROR_EVENT, "Expected to throw an error event with the code '" + code.get()
                + "', but it was not caught. " + (inReach.isEmpty() ? "No error events are available in the scope."
                : "Available error events are " + inReach + "."));
    }

    @Override
    public Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        if (instance.element().eventType() == EventType.TERMINATE && instance.flowScope() != null) {
            for (ElementInstance sibling : instance.flowScope().children()) {
                if (sibling != instance) context.bpmn().terminate(sibling);
            }
        }
        return Outcome.TAKE_ALL_OUTGOING;
    }
}
