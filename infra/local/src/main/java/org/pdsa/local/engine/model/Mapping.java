package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/** One {@code zeebe:input} or {@code zeebe:output}: a source expression and a target variable path. */
public record Mapping(Expression source, String target) {}
