package org.pdsa.local.engine.state;

import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.TimerSchedule;

/**
 * An open wait for an event: a timer or a message subscription of one catch event. The owner is
 * the element instance whose lifetime bounds the wait (the activity of a boundary event, the
 * container of an event sub-process, the catch event itself, an event-based gateway); it is null
 * for a process's timer start event. Mutable (a cycle moves its schedule on), owned by the stream processor.
 */
public final class EventSubscription {
    /** What the subscription waits for. */
    public enum Kind { TIMER, MESSAGE }

    private final long key;
    private final Kind kind;
    private final ElementInstance owner;
    private final ExecutableElement catchEvent;
    private final ProcessDefinition definition;
    private final long createdAt;
    private final String messageName;
    private final String correlationKey;
    private TimerSchedule schedule;

    private EventSubscription(long key, Kind kind, ElementInstance owner, ExecutableElement catchEvent, ProcessDefinition definition,
                              long createdAt, String messageName, String correlationKey, TimerSchedule schedule) {
        this.key = key;
        this.kind = kind;
        this.owner = owner;
        this.catchEvent = catchEvent;
        this.definition = definition;
        this.createdAt = createdAt;
        this.messageName = messageName;
        this.correlationKey = correlationKey;
        this.schedule = schedule;
    }

    public static EventSubscription timer(long key, ElementInstance owner, ExecutableElement catchEvent, ProcessDefinition definition,
                                          long createdAt, TimerSchedule schedule) {
        return new EventSubscription(key, Kind.TIMER, owner, catchEvent, definition, createdAt, null, null, schedule);
    }

    public static EventSubscription message(long key, ElementInstance owner, ExecutableElement catchEvent, ProcessDefinition definition,
                                            long createdAt, String messageName, String correlationKey) {
        return new EventSubscription(key, Kind.MESSAGE, owner, catchEvent, definition, createdAt, messageName, correlationKey, null);
    }

    public long key() { return key; }
    public Kind kind() { return kind; }
    /** The element instance whose end closes this subscription; null for a timer start event. */
    public ElementInstance owner() { return owner; }
    /** The catch event that is triggered (boundary event, event sub-process start event, catch event, receive task, ...). */
    public ExecutableElement catchEvent() { return catchEvent; }
    public ProcessDefinition definition() { return definition; }
    public long createdAt() { return createdAt; }
    public String messageName() { return messageName; }
    public String correlationKey() { return correlationKey; }
    /** Timers only: when it fires next and how many times it still fires. */
    public TimerSchedule schedule() { return schedule; }

    public void setSchedule(TimerSchedule schedule) { this.schedule = schedule; }
}
