package org.pdsa.local.engine.processing.events;

import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.BufferedMessage;
import org.pdsa.local.engine.state.DueDates;
import org.pdsa.local.engine.state.EventSubscription;
import org.pdsa.local.engine.state.EventSubscriptions;
import org.pdsa.local.engine.state.MessageStartLocks;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * Message correlation as Zeebe documents it: a message goes to the open subscriptions with its
 * name and correlation key (oldest first) and to message start events, at most once per process
 * id; a message start event does not start a second instance while one started with the same
 * correlation key is active; with a time to live the message is buffered and correlated to
 * subscriptions that open later, until it expires.
 */
public final class MessageCorrelator {
    private final ProcessingContext context;
    private final EventTrigger trigger;

    MessageCorrelator(ProcessingContext context, EventTrigger trigger) {
        this.context = context;
        this.trigger = trigger;
    }

    /** Whether a message with this name and correlation key would be correlated right now (no state change). */
    public boolean wouldCorrelate(String name, String correlationKey) {
        EventSubscriptions subscriptions = context.state().events().subscriptions();
        for (EventSubscription subscription : subscriptions.forMessage(name, correlationKey)) {
            if (EventTrigger.canTrigger(subscription)) return true;
        }
        for (EventSubscriptions.MessageStart start : subscriptions.messageStarts(name)) {
            if (!startLocked(start, correlationKey)) return true;
        }
        return false;
    }

    /** Correlates a just published (or correlated) message everywhere it may go; returns the process instances it reached. */
    public List<Long> correlate(BufferedMessage message) {
        List<Long> reached = new ArrayList<>(1);
        EventSubscriptions subscriptions = context.state().events().subscriptions();
        for (EventSubscription subscription : subscriptions.forMessage(message.name(), message.correlationKey())) {
            if (subscriptions.get(subscription.key()) == null) continue; // closed by an earlier trigger of this message
            String processId = subscription.definition().bpmnProcessId();
            if (message.correlatedTo(processId) || !EventTrigger.canTrigger(subscription)) continue;
            ProcessInstance instance = trigger.trigger(subscription, message.variables());
            if (instance != null) {
                message.markCorrelated(processId);
                reached.add(instance.key());
            }
        }
        reached.addAll(correlateToStartEvents(message));
        return reached;
    }

    /** Starts instances at the message start events the message may still start. */
    List<Long> correlateToStartEvents(BufferedMessage message) {
        List<Long> started = new ArrayList<>(1);
        for (EventSubscriptions.MessageStart start : context.state().events().subscriptions().messageStarts(message.name())) {
            String processId = start.definition().bpmnProcessId();
            if (message.correlatedTo(processId) || startLocked(start, message.correlationKey())) continue;
            message.markCorrelated(processId);
            ProcessInstance instance = trigger.startInstance(start.definition(), start.startEvent(), message.variables(),
                    message.correlationKey());
            started.add(instance.key());
        }
        return started;
    }

    private boolean startLocked(EventSubscriptions.MessageStart start, String correlationKey) {
        return correlationKey != null && !correlationKey.isEmpty()
                && context.state().events().startLocks().isLocked(start.definition().bpmnProcessId(), correlationKey);
    }

    /** Keeps a message until {@code deadline} (engine time). */
    public void buffer(BufferedMessage message) {
        context.state().events().messages().add(message);
        context.state().dueDates().schedule(message.deadline(), DueDates.Kind.MESSAGE_TTL, message.key());
    }

    /** Due-date handler: a subscription opened while matching messages were buffered; it gets the oldest it may take. */
    void subscriptionOpened(long subscriptionKey) {
        EventSubscription subscription = context.state().events().subscriptions().get(subscriptionKey);
        if (subscription == null || !EventTrigger.canTrigger(subscription)) return;
        String processId = subscription.definition().bpmnProcessId();
        for (BufferedMessage message : List.copyOf(context.state().events().messages()
                .find(subscription.messageName(), subscription.correlationKey()))) {
            if (message.correlatedTo(processId)) continue;
            if (trigger.trigger(subscription, message.variables()) != null) message.markCorrelated(processId);
            return;
        }
    }

    /** Due-date handler: the message's time to live passed. */
    void expired(long messageKey, long dueTime) {
        BufferedMessage message = context.state().events().messages().get(messageKey);
        if (message != null && message.deadline() == dueTime) context.state().events().messages().remove(message);
    }

    /** A process instance ended: its message start lock goes, and a buffered message with that key may start the next one. */
    void processInstanceFinished(ProcessInstance instance) {
        MessageStartLocks.Lock lock = context.state().events().startLocks().release(instance.key());
        if (lock == null) return;
        for (EventSubscriptions.MessageStart start : context.state().events().subscriptions().messageStartsOf(lock.bpmnProcessId())) {
            for (BufferedMessage message : context.state().events().messages().find(start.messageName(), lock.correlationKey())) {
                if (!message.correlatedTo(lock.bpmnProcessId())) {
                    context.state().dueDates().schedule(context.now(), DueDates.Kind.MESSAGE_START_RETRY, message.key());
                    return;
                }
            }
        }
    }

    /** Due-date handler: a buffered message may start an instance now that a lock was released. */
    void startRetry(long messageKey) {
        BufferedMessage message = context.state().events().messages().get(messageKey);
        if (message != null) correlateToStartEvents(message);
    }
}
