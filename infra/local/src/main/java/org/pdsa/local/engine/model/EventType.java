package org.pdsa.local.engine.model;

/** The event definition of an event element (NONE for plain start/end events and for non-events). */
public enum EventType {
    NONE,
    MESSAGE,
    TIMER,
    ERROR,
    SIGNAL,
    ESCALATION,
    TERMINATE,
    COMPENSATION,
    CONDITIONAL,
    LINK,
    CANCEL,
    MULTIPLE
}
