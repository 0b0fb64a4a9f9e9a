package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/** A timer event's definition: which kind of timer (date, duration, cycle) and its text or FEEL expression. */
public record TimerDefinition(Type type, Expression expression) {
    public static final Attribute<TimerDefinition> KEY = Attribute.of("timer", TimerDefinition.class);

    /** The three BPMN timer kinds. */
    public enum Type { DATE, DURATION, CYCLE }
}
