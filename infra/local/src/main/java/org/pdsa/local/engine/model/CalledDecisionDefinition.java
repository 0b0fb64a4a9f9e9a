package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/** {@code zeebe:calledDecision} of a business rule task: decision id (static or FEEL), result variable, binding. */
public record CalledDecisionDefinition(Expression decisionId, String resultVariable, Binding binding, String versionTag) {
    public static final Attribute<CalledDecisionDefinition> KEY = Attribute.of("calledDecision", CalledDecisionDefinition.class);
}
