package org.pdsa.local.engine.processing.bpmn;

import java.util.EnumMap;
import java.util.Map;
import org.pdsa.local.engine.model.ElementType;

/** The element processors by element type: add one line here when you add an element family. */
public final class ElementProcessors {
    private static final Map<ElementType, ElementProcessor> BY_TYPE = new EnumMap<>(ElementType.class);

    static {
        BY_TYPE.put(ElementType.PROCESS, new ProcessProcessor());
        BY_TYPE.put(ElementType.START_EVENT, new StartEventProcessor());
        BY_TYPE.put(ElementType.END_EVENT, new EndEventProcessor());
        BY_TYPE.put(ElementType.SERVICE_TASK, new ServiceTaskProcessor());
        BY_TYPE.put(ElementType.USER_TASK, new UserTaskProcessor());
        BY_TYPE.put(ElementType.EXCLUSIVE_GATEWAY, ConditionalGatewayProcessor.exclusive());
        BY_TYPE.put(ElementType.INTERMEDIATE_CATCH_EVENT, new CatchEventProcessor());
        BY_TYPE.put(ElementType.RECEIVE_TASK, new CatchEventProcessor());
        BY_TYPE.put(ElementType.BOUNDARY_EVENT, new BoundaryEventProcessor());
        BY_TYPE.put(ElementType.EVENT_BASED_GATEWAY, new EventBasedGatewayProcessor());
        BY_TYPE.put(ElementType.EVENT_SUB_PROCESS, new EventSubProcessProcessor());
        BY_TYPE.put(ElementType.PARALLEL_GATEWAY, new ParallelGatewayProcessor());
        BY_TYPE.put(ElementType.INCLUSIVE_GATEWAY, ConditionalGatewayProcessor.inclusive());
        BY_TYPE.put(ElementType.SUB_PROCESS, new SubProcessProcessor());
        BY_TYPE.put(ElementType.CALL_ACTIVITY, new CallActivityProcessor());
        BY_TYPE.put(ElementType.MULTI_INSTANCE_BODY, new MultiInstanceBodyProcessor());
        BY_TYPE.put(ElementType.SCRIPT_TASK, new ScriptTaskProcessor());
        BY_TYPE.put(ElementType.BUSINESS_RULE_TASK, new BusinessRuleTaskProcessor());
        BY_TYPE.put(ElementType.SEND_TASK, new ServiceTaskProcessor());
        BY_TYPE.put(ElementType.MANUAL_TASK, new PassThroughProcessor());
        BY_TYPE.put(ElementType.TASK, new PassThroughProcessor());
        BY_TYPE.put(ElementType.INTERMEDIATE_THROW_EVENT, new PassThroughProcessor());
    }

    private ElementProcessors() {}

    public static ElementProcessor forType(ElementType type) {
        ElementProcessor processor = BY_TYPE.get(type);
        if (processor == null) throw new IllegalStateException("no processor for " + type + " (deployment should have refused it)");
        return processor;
    }

    public static boolean has(ElementType type) {
        return BY_TYPE.containsKey(type);
    }
}
