package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/**
 * An error event's error: the code it throws (end events; static or FEEL) or catches (catch
 * events; static, null = catch every error), and the optional variables that receive a caught
 * error's code and message ({@code zeebe:error errorCodeVariable / errorMessageVariable}).
 */
public record ErrorDefinition(Expression errorCode, String errorCodeVariable, String errorMessageVariable) {
    public static final Attribute<ErrorDefinition> KEY = Attribute.of("error", ErrorDefinition.class);

    /** The static code a catch event matches, or null for a catch-all event. */
    public String catchCode() {
        return errorCode instanceof Expression.Static s ? s.value() : null;
    }
}
