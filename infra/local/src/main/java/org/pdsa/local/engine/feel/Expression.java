package org.pdsa.local.engine.feel;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A compiled BPMN attribute value: either a static text or a FEEL expression (text starting with
 * {@code =}) parsed once at deployment.
 */
public sealed interface Expression {

    /** The attribute text as written in the BPMN file. */
    String source();

    /** A plain value such as {@code zeebe:taskDefinition type="A"}. */
    record Static(String source, String value) implements Expression {}

    /** A parsed FEEL expression (its variables are looked up on demand when it is evaluated). */
    record Feel(String source, ParsedExpression parsed) implements Expression {}
}
