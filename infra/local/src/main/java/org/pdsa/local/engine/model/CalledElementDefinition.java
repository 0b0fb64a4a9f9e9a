package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/** {@code zeebe:calledElement} of a call activity; {@code versionTag} is set only for {@link Binding#VERSION_TAG}. */
public record CalledElementDefinition(Expression processId, Binding binding, String versionTag,
                                      boolean propagateAllChildVariables, boolean propagateAllParentVariables) {
    public static final Attribute<CalledElementDefinition> KEY = Attribute.of("calledElement", CalledElementDefinition.class);
}
