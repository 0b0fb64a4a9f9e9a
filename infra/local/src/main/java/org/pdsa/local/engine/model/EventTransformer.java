package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.Expression;
import org.pdsa.local.engine.feel.VariableLookup;

/**
 * Reads timer, message and error definitions of events (and the message of a receive task), and
 * refuses what Zeebe does not allow where the event stands: a cycle on an intermediate or an
 * interrupting boundary timer, a duration on a process start timer, an error start event outside
 * an event sub-process, a static timer text that does not parse.
 */
public final class EventTransformer implements ElementTransformer {
    private static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        if (source instanceof BoundaryEvent boundary) {
            target.setAttribute(CatchEventDefinition.KEY, new CatchEventDefinition(boundary.cancelActivity(),
                    boundary.getAttachedTo() == null ? null : boundary.getAttachedTo().getId()));
        } else if (source instanceof StartEvent start) {
            target.setAttribute(CatchEventDefinition.KEY, new CatchEventDefinition(start.isInterrupting(), null));
        }
        if (source instanceof ReceiveTask task) {
            readMessage(task.getMessage(), source, target, context);
            return;
        }
        for (EventDefinition definition : definitions(source)) {
            if (definition instanceof TimerEventDefinition timer) readTimer(timer, target, context);
            else if (definition instanceof MessageEventDefinition message) readMessage(message.getMessage(), source, target, context);
            else if (definition instanceof ErrorEventDefinition error) readError(error, target, context);
        }
    }

    private static Collection<EventDefinition> definitions(FlowNode node) {
        if (node instanceof CatchEvent c) return c.getEventDefinitions();
        if (node instanceof ThrowEvent t) return t.getEventDefinitions();
        return List.of();
    }

    private static void readTimer(TimerEventDefinition timer, ExecutableElement target, TransformContext context) {
        TimerDefinition.Type type;
        String text;
        if (timer.getTimeDate() != null) {
            type = TimerDefinition.Type.DATE;
            text = timer.getTimeDate().getTextContent();
        } else if (timer.getTimeDuration() != null) {
            type = TimerDefinition.Type.DURATION;
            text = timer.getTimeDuration().getTextContent();
        } else if (timer.getTimeCycle() != null) {
            type = TimerDefinition.Type.CYCLE;
            text = timer.getTimeCycle().getTextContent();
        } else {
            context.problem(target.id(), "a timer event needs a timeDate, timeDuration or timeCycle");
            return;
        }
        String notAllowed = notAllowed(type, target);
        if (notAllowed != null) {
            context.problem(target.id(), notAllowed);
            return;
        }
        Expression expression = context.requiredExpression(target.id(), "timer " + type.name().toLowerCase(), text);
        if (expression == null) return;
        if (expression instanceof Expression.Static || isProcessStart(target)) {
            // process start timers are scheduled at deployment, so they cannot read variables: check them now
            EvalResult<Object> value = context.expressions().evaluate(expression, VariableLookup.EMPTY);
            EvalResult<TimerSchedule> schedule = value.failed() ? value.cast()
                    : TimerSchedule.of(type, value.get() == null ? null : String.valueOf(value.get()), System.currentTimeMillis());
            if (schedule.failed()) {
                context.problem(target.id(), "invalid timer: " + schedule.message());
                return;
            }
        }
        target.setAttribute(TimerDefinition.KEY, new TimerDefinition(type, expression));
    }

    /** Zeebe's rules for which timer kinds each event may use; null when allowed. */
    private static String notAllowed(TimerDefinition.Type type, ExecutableElement target) {
        return switch (target.type()) {
            case START_EVENT -> isProcessStart(target) && type == TimerDefinition.Type.DURATION
                    ? "a timer start event needs a timeDate or timeCycle, not a timeDuration" : null;
            case INTERMEDIATE_CATCH_EVENT -> type == TimerDefinition.Type.CYCLE
                    ? "an intermediate timer catch event needs a timeDate or timeDuration, not a timeCycle" : null;
            case BOUNDARY_EVENT -> type == TimerDefinition.Type.CYCLE && isInterrupting(target)
                    ? "an interrupting timer boundary event needs a timeDate or timeDuration; a timeCycle needs a non-interrupting one" : null;
            default -> null;
        };
    }

    private static void readMessage(Message message, FlowNode source, ExecutableElement target, TransformContext context) {
        if (message == null) {
            context.problem(target.id(), "a message event needs a message reference");
            return;
        }
        Expression name = context.requiredExpression(target.id(), "message name", message.getName());
        Expression correlationKey = null;
        if (isProcessStart(target)) {
            if (name instanceof Expression.Feel) {
                EvalResult<Object> value = context.expressions().evaluate(name, VariableLookup.EMPTY);
                if (value.failed() || !(value.get() instanceof String)) {
                    context.problem(target.id(), "the message name of a start event must evaluate without variables to a string"
                            + (value.failed() ? ": " + value.message() : ""));
                    return;
                }
            }
        } else {
            ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
            String key = subscription == null ? null : subscription.getCorrelationKey();
            correlationKey = context.requiredExpression(target.id(), "message correlation key (zeebe:subscription correlationKey)", key);
            if (correlationKey == null) return;
        }
        if (name != null) target.setAttribute(MessageDefinition.KEY, new MessageDefinition(name, correlationKey));
    }

    private static void readError(ErrorEventDefinition definition, ExecutableElement target, TransformContext context) {
        String code = definition.getError() == null ? null : definition.getError().getErrorCode();
        boolean throwing = target.type() == ElementType.END_EVENT;
        Expression errorCode = null;
        if (throwing) {
            errorCode = context.requiredExpression(target.id(), "error code (an error end event needs an error with an errorCode)", code);
            if (errorCode == null) return;
        } else if (target.type() == ElementType.START_EVENT && isProcessStart(target)) {
            context.problem(target.id(), "an error start event is only allowed in an event sub-process");
            return;
        } else if (code != null && !code.isBlank()) {
            errorCode = context.expression(target.id(), "error code", code);
            if (errorCode instanceof Expression.Feel) {
                context.problem(target.id(), "the error code of a catch event must be static, not an expression");
                return;
            }
        }
        DomElement zeebeError = zeebeError(definition);
        target.setAttribute(ErrorDefinition.KEY, new ErrorDefinition(errorCode,
                attribute(zeebeError, "errorCodeVariable"), attribute(zeebeError, "errorMessageVariable")));
    }

    /** {@code <zeebe:error errorCodeVariable=".." errorMessageVariable=".."/>}, read leniently (zeebe-bpmn-model 8.9 has no type for it). */
    private static DomElement zeebeError(ErrorEventDefinition definition) {
        ExtensionElements extensions = definition.getExtensionElements();
        if (extensions == null) return null;
        for (DomElement child : extensions.getDomElement().getChildElements()) {
            if ("error".equals(child.getLocalName()) && ZEEBE_NS.equals(child.getNamespaceURI())) return child;
        }
        return null;
    }

    private static String attribute(DomElement element, String name) {
        if (element == null) return null;
        String value = element.getAttribute(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isProcessStart(ExecutableElement target) {
        return target.type() == ElementType.START_EVENT && target.flowScope() != null
                && target.flowScope().type() == ElementType.PROCESS;
    }

    private static boolean isInterrupting(ExecutableElement target) {
        CatchEventDefinition definition = target.attribute(CatchEventDefinition.KEY);
        return definition == null || definition.interrupting();
    }
}
