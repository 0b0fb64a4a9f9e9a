package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/** A sequence flow; {@code condition} is null when the flow has none. */
public record ExecutableFlow(String id, ExecutableElement source, ExecutableElement target, Expression condition) {
    @Override
    public String toString() {
        return "flow " + id;
    }
}
