package org.pdsa.local.engine.model;

/**
 * How a boundary event or an event sub-process start event reacts when triggered: whether it
 * interrupts (cancels the activity, or the event sub-process's enclosing scope), and for a
 * boundary event the activity it is attached to.
 */
public record CatchEventDefinition(boolean interrupting, String attachedToId) {
    public static final Attribute<CatchEventDefinition> KEY = Attribute.of("catchEvent", CatchEventDefinition.class);
}
