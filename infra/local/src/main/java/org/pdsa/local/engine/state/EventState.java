package org.pdsa.local.engine.state;

/** The state of events: open timer and message subscriptions, buffered messages, message start locks. */
public final class EventState {
    private final EventSubscriptions subscriptions = new EventSubscriptions();
    private final MessageBuffer messages = new MessageBuffer();
    private final MessageStartLocks startLocks = new MessageStartLocks();

    public EventSubscriptions subscriptions() { return subscriptions; }
    public MessageBuffer messages() { return messages; }
    public MessageStartLocks startLocks() { return startLocks; }
}
