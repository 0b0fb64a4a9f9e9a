package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLinkedResources;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says what the engine cannot execute yet, with the reason a deployment gets.
 * Whoever adds a processor for an element family removes its entry here (see ENGINE.md).
 */
public final class UnsupportedElements {
    private static final String NOT_YET = " is not supported by the local engine yet";

    private static final Map<ElementType, String> TYPES = new EnumMap<>(ElementType.class);
    /** Event definitions each event type can execute; absent type = events of that type are refused above. */
    private static final Map<ElementType, Set<EventType>> EVENT_DEFINITIONS = new EnumMap<>(ElementType.class);

    static {
        TYPES.put(ElementType.AD_HOC_SUB_PROCESS, "an ad-hoc sub-process is not supported by the local engine");
        TYPES.put(ElementType.UNKNOWN, "this kind of element is not supported by Camunda 8 or the local engine");

        EVENT_DEFINITIONS.put(ElementType.START_EVENT, EnumSet.of(EventType.NONE, EventType.TIMER, EventType.MESSAGE, EventType.ERROR));
        EVENT_DEFINITIONS.put(ElementType.END_EVENT, EnumSet.of(EventType.NONE, EventType.ERROR, EventType.TERMINATE));
        EVENT_DEFINITIONS.put(ElementType.INTERMEDIATE_CATCH_EVENT, EnumSet.of(EventType.TIMER, EventType.MESSAGE));
        EVENT_DEFINITIONS.put(ElementType.INTERMEDIATE_THROW_EVENT, EnumSet.of(EventType.NONE));
        EVENT_DEFINITIONS.put(ElementType.BOUNDARY_EVENT, EnumSet.of(EventType.TIMER, EventType.MESSAGE, EventType.ERROR));
    }

    private UnsupportedElements() {}

    /** Why this element cannot be deployed, or empty when the engine can execute it. */
    public static Optional<String> reason(FlowNode node, ElementType type, EventType eventType) {
        String byType = TYPES.get(type);
        if (byType != null) return Optional.of(byType + " (" + node.getElementType().getTypeName() + ")");
        Set<EventType> events = EVENT_DEFINITIONS.get(type);
        if (events != null && !events.contains(eventType)) {
            return Optional.of("a " + eventType.name().toLowerCase() + " " + type.name().toLowerCase().replace('_', ' ') + NOT_YET);
        }
        if (node instanceof Activity activity && activity.getLoopCharacteristics() != null
                && !(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics)) {
            return Optional.of("a standard loop (loop characteristics other than multi-instance) is not supported by Camunda 8");
        }
        if (node.getSingleExtensionElement(ZeebeExecutionListeners.class) != null) {
            return Optional.of("execution listeners" + NOT_YET);
        }
        if (node.getSingleExtensionElement(ZeebeTaskListeners.class) != null) {
            return Optional.of("task listeners" + NOT_YET);
        }
        if (node.getSingleExtensionElement(ZeebeLinkedResources.class) != null) {
            return Optional.of("linked resources" + NOT_YET);
        }
        if (type == ElementType.USER_TASK && node.getSingleExtensionElement(ZeebeUserTask.class) == null) {
            return Optional.of("a job-worker user task (without zeebe:userTask)" + NOT_YET + "; mark it as a Camunda user task");
        }
        return Optional.empty();
    }

    /** Whether an element type is refused outright (used to check every other type has a processor). */
    public static boolean isUnsupportedType(ElementType type) {
        return TYPES.containsKey(type);
    }
}
