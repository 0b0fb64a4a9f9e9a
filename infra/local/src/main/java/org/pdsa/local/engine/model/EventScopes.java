package org.pdsa.local.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After all elements of a process are built: attaches each boundary event to its activity and each
 * event sub-process start event to the container the event sub-process sits in, as an
 * {@link EventScope}, so activating an element finds what to subscribe to without a search.
 */
final class EventScopes {
    private EventScopes() {}

    static void link(Map<String, ExecutableElement> byId, TransformContext context) {
        Map<ExecutableElement, List<ExecutableElement>> boundaries = new LinkedHashMap<>();
        Map<ExecutableElement, List<ExecutableElement>> eventSubProcesses = new LinkedHashMap<>();
        for (ExecutableElement element : byId.values()) {
            if (element.type() == ElementType.BOUNDARY_EVENT) {
                CatchEventDefinition definition = element.attribute(CatchEventDefinition.KEY);
                ExecutableElement activity = definition == null || definition.attachedToId() == null ? null
                        : byId.get(definition.attachedToId());
                if (activity == null) {
                    context.problem(element.id(), "a boundary event must be attached to an activity");
                    continue;
                }
                boundaries.computeIfAbsent(activity, a -> new ArrayList<>()).add(element);
            } else if (element.type() == ElementType.EVENT_SUB_PROCESS) {
                List<ExecutableElement> starts = element.children().stream()
                        .filter(child -> child.type() == ElementType.START_EVENT).toList();
                if (starts.size() != 1 || starts.get(0).eventType() == EventType.NONE) {
                    context.problem(element.id(), "an event sub-process needs exactly one start event with a timer, message or error definition");
                    continue;
                }
                eventSubProcesses.computeIfAbsent(element.flowScope(), s -> new ArrayList<>()).add(starts.get(0));
            }
        }
        // the scopes come from both maps, not from byId: the activity inside a multi-instance body is not in byId
        Set<ExecutableElement> scopes = new LinkedHashSet<>(boundaries.keySet());
        scopes.addAll(eventSubProcesses.keySet());
        for (ExecutableElement element : scopes) {
            List<ExecutableElement> attached = boundaries.getOrDefault(element, List.of());
            List<ExecutableElement> starts = eventSubProcesses.getOrDefault(element, List.of());
            element.setAttribute(EventScope.KEY, new EventScope(List.copyOf(attached), List.copyOf(starts)));
        }
    }
}
