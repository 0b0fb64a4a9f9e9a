package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/**
 * The message a catch event (or receive task) waits for: its name and, except on start events,
 * the correlation key expression (both evaluated when the subscription opens).
 */
public record MessageDefinition(Expression name, Expression correlationKey) {
    public static final Attribute<MessageDefinition> KEY = Attribute.of("message", MessageDefinition.class);
}
