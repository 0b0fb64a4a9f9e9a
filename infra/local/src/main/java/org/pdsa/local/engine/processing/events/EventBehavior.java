package org.pdsa.local.engine.processing.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.EventScope;
import org.pdsa.local.engine.model.EventType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.MessageDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EventSubscription;
import org.pdsa.local.engine.state.EventSubscriptions;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timers, messages and errors for the rest of the engine: the hooks the element lifecycle calls
 * (any element activating opens the subscriptions of its boundary events and event
 * sub-processes, any element ending closes what it owns), the due-date handlers, deployment of
 * timer and message start events, error catching, and message correlation.
 */
public final class EventBehavior {
    private static final Logger LOG = LoggerFactory.getLogger(EventBehavior.class);

    private final ProcessingContext context;
    private final EventSubscriber subscriber;
    private final EventTrigger trigger;
    private final MessageCorrelator messages;
    private final ErrorCatcher errors;

    public EventBehavior(ProcessingContext context) {
        this.context = context;
        this.subscriber = new EventSubscriber(context);
        this.trigger = new EventTrigger(context, subscriber);
        this.messages = new MessageCorrelator(context, trigger);
        this.errors = new ErrorCatcher(context, trigger);
    }

    public MessageCorrelator messages() {
        return messages;
    }

    // ---- lifecycle hooks (BpmnBehavior) ----

    /** An element passed its input mappings: subscribe to its boundary events and event sub-process starts. */
    public EvalResult<Void> elementActivating(ElementInstance instance) {
        EventScope scope = instance.element().attribute(EventScope.KEY);
        return scope == null ? EvalResult.value(null) : subscriber.openScope(instance, scope);
    }

    /** An element ended or its activation failed: whatever it waited for is no longer awaited. */
    public void elementLeft(ElementInstance instance) {
        subscriber.closeOwned(instance, s -> true);
    }

    /** A process instance ended. */
    public void processInstanceFinished(ProcessInstance instance) {
        messages.processInstanceFinished(instance);
    }

    // ---- for element processors ----

    /** Opens the timer or message subscription of {@code catchEvent}, owned by {@code owner} (catch events, receive tasks, gateways). */
    public EvalResult<Void> subscribe(ElementInstance owner, ExecutableElement catchEvent) {
        return subscriber.openWaiting(owner, catchEvent);
    }

    /** Looks for a catch event for a BPMN error and continues there; false when nothing catches it. */
    public boolean catchError(ElementInstance thrower, String errorCode, String errorMessage, Map<String, Object> variables) {
        return errors.catchError(thrower, errorCode, errorMessage, variables);
    }

    /** The codes of the error catch events that were in reach of {@code thrower} (for an UNHANDLED_ERROR_EVENT message). */
    public List<String> errorEventsInReach(ElementInstance thrower, String errorCode) {
        return errors.find(thrower, errorCode).seen();
    }

    // ---- deployment ----

    /** A new process version was deployed: its timer start events replace the previous version's; its message starts are indexed. */
    public void processDeployed(ProcessDefinition definition) {
        EventSubscriptions subscriptions = context.state().events().subscriptions();
        for (EventSubscription old : subscriptions.startTimers(definition.bpmnProcessId())) subscriber.close(old);
        List<EventSubscriptions.MessageStart> messageStarts = new ArrayList<>();
        for (ExecutableElement start : definition.executable().root().children()) {
            if (start.type() != org.pdsa.local.engine.model.ElementType.START_EVENT) continue;
            if (start.eventType() == EventType.TIMER) {
                EvalResult<Void> opened = subscriber.openStartTimer(definition, start);
                if (opened.failed()) LOG.warn("timer start event '{}' of '{}' not scheduled: {}", start.id(), definition.bpmnProcessId(), opened.message());
            } else if (start.eventType() == EventType.MESSAGE) {
                EvalResult<String> name = context.expressions().evaluateString(start.attribute(MessageDefinition.KEY).name(),
                        org.pdsa.local.engine.feel.VariableLookup.EMPTY);
                if (!name.failed()) messageStarts.add(new EventSubscriptions.MessageStart(definition, start, name.get()));
            }
        }
        subscriptions.replaceMessageStarts(definition.bpmnProcessId(), messageStarts);
    }

    // ---- due-date handlers (TickProcessor) ----

    /** A timer is due: the catch event it belongs to is triggered. */
    public void timerDue(long subscriptionKey, long dueTime) {
        EventSubscription timer = context.state().events().subscriptions().get(subscriptionKey);
        if (timer == null || timer.kind() != EventSubscription.Kind.TIMER || timer.schedule().dueDate() != dueTime) return;
        if (timer.owner() == null) {
            subscriber.rescheduleOrClose(timer);
            trigger.startInstance(timer.definition(), timer.catchEvent(), Map.of(), null);
            context.bpmn().run();
            return;
        }
        if (!EventTrigger.canTrigger(timer)) return;
        trigger.trigger(timer, Map.of());
        // interrupting and one-shot timers were closed with their owner or by the trigger; a non-interrupting cycle moved on
        EventSubscription still = context.state().events().subscriptions().get(subscriptionKey);
        if (still != null && still.schedule().dueDate() == dueTime) subscriber.close(still);
    }

    public void messageSubscriptionOpened(long subscriptionKey) {
        messages.subscriptionOpened(subscriptionKey);
    }

    public void messageExpired(long messageKey, long dueTime) {
        messages.expired(messageKey, dueTime);
    }

    public void messageStartRetry(long messageKey) {
        messages.startRetry(messageKey);
    }
}
