package org.pdsa.local.engine.processing.bpmn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * Which event occurred, and its variables, kept in an instance's familyData until the instance
 * acts on it: a process instance started by a timer or message start event, an event-based
 * gateway that continues to the event that won, an event sub-process that starts at its start
 * event. Stored on the instance (not passed along) so it survives an incident and a restart.
 */
public final class TriggerData {
    private static final String EVENT = "triggeredEvent";
    private static final String VARIABLES = "triggerVariables";

    private TriggerData() {}

    /** The familyData saying that {@code eventId} occurred with these variables. */
    public static Map<String, Object> of(String eventId, Map<String, Object> variables) {
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put(EVENT, eventId);
        trigger.put(VARIABLES, variables == null ? Map.of() : variables);
        return trigger;
    }

    /** The id of the event that occurred, or null when the instance holds no trigger. */
    static String eventId(ElementInstance instance) {
        return instance.familyData() instanceof Map<?, ?> trigger && trigger.get(EVENT) instanceof String id ? id : null;
    }

    /** Removes the trigger from the instance and returns its variables (empty when none). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> take(ElementInstance instance) {
        Object data = instance.familyData();
        instance.setFamilyData(null);
        if (data instanceof Map<?, ?> trigger && trigger.get(VARIABLES) instanceof Map<?, ?> variables) {
            return (Map<String, Object>) variables;
        }
        return Map.of();
    }

    /** The start event a root instance starts at: the triggered one, else the none start event (null when neither). */
    static ExecutableElement startEvent(ElementInstance root) {
        String id = eventId(root);
        if (id == null) return root.element().noneStartEvent();
        for (ExecutableElement child : root.element().children()) {
            if (child.type() == ElementType.START_EVENT && child.id().equals(id)) return child;
        }
        return null;
    }

    /** Zeebe's rule for event variables: local to the event when it has output mappings (they decide), else merged upwards. */
    static void applyVariables(ElementInstance event, Map<String, Object> variables, ProcessingContext context) {
        if (variables == null || variables.isEmpty()) return;
        if (event.element().outputMappings().isEmpty()) context.variables().merge(event, variables);
        else context.variables().mergeLocal(event, variables);
    }
}
