package org.pdsa.local.engine.state;

/** Lifecycle of an element instance, as Zeebe names the intents. */
public enum ElementState {
    ACTIVATING,
    ACTIVATED,
    COMPLETING,
    COMPLETED,
    TERMINATING,
    TERMINATED
}
