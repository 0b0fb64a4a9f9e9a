package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import org.pdsa.local.engine.feel.Expression;

/** Reads a call activity's {@code zeebe:calledElement}: process id (static or FEEL), binding and propagation flags. */
public final class CallActivityTransformer implements ElementTransformer {

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        ZeebeCalledElement called = source.getSingleExtensionElement(ZeebeCalledElement.class);
        if (called == null) {
            context.problem(target.id(), "a call activity needs zeebe:calledElement with a processId");
            return;
        }
        Expression processId = context.requiredExpression(target.id(), "zeebe:calledElement processId", called.getProcessId());
        Binding binding = Binding.of(called.getBindingType());
        String versionTag = called.getVersionTag();
        if (binding == Binding.VERSION_TAG && (versionTag == null || versionTag.isBlank())) {
            context.problem(target.id(), "a call activity with bindingType 'versionTag' needs a versionTag");
            return;
        }
        if (processId != null) {
            target.setAttribute(CalledElementDefinition.KEY, new CalledElementDefinition(processId, binding,
                    binding == Binding.VERSION_TAG ? versionTag : null, called.isPropagateAllChildVariablesEnabled(),
                    called.isPropagateAllParentVariablesEnabled()));
        }
    }
}
