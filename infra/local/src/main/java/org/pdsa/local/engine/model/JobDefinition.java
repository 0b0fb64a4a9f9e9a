package org.pdsa.local.engine.model;

import java.util.Map;
import org.pdsa.local.engine.feel.Expression;

/** {@code zeebe:taskDefinition} and {@code zeebe:taskHeaders} of a job-based element. */
public record JobDefinition(Expression type, Expression retries, Map<String, String> headers) {
    public static final Attribute<JobDefinition> KEY = Attribute.of("job", JobDefinition.class);
}
