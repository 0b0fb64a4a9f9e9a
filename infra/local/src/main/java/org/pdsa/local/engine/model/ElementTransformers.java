package org.pdsa.local.engine.model;

import java.util.EnumMap;
import java.util.Map;

/** The element-family transformers by element type (one line per family; see ENGINE.md). */
public final class ElementTransformers {
    private static final Map<ElementType, ElementTransformer> BY_TYPE = new EnumMap<>(ElementType.class);

    static {
        BY_TYPE.put(ElementType.SERVICE_TASK, new JobWorkerTransformer());
        BY_TYPE.put(ElementType.USER_TASK, new UserTaskTransformer());
        EventTransformer events = new EventTransformer();
        for (ElementType type : new ElementType[] {ElementType.START_EVENT, ElementType.END_EVENT, ElementType.INTERMEDIATE_CATCH_EVENT,
                ElementType.BOUNDARY_EVENT, ElementType.RECEIVE_TASK}) BY_TYPE.put(type, events);
        BY_TYPE.put(ElementType.SEND_TASK, new JobWorkerTransformer());
        BY_TYPE.put(ElementType.SCRIPT_TASK, new ScriptTaskTransformer());
        BY_TYPE.put(ElementType.BUSINESS_RULE_TASK, new BusinessRuleTaskTransformer());
        BY_TYPE.put(ElementType.CALL_ACTIVITY, new CallActivityTransformer());
    }

    private ElementTransformers() {}

    /** The transformer for this type, or null when the type needs none beyond the common structure. */
    public static ElementTransformer forType(ElementType type) {
        return BY_TYPE.get(type);
    }
}
