package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.CancelEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ConditionalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Transaction;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import java.util.Collection;
import java.util.List;

/** Maps zeebe-bpmn-model element instances to the engine's {@link ElementType} and {@link EventType}. */
final class ElementClassifier {
    private ElementClassifier() {}

    static ElementType typeOf(FlowNode node) {
        // subtypes before supertypes: a ServiceTask is also a Task, an AdHocSubProcess also a SubProcess
        if (node instanceof StartEvent) return ElementType.START_EVENT;
        if (node instanceof EndEvent) return ElementType.END_EVENT;
        if (node instanceof BoundaryEvent) return ElementType.BOUNDARY_EVENT;
        if (node instanceof IntermediateCatchEvent) return ElementType.INTERMEDIATE_CATCH_EVENT;
        if (node instanceof IntermediateThrowEvent) return ElementType.INTERMEDIATE_THROW_EVENT;
        if (node instanceof ServiceTask) return ElementType.SERVICE_TASK;
        if (node instanceof UserTask) return ElementType.USER_TASK;
        if (node instanceof ScriptTask) return ElementType.SCRIPT_TASK;
        if (node instanceof BusinessRuleTask) return ElementType.BUSINESS_RULE_TASK;
        if (node instanceof SendTask) return ElementType.SEND_TASK;
        if (node instanceof ReceiveTask) return ElementType.RECEIVE_TASK;
        if (node instanceof ManualTask) return ElementType.MANUAL_TASK;
        if (node instanceof ExclusiveGateway) return ElementType.EXCLUSIVE_GATEWAY;
        if (node instanceof ParallelGateway) return ElementType.PARALLEL_GATEWAY;
        if (node instanceof InclusiveGateway) return ElementType.INCLUSIVE_GATEWAY;
        if (node instanceof EventBasedGateway) return ElementType.EVENT_BASED_GATEWAY;
        if (node instanceof AdHocSubProcess) return ElementType.AD_HOC_SUB_PROCESS;
        if (node instanceof Transaction) return ElementType.UNKNOWN;
        if (node instanceof SubProcess sub) return sub.triggeredByEvent() ? ElementType.EVENT_SUB_PROCESS : ElementType.SUB_PROCESS;
        if (node instanceof CallActivity) return ElementType.CALL_ACTIVITY;
        if (node instanceof Task) return ElementType.TASK;
        return ElementType.UNKNOWN;
    }

    static EventType eventTypeOf(FlowNode node) {
        Collection<EventDefinition> definitions;
        if (node instanceof CatchEvent catchEvent) definitions = catchEvent.getEventDefinitions();
        else if (node instanceof ThrowEvent throwEvent) definitions = throwEvent.getEventDefinitions();
        else definitions = List.of();
        if (definitions.isEmpty()) return EventType.NONE;
        if (definitions.size() > 1) return EventType.MULTIPLE;
        EventDefinition definition = definitions.iterator().next();
        if (definition instanceof MessageEventDefinition) return EventType.MESSAGE;
        if (definition instanceof TimerEventDefinition) return EventType.TIMER;
        if (definition instanceof ErrorEventDefinition) return EventType.ERROR;
        if (definition instanceof SignalEventDefinition) return EventType.SIGNAL;
        if (definition instanceof EscalationEventDefinition) return EventType.ESCALATION;
        if (definition instanceof TerminateEventDefinition) return EventType.TERMINATE;
        if (definition instanceof CompensateEventDefinition) return EventType.COMPENSATION;
        if (definition instanceof ConditionalEventDefinition) return EventType.CONDITIONAL;
        if (definition instanceof LinkEventDefinition) return EventType.LINK;
        if (definition instanceof CancelEventDefinition) return EventType.CANCEL;
        return EventType.MULTIPLE;
    }
}
