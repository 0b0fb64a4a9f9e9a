package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.CompletionCondition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import java.util.regex.Pattern;
import org.pdsa.local.engine.feel.Expression;

/**
 * Gives a multi-instance activity its body: an element of type {@link ElementType#MULTI_INSTANCE_BODY}
 * with the activity's id, which owns the sequence flows (and boundary events), and whose single
 * child is the activity itself, instantiated once per item of the input collection (Zeebe's model).
 */
final class MultiInstanceTransformer {
    private static final Pattern VARIABLE_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private MultiInstanceTransformer() {}

    /** The body that wraps {@code node} inside {@code scope}, or null when the node is not multi-instance. */
    static ExecutableElement body(FlowNode node, ExecutableElement scope, TransformContext context) {
        if (!(node instanceof Activity activity)
                || !(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop)) {
            return null;
        }
        ExecutableElement body = new ExecutableElement(node.getId(), node.getName(), ElementType.MULTI_INSTANCE_BODY,
                EventType.NONE, scope);
        MultiInstanceDefinition definition = definition(node.getId(), loop, context);
        if (definition != null) body.setAttribute(MultiInstanceDefinition.KEY, definition);
        return body;
    }

    private static MultiInstanceDefinition definition(String id, MultiInstanceLoopCharacteristics loop, TransformContext context) {
        ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
        if (zeebe == null) {
            context.problem(id, "a multi-instance activity needs zeebe:loopCharacteristics with an inputCollection");
            return null;
        }
        int problems = context.problems().size();
        Expression input = context.requiredExpression(id, "multi-instance inputCollection", zeebe.getInputCollection());
        Expression output = context.expression(id, "multi-instance outputElement", zeebe.getOutputElement());
        String outputCollection = blankToNull(zeebe.getOutputCollection());
        if ((outputCollection == null) != (zeebe.getOutputElement() == null || zeebe.getOutputElement().isBlank())) {
            context.problem(id, "a multi-instance outputCollection and outputElement must be defined together");
        }
        CompletionCondition condition = loop.getCompletionCondition();
        Expression completion = condition == null || blankToNull(condition.getTextContent()) == null ? null
                : context.feelExpression(id, "multi-instance completionCondition", condition.getTextContent());
        if (context.problems().size() > problems) return null;
        return new MultiInstanceDefinition(loop.isSequential(), input, blankToNull(zeebe.getInputElement()), outputCollection,
                output, outputVariable(output), completion);
    }

    /** The root variable a reference expression like {@code =result} or {@code =result.value} reads, else null. */
    private static String outputVariable(Expression output) {
        if (!(output instanceof Expression.Feel feel)) return null;
        String text = feel.source().strip().substring(1).strip();
        if (!VARIABLE_PATH.matcher(text).matches()) return null;
        int dot = text.indexOf('.');
        return dot < 0 ? text : text.substring(0, dot);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
