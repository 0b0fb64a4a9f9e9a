package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/**
 * {@code multiInstanceLoopCharacteristics} with {@code zeebe:loopCharacteristics}, attached to the
 * multi-instance body. {@code outputElementVariable} is the variable the output element reads when
 * it is a plain variable or path reference (each instance gets it as a local, initialised to null);
 * null otherwise. Optional parts are null when absent.
 */
public record MultiInstanceDefinition(boolean sequential, Expression inputCollection, String inputElement,
                                      String outputCollection, Expression outputElement, String outputElementVariable,
                                      Expression completionCondition) {
    public static final Attribute<MultiInstanceDefinition> KEY = Attribute.of("multiInstance", MultiInstanceDefinition.class);
}
