package org.pdsa.local.engine.processing.events;

import java.util.Map;
import org.pdsa.local.engine.model.CatchEventDefinition;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.bpmn.TriggerData;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementState;
import org.pdsa.local.engine.state.EventSubscription;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * What happens when an awaited event occurs, per kind of catch event: an interrupting boundary
 * event terminates its activity and continues after itself, a non-interrupting one runs beside
 * it; an event sub-process start (interrupting: after terminating everything else in its scope);
 * a catch event or receive task completes; an event-based gateway completes towards the event
 * that occurred; a start event creates a process instance. The event's variables go to the
 * triggered event (locally when it has output mappings, else merged upwards), as Zeebe documents.
 */
final class EventTrigger {
    private final ProcessingContext context;
    private final EventSubscriber subscriber;

    EventTrigger(ProcessingContext context, EventSubscriber subscriber) {
        this.context = context;
        this.subscriber = subscriber;
    }

    /** Whether the subscription's owner can take the event now (it runs and is not in the middle of leaving). */
    static boolean canTrigger(EventSubscription subscription) {
        ElementInstance owner = subscription.owner();
        return owner == null || owner.state() == ElementState.ACTIVATED;
    }

    /** Triggers the subscription's catch event; returns the process instance that got the event, or null when it could not. */
    ProcessInstance trigger(EventSubscription subscription, Map<String, Object> variables) {
        if (!canTrigger(subscription)) return null;
        ExecutableElement event = subscription.catchEvent();
        ElementInstance owner = subscription.owner();
        if (owner == null) return startInstance(subscription.definition(), event, variables, null);
        ProcessInstance processInstance = owner.processInstance();
        switch (event.type()) {
            case BOUNDARY_EVENT -> boundary(subscription, owner, event, variables);
            case START_EVENT -> eventSubProcess(subscription, owner, event, variables);
            default -> {
                if (owner.element() == event) catchEvent(owner, variables);
                else gateway(owner, event, variables);
            }
        }
        context.bpmn().run();
        return processInstance;
    }

    private void boundary(EventSubscription subscription, ElementInstance activity, ExecutableElement event, Map<String, Object> variables) {
        ElementInstance scope = activity.flowScope();
        if (isInterrupting(event)) {
            context.bpmn().terminate(activity);
        } else if (subscription.kind() == EventSubscription.Kind.TIMER) {
            subscriber.rescheduleOrClose(subscription);
        }
        activateWithVariables(event, scope, variables);
    }

    private void eventSubProcess(EventSubscription subscription, ElementInstance scope, ExecutableElement start,
                                 Map<String, Object> variables) {
        if (isInterrupting(start)) {
            interruptScope(scope);
        } else if (subscription.kind() == EventSubscription.Kind.TIMER) {
            subscriber.rescheduleOrClose(subscription);
        }
        startEventSubProcess(scope, start, variables);
    }

    /** An interrupting event sub-process: no other event sub-process of the scope may start, everything in it ends. */
    void interruptScope(ElementInstance scope) {
        subscriber.closeOwned(scope, s -> s.catchEvent().type() == ElementType.START_EVENT);
        for (ElementInstance child : scope.children()) context.bpmn().terminate(child);
    }

    /** Activates the event sub-process of {@code start} in {@code scope}; its processor starts it at that start event. */
    void startEventSubProcess(ElementInstance scope, ExecutableElement start, Map<String, Object> variables) {
        ElementInstance eventSubProcess = context.bpmn().activate(start.flowScope(), scope);
        eventSubProcess.setFamilyData(TriggerData.of(start.id(), variables));
    }

    private void catchEvent(ElementInstance event, Map<String, Object> variables) {
        subscriber.closeOwned(event, s -> true);
        applyVariables(event, variables);
        context.bpmn().complete(event);
    }

    private void gateway(ElementInstance gateway, ExecutableElement event, Map<String, Object> variables) {
        subscriber.closeOwned(gateway, s -> true); // first event wins: the others can no longer fire
        gateway.setFamilyData(TriggerData.of(event.id(), variables));
        context.bpmn().complete(gateway);
    }

    /** Activates a catch event in a scope with the event's variables applied to it. */
    ElementInstance activateWithVariables(ExecutableElement event, ElementInstance scope, Map<String, Object> variables) {
        ElementInstance instance = context.bpmn().activate(event, scope);
        applyVariables(instance, variables);
        return instance;
    }

    /** Creates a process instance at a timer or message start event. */
    ProcessInstance startInstance(ProcessDefinition definition, ExecutableElement startEvent, Map<String, Object> variables,
                                  String lockCorrelationKey) {
        ProcessInstance instance = context.bpmn().createProcessInstance(definition, null,
                TriggerData.of(startEvent.id(), variables));
        if (lockCorrelationKey != null && !lockCorrelationKey.isEmpty() && instance.state() == ProcessInstance.State.ACTIVE) {
            context.state().events().startLocks().lock(definition.bpmnProcessId(), lockCorrelationKey, instance.key());
        }
        return instance;
    }

    /** Zeebe's rule: with output mappings the variables are local to the event (the mappings decide); else they propagate. */
    void applyVariables(ElementInstance event, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) return;
        if (event.element().outputMappings().isEmpty()) context.variables().merge(event, variables);
        else context.variables().mergeLocal(event, variables);
    }

    static boolean isInterrupting(ExecutableElement event) {
        CatchEventDefinition definition = event.attribute(CatchEventDefinition.KEY);
        return definition == null || definition.interrupting();
    }
}
