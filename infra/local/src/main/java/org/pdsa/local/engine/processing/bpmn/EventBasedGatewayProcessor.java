package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.ExecutableFlow;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Event-based gateway: subscribes to the events after it and waits; the first one to occur wins
 * (the others are closed), and the gateway continues to that event, which completes at once.
 */
final class EventBasedGatewayProcessor implements ElementProcessor {
    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        for (ExecutableFlow flow : instance.element().outgoing()) {
            EvalResult<Void> subscribed = context.events().subscribe(instance, flow.target());
            if (subscribed.failed()) {
                context.events().elementLeft(instance);
                return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, subscribed.message());
            }
        }
        return Outcome.WAIT;
    }

    @Override
    public Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        String eventId = TriggerData.eventId(instance);
        for (ExecutableFlow flow : instance.element().outgoing()) {
            if (flow.target().id().equals(eventId)) {
                Map<String, Object> variables = TriggerData.take(instance);
                ElementInstance event = context.bpmn().activate(flow.target(), instance.flowScope());
                TriggerData.applyVariables(event, variables, context);
                event.setFamilyData(CatchEventProcessor.TRIGGERED);
                return Outcome.takeFlows(List.of());
            }
        }
        return Outcome.fail(Incident.Type.UNKNOWN, "the event-based gateway completed without an event of its own ('" + eventId + "')");
    }
}
