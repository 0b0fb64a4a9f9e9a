package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/** {@code zeebe:script} of a script task: a FEEL expression and the variable its result is stored in. */
public record ScriptDefinition(Expression expression, String resultVariable) {
    public static final Attribute<ScriptDefinition> KEY = Attribute.of("script", ScriptDefinition.class);
}
