package org.pdsa.local.engine.processing.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.ErrorDefinition;
import org.pdsa.local.engine.model.EventScope;
import org.pdsa.local.engine.model.EventType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementState;

/**
 * Finds the catch event for a thrown BPMN error as Zeebe documents it: from the throwing element
 * outwards, at each level first the error event sub-processes inside the scope, then the error
 * boundary events on it; an event with the thrown code wins over a catch-all one on the same
 * level; past a process instance's root the search continues at the call activity that started
 * it. Both kinds of error catch events interrupt.
 */
final class ErrorCatcher {
    private final ProcessingContext context;
    private final EventTrigger trigger;

    ErrorCatcher(ProcessingContext context, EventTrigger trigger) {
        this.context = context;
        this.trigger = trigger;
    }

    /** Where an error would be caught, with the codes of the error events seen on the way (for the incident message). */
    record Search(ElementInstance scope, ExecutableElement catchEvent, List<String> seen) {}

    Search find(ElementInstance thrower, String errorCode) {
        List<String> seen = new ArrayList<>();
        ElementInstance instance = thrower;
        while (instance != null) {
            EventScope events = instance.element().attribute(EventScope.KEY);
            if (events != null && isActive(instance)) {
                if (instance != thrower && !hasInterruptingEventSubProcess(instance)) {
                    ExecutableElement start = match(events.eventSubProcessStarts(), errorCode, seen);
                    if (start != null) return new Search(instance, start, seen);
                }
                ExecutableElement boundary = match(events.boundaryEvents(), errorCode, seen);
                if (boundary != null) return new Search(instance, boundary, seen);
            }
            instance = outer(instance);
        }
        return new Search(null, null, seen);
    }

    /** Catches the error where {@link #find} says; false when nothing catches it. */
    boolean catchError(ElementInstance thrower, String errorCode, String errorMessage, Map<String, Object> variables) {
        Search search = find(thrower, errorCode);
        if (search.catchEvent() == null) return false;
        Map<String, Object> caught = errorVariables(search.catchEvent(), errorCode, errorMessage, variables);
        ElementInstance scope = search.scope();
        if (search.catchEvent().type() == ElementType.BOUNDARY_EVENT) {
            ElementInstance outer = scope.flowScope();
            context.bpmn().terminate(scope);
            trigger.activateWithVariables(search.catchEvent(), outer, caught);
        } else {
            trigger.interruptScope(scope);
            trigger.startEventSubProcess(scope, search.catchEvent(), caught);
        }
        return true;
    }

    /** The enclosing scope; past a process instance's root, the call activity that started it (if any). */
    private ElementInstance outer(ElementInstance instance) {
        if (instance.flowScope() != null) return instance.flowScope();
        long callActivity = instance.processInstance().parentElementInstanceKey();
        return callActivity > 0 ? context.state().elementInstances().get(callActivity) : null;
    }

    private static ExecutableElement match(List<ExecutableElement> candidates, String errorCode, List<String> seen) {
        ExecutableElement catchAll = null;
        for (ExecutableElement event : candidates) {
            if (event.eventType() != EventType.ERROR) continue;
            String code = event.attribute(ErrorDefinition.KEY).catchCode();
            seen.add(code == null ? "<catch all>" : code);
            if (code == null) {
                if (catchAll == null) catchAll = event;
            } else if (code.equals(errorCode)) {
                return event;
            }
        }
        return catchAll;
    }

    private static boolean isActive(ElementInstance instance) {
        return instance.state() == ElementState.ACTIVATED || instance.state() == ElementState.ACTIVATING;
    }

    private static boolean hasInterruptingEventSubProcess(ElementInstance scope) {
        for (ElementInstance child : scope.children()) {
            if (child.element().type() == ElementType.EVENT_SUB_PROCESS && isInterruptingEventSubProcess(child.element())) return true;
        }
        return false;
    }

    private static boolean isInterruptingEventSubProcess(ExecutableElement eventSubProcess) {
        for (ExecutableElement child : eventSubProcess.children()) {
            if (child.type() == ElementType.START_EVENT) return EventTrigger.isInterrupting(child);
        }
        return false;
    }

    private static Map<String, Object> errorVariables(ExecutableElement catchEvent, String code, String message,
                                                      Map<String, Object> variables) {
        ErrorDefinition definition = catchEvent.attribute(ErrorDefinition.KEY);
        Map<String, Object> all = new LinkedHashMap<>(variables == null ? Map.of() : variables);
        if (definition.errorCodeVariable() != null) all.put(definition.errorCodeVariable(), code);
        if (definition.errorMessageVariable() != null) all.put(definition.errorMessageVariable(), message == null ? "" : message);
        return all;
    }
}
