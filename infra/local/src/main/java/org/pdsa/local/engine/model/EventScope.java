package org.pdsa.local.engine.model;

import java.util.List;

/**
 * The catch events that wait while an element instance runs: the boundary events attached to an
 * activity and the start events of the event sub-processes directly inside a container (process,
 * sub-process). Whoever activates any element opens their subscriptions (see EventBehavior).
 */
public record EventScope(List<ExecutableElement> boundaryEvents, List<ExecutableElement> eventSubProcessStarts) {
    public static final Attribute<EventScope> KEY = Attribute.of("eventScope", EventScope.class);
}
