package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import org.pdsa.local.engine.feel.Expression;

/** A business rule task either calls a deployed DMN decision ({@code zeebe:calledDecision}) or is a job for a worker. */
public final class BusinessRuleTaskTransformer implements ElementTransformer {
    private final JobWorkerTransformer jobWorker = new JobWorkerTransformer();

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        ZeebeCalledDecision called = source.getSingleExtensionElement(ZeebeCalledDecision.class);
        if (called == null) {
            if (source.getSingleExtensionElement(ZeebeTaskDefinition.class) != null) {
                jobWorker.transform(source, target, context);
            } else {
                context.problem(target.id(), "a business rule task needs zeebe:calledDecision (decisionId and resultVariable)"
                        + " or zeebe:taskDefinition (a job for a worker)");
            }
            return;
        }
        Expression decisionId = context.requiredExpression(target.id(), "zeebe:calledDecision decisionId", called.getDecisionId());
        String result = called.getResultVariable();
        if (result == null || result.isBlank()) {
            context.problem(target.id(), "a zeebe:calledDecision needs a resultVariable");
            return;
        }
        Binding binding = Binding.of(called.getBindingType());
        String versionTag = called.getVersionTag();
        if (binding == Binding.VERSION_TAG && (versionTag == null || versionTag.isBlank())) {
            context.problem(target.id(), "a business rule task with bindingType 'versionTag' needs a versionTag");
            return;
        }
        if (decisionId != null) {
            target.setAttribute(CalledDecisionDefinition.KEY, new CalledDecisionDefinition(decisionId, result.strip(), binding,
                    binding == Binding.VERSION_TAG ? versionTag : null));
        }
    }
}
