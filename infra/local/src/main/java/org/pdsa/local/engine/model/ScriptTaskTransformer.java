package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import org.pdsa.local.engine.feel.Expression;

/** A script task is either a FEEL script ({@code zeebe:script}) evaluated by the engine or a job for a worker. */
public final class ScriptTaskTransformer implements ElementTransformer {
    private final JobWorkerTransformer jobWorker = new JobWorkerTransformer();

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        ZeebeScript script = source.getSingleExtensionElement(ZeebeScript.class);
        if (script == null) {
            if (source.getSingleExtensionElement(ZeebeTaskDefinition.class) != null) {
                jobWorker.transform(source, target, context);
            } else {
                context.problem(target.id(), "a script task needs zeebe:script (a FEEL expression and a result variable)"
                        + " or zeebe:taskDefinition (a job for a worker)");
            }
            return;
        }
        Expression expression = context.requiredExpression(target.id(), "zeebe:script expression", script.getExpression());
        if (expression != null && !(expression instanceof Expression.Feel)) {
            context.problem(target.id(), "the zeebe:script expression must be a FEEL expression (starting with '=')");
            return;
        }
        String result = script.getResultVariable();
        if (result == null || result.isBlank()) {
            context.problem(target.id(), "a zeebe:script needs a resultVariable");
            return;
        }
        if (expression != null) target.setAttribute(ScriptDefinition.KEY, new ScriptDefinition(expression, result.strip()));
    }
}
